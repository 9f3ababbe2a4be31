import { ISSUE_CODES, issue } from "../../src/core/issue-codes";
import { messageRu } from "../../src/core/messages-ru";
import {
  EXCEL_ERROR_CODES,
  excelErrorName,
  TAKES_MESSAGE,
  toExcelError,
} from "../../src/functions/excel-errors";
import { ErrorDouble, installCustomFunctions } from "./custom-functions-double";

describe("excel errors", () => {
  test.each(ISSUE_CODES.map((code) => [code]))(
    "%s becomes an Excel error with its Russian message",
    (code) => {
      const problem = issue(code, { text: "x", name: "y", candidates: ["1", "2"] });
      const name = excelErrorName(problem);
      const error = toExcelError(problem);
      expect(Object.keys(EXCEL_ERROR_CODES)).toContain(name);
      expect(error.code).toBe(EXCEL_ERROR_CODES[name]);
      // Never a bare #ДЕЛ/0! or #ЧИСЛО!: every issue is an error Excel shows its Russian message with.
      expect(TAKES_MESSAGE.has(name)).toBe(true);
      expect(error.message).toBe(messageRu(problem));
      expect(error.message).toMatch(/[а-яё]/iu);
    },
  );

  test.each([
    ["school-unknown", "#N/A"],
    ["school-empty", "#N/A"],
    ["school-ambiguous", "#VALUE!"],
    ["not-a-number", "#VALUE!"],
    ["not-enough-data", "#N/A"],
    ["no-participants", "#N/A"],
    ["no-variation", "#VALUE!"],
    ["out-of-range", "#VALUE!"],
    ["shape-mismatch", "#VALUE!"],
  ] as const)("%s → %s", (code, excel) => {
    expect(toExcelError(issue(code)).code).toBe(excel);
  });

  test.each([
    ["#ДЕЛ/0!", "#DIV/0!"],
    ["#DIV/0!", "#DIV/0!"],
    ["#Н/Д", "#N/A"],
    ["#ЧИСЛО!", "#NUM!"],
    ["#ПУСТО!", "#NULL!"],
    ["#ССЫЛКА!", "#VALUE!"],
  ])("an input error %s is passed on as %s", (text, excel) => {
    expect(toExcelError(issue("excel-error", { text })).code).toBe(excel);
  });

  test("inside Excel the runtime's own Error class is used", () => {
    const uninstall = installCustomFunctions();
    try {
      expect(toExcelError(issue("school-empty"))).toBeInstanceOf(ErrorDouble);
    } finally {
      uninstall();
    }
    expect(toExcelError(issue("school-empty"))).not.toBeInstanceOf(ErrorDouble);
  });
});
