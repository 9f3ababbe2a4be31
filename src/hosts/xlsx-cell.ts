import type ExcelJS from "exceljs";
import type { CellValue } from "../core/cells/cell-value";

/** Days between Excel's day 0 (1899-12-30 in the 1900 system) and 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and the 1904 date systems. */
const DATE_1904_OFFSET = 1462;

/**
 * The Excel serial number of a date as exceljs reads it (a UTC instant of the cell's wall-clock time), as
 * Office.js `range.values` gives date cells (Excel's fictitious 1900-02-29 included).
 * @example dateToSerial(new Date(Date.UTC(2024, 8, 1))) // 45536
 */
export function dateToSerial(date: Date, date1904 = false): number {
  const serial = date.getTime() / 86_400_000 + UNIX_EPOCH_SERIAL;
  if (date1904) return serial - DATE_1904_OFFSET;
  // Excel counts the fictitious 1900-02-29 (serial 60): dates before it are one less than the day count.
  return serial < 61 ? serial - 1 : serial;
}

/**
 * A cell value of exceljs as Office.js `range.values` would give it: blank → "", formula → its cached result
 * (blank when it has none), rich text and hyperlinks → their plain text, error values → their text ("#N/A"),
 * dates → Excel serial numbers (format-independent, as `range.values`; not the displayed text).
 * @example plainValue({ formula: "A1*2", result: 4 }) // 4
 * @example plainValue({ richText: [{ text: "СОШ " }, { text: "№ 223" }] }) // "СОШ № 223"
 */
export function plainValue(value: ExcelJS.CellValue | undefined, date1904 = false): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value, date1904);
  if (typeof value !== "object") return "";
  if ("error" in value) return String(value.error);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    return plainValue((value as { result?: ExcelJS.CellValue }).result, date1904);
  }
  if ("hyperlink" in value) return plainValue((value as { text: ExcelJS.CellValue }).text, date1904);
  return "";
}
