import type { CellValue } from "../cells/cell-value";
import type { ColumnRole } from "./column-role";
import type { SkipReason } from "./row-kind";

/** One column of a table: where it is, what its header says and how its numbers read. */
export interface TableColumn {
  /** Zero-based column index in the sheet (0 = column A). */
  index: number;
  /** Zero-based column index within the grid the table was read from. */
  offset: number;
  /** The header text; "upper / lower" for a two-row header. */
  header: string;
  /** The upper label of a two-row header (e.g. the subject a block of columns belongs to), if any. */
  group?: string;
  /** What the column holds; undefined for an unrecognised header. */
  role?: ColumnRole;
  /** The column holds percents. */
  percent: boolean;
  /** Plain numbers in this percent column are fractions of one (0,455 → 45,5 %). */
  fractions: boolean;
  /** The role or unit was set by the user, not recognised. */
  corrected?: boolean;
}

/** One data row: a school (or, in a long table, a school × year × grade × subject). */
export interface TableRow {
  /** Zero-based row index in the sheet (0 = row 1). */
  sheetRow: number;
  /** Zero-based row index within the grid. */
  offset: number;
  /** The row's cell values, as in the grid (indexed by grid column). */
  cells: readonly CellValue[];
  /** The school name as written, without a ФИС ОКО login; undefined when the table has no school column. */
  schoolText?: string;
  /** The ФИС ОКО login written before the name, if any. */
  login?: string;
  /** The school cell was blank (a vertically merged cell) and the name was taken from the row above. */
  schoolFromAbove?: boolean;
}

/** A row below the header that is not data, kept so validation can report it. */
export interface SkippedRow {
  sheetRow: number;
  offset: number;
  reason: SkipReason;
  /** The row's first text, for messages («Итого по району»). */
  text: string;
}

/** A typed table read from a sheet's values. */
export interface Table {
  /** The sheet's name. */
  sheet: string;
  /** Zero-based sheet row and column of the grid's first cell. */
  firstRow: number;
  firstColumn: number;
  /** The texts of the title rows above the header, one string per row. */
  titleLines: string[];
  /** Zero-based sheet row of the first header row, and the header's height in rows. */
  headerRow: number;
  headerHeight: 1 | 2;
  /** The columns with a header, left to right. */
  columns: TableColumn[];
  /** Data rows, top to bottom. */
  rows: TableRow[];
  /** Rows below the header that are not data, with the reason. */
  skipped: SkippedRow[];
}
