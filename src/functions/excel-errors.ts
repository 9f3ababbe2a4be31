import type { Issue, IssueCode } from "../core/issue-codes";
import { messageRu } from "../core/messages-ru";

/**
 * The error codes a custom function may return, as the runtime's `CustomFunctions.ErrorCode` enum spells
 * them. Written out here because that enum exists only inside Excel: reading it elsewhere (jest, the command
 * line) would throw. Russian Excel shows them as #ЗНАЧ!, #Н/Д, #ДЕЛ/0!, #ЧИСЛО!, #ПУСТО!.
 */
export const EXCEL_ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
} as const;

/** The name of a custom-function error code. */
export type ExcelErrorName = keyof typeof EXCEL_ERROR_CODES;

/** The codes whose cells show a custom message (#ЗНАЧ!, #Н/Д); Excel takes none for the others. */
export type MessageErrorName = "invalidValue" | "notAvailable";

/** Codes whose cells show a custom message; Excel takes none for the others. */
export const TAKES_MESSAGE: ReadonlySet<ExcelErrorName> = new Set<ExcelErrorName>([
  "invalidValue",
  "notAvailable",
]);

/**
 * The Excel error of each issue code — the one place where issues become cell errors. Every issue becomes one
 * of the two errors Excel shows a message with (#ЗНАЧ! or #Н/Д), so the user always sees why in Russian: a
 * bare #ДЕЛ/0! or #ЧИСЛО! says nothing about «too few schools in the district range» or «cluster 5». #Н/Д
 * where data is missing or a lookup finds nothing (like ВПР/VLOOKUP): a blank own value, an unknown school, too
 * few numbers in a district range, no participants; #ЗНАЧ! where a value or argument is wrong or cannot be
 * used: text instead of a number, an ambiguous name, a number outside its range, ranges of different sizes,
 * a district range without variation. Codes not listed give #ЗНАЧ!, the safe default for a bad argument.
 * Only an input's own Excel error is passed on as it is (see `excelErrorName`).
 */
const ISSUE_ERRORS: Partial<Record<IssueCode, MessageErrorName>> = {
  empty: "notAvailable",
  "not-a-number": "invalidValue",
  "out-of-range": "invalidValue",
  "school-unknown": "notAvailable",
  "school-ambiguous": "invalidValue",
  "school-empty": "notAvailable",
  "bad-argument": "invalidValue",
  "shape-mismatch": "invalidValue",
  "not-enough-data": "notAvailable",
  "no-variation": "invalidValue",
  "unknown-model": "invalidValue",
  "no-participants": "notAvailable",
  "no-school-data": "notAvailable",
  "unknown-subject": "invalidValue",
};

/** An input cell's Excel error (English or Russian text) and the same error as a function result. */
const PASSED_ON: Readonly<Record<string, ExcelErrorName>> = {
  "#N/A": "notAvailable",
  "#Н/Д": "notAvailable",
  "#VALUE!": "invalidValue",
  "#ЗНАЧ!": "invalidValue",
  "#DIV/0!": "divisionByZero",
  "#ДЕЛ/0!": "divisionByZero",
  "#NUM!": "invalidNumber",
  "#ЧИСЛО!": "invalidNumber",
  "#NULL!": "nullReference",
  "#ПУСТО!": "nullReference",
};

/**
 * The error code an issue becomes in a cell. An `excel-error` issue passes the input's own error on where
 * a function may return it (#ДЕЛ/0! stays #ДЕЛ/0!), else #ЗНАЧ!.
 * @example excelErrorName({ code: "school-unknown", params: { text: "Итого" } }) // "notAvailable"
 * @example excelErrorName({ code: "excel-error", params: { text: "#ДЕЛ/0!" } }) // "divisionByZero"
 */
export function excelErrorName(issue: Issue): ExcelErrorName {
  if (issue.code === "excel-error") {
    const text = issue.params?.text;
    return (typeof text === "string" ? PASSED_ON[text.trim().toUpperCase()] : undefined) ?? "invalidValue";
  }
  return ISSUE_ERRORS[issue.code] ?? "invalidValue";
}

type ErrorConstructor = new (code: CustomFunctions.ErrorCode, message?: string) => CustomFunctions.Error;

/** Stands in for `CustomFunctions.Error` where the Excel runtime is absent (jest, command line, bench). */
class DetachedError {
  constructor(
    readonly code: CustomFunctions.ErrorCode,
    readonly message?: string,
  ) {}
}

/** The runtime's error class when running inside Excel (looked up per call, never at import), else the stand-in. */
function errorConstructor(): ErrorConstructor {
  const runtime = (globalThis as { CustomFunctions?: { Error?: ErrorConstructor } }).CustomFunctions;
  return runtime?.Error ?? DetachedError;
}

/**
 * A custom-function error; the message is kept only for the codes Excel shows a message with.
 * @example createExcelError("notAvailable", "Школа не найдена") // CustomFunctions.Error #N/A «Школа не найдена»
 */
export function createExcelError(name: ExcelErrorName, message?: string): CustomFunctions.Error {
  const code = EXCEL_ERROR_CODES[name] as unknown as CustomFunctions.ErrorCode;
  const Ctor = errorConstructor();
  return TAKES_MESSAGE.has(name) && message !== undefined ? new Ctor(code, message) : new Ctor(code);
}

/**
 * The cell error for an issue, with its Russian message (`messageRu`) where Excel shows one.
 * @example toExcelError({ code: "school-empty" }) // CustomFunctions.Error #N/A «Название школы пусто.»
 */
export function toExcelError(issue: Issue): CustomFunctions.Error {
  return createExcelError(excelErrorName(issue), messageRu(issue));
}
