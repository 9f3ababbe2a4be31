import type { CellValue } from "./cell-value";
import { issue } from "../issue-codes";
import { fail, ok, type Result } from "../result";
import { excelErrorText } from "./excel-error";

/** How to read a cell that holds a number. */
export interface NumberOptions {
  /**
   * The column holds percents. A "%" sign is then allowed, and when `fractions` is true a plain number is a
   * fraction of one (0,455 → 45,5).
   */
  percent?: boolean;
  /** In a percent column, plain numbers are fractions of one (decided once per column, not per cell). */
  fractions?: boolean;
}

/** Text that means "no value" in district workbooks: dashes, «н/д», «нет данных», «отс.». */
const NO_DATA = /^(?:[-‐‑‒–—―−]+|н\s*\/\s*д|нд|нет\s+данных|отс\.?|x|х)$/iu;
/** A number written as text: optional sign, digits with spaces as thousand separators, a decimal comma or dot. */
const NUMERIC_TEXT = /^([+\-−]?)(\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+|\d*)(?:[.,](\d+))?$/u;

/**
 * Reads a number from a cell the way a Russian district workbook writes it: a number, or text with a
 * decimal comma ("45,5"), a percent sign ("45,5 %"), thousand spaces ("1 234"). Blanks, dashes and «н/д»
 * give the issue `empty`, Excel error values `excel-error`, anything else `not-a-number` — never a number
 * made up from text that is not one.
 *
 * @example parseNumber("45,5") // { ok: true, value: 45.5 }
 * @example parseNumber(0.455, { percent: true, fractions: true }) // { ok: true, value: 45.5 }
 * @example parseNumber("н/д") // { ok: false, issue: { code: "empty" } }
 */
export function parseNumber(value: CellValue, options: NumberOptions = {}): Result<number> {
  if (value === null || value === undefined) return fail(issue("empty"));
  if (typeof value === "boolean") return fail(issue("not-a-number", { text: value ? "ИСТИНА" : "ЛОЖЬ" }));
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return fail(issue("not-a-number", { text: String(value) }));
    return ok(options.percent && options.fractions ? value * 100 : value);
  }
  const text = value.trim();
  if (text === "") return fail(issue("empty"));
  if (NO_DATA.test(text)) return fail(issue("empty"));
  const error = excelErrorText(text);
  if (error !== undefined) return fail(issue("excel-error", { text: error }));
  const hasPercent = /%\s*$/u.test(text);
  const body = text.replace(/\s*%\s*$/u, "");
  const match = NUMERIC_TEXT.exec(body);
  if (!match || (match[2] === "" && match[3] === undefined)) return fail(issue("not-a-number", { text }));
  const sign = match[1] === "-" || match[1] === "−" ? -1 : 1;
  const integer = match[2].replace(/[ \u00a0\u2009\u202f]/gu, "");
  const number = sign * Number(`${integer || "0"}.${match[3] ?? "0"}`);
  if (hasPercent) return ok(number);
  return ok(options.percent && options.fractions ? number * 100 : number);
}
