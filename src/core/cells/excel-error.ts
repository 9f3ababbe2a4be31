import type { CellValue } from "./cell-value";

/** Excel error values in English and Russian Excel, as `range.values` or exceljs give them. */
const ERROR_TEXTS: ReadonlySet<string> = new Set([
  "#N/A",
  "#Н/Д",
  "#DIV/0!",
  "#ДЕЛ/0!",
  "#VALUE!",
  "#ЗНАЧ!",
  "#REF!",
  "#ССЫЛКА!",
  "#NAME?",
  "#ИМЯ?",
  "#NUM!",
  "#ЧИСЛО!",
  "#NULL!",
  "#ПУСТО!",
  "#SPILL!",
  "#ПЕРЕНОС!",
  "#CALC!",
  "#ВЫЧИСЛ!",
  "#GETTING_DATA",
  "#BUSY!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
]);

/**
 * The Excel error a cell holds, or undefined when it holds none.
 * @example excelErrorText("#Н/Д") // "#Н/Д"
 * @example excelErrorText("45") // undefined
 */
export function excelErrorText(value: CellValue): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim().toUpperCase();
  return ERROR_TEXTS.has(text) ? text : undefined;
}
