/**
 * A cell value as a host gives it: Office.js `range.values` yields numbers, strings and booleans
 * (a blank cell is ""), exceljs may yield null/undefined. Error cells arrive as their text ("#N/A", "#Н/Д").
 */
export type CellValue = string | number | boolean | null | undefined;

/** A rectangular block of cell values, row-major, as `range.values` gives it. */
export type CellGrid = CellValue[][];

/**
 * The values of one sheet's used range and where that range starts, so that every value can be traced
 * back to its A1 address.
 */
export interface SheetValues {
  /** The sheet's name as the workbook shows it. */
  name: string;
  /** Zero-based row index of `values[0]` in the sheet (0 = row 1). */
  firstRow: number;
  /** Zero-based column index of `values[r][0]` in the sheet (0 = column A). */
  firstColumn: number;
  /** The cell values, row-major. */
  values: CellGrid;
}
