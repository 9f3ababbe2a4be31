/**
 * A generated sheet described as pure data, written the same way by every host (Office.js, exceljs, memory).
 * Rows and columns are zero-based and relative to A1. Colours are "#RRGGBB". Formulas are en-US formula text
 * ("=IF(B2>A2,1,-1)"); text is always written as text, even when it starts with "=".
 */

/** One cell's content. */
export type PlanCell =
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "formula"; formula: string }
  | { kind: "empty" };

/** A block of cells: top-left corner and size (1 × 1 when the sizes are omitted). */
export interface PlanRange {
  row: number;
  column: number;
  rowCount?: number;
  columnCount?: number;
}

/** Formatting of a block of cells. */
export interface CellStyle {
  /** An Excel number format, e.g. "0.0", "0.0%", "@". */
  numberFormat?: string;
  bold?: boolean;
  /** Background colour, "#RRGGBB". */
  fill?: string;
  /** Font colour, "#RRGGBB". */
  fontColor?: string;
  wrap?: boolean;
}

/** Print setup: always A4. */
export interface PrintSetup {
  landscape?: boolean;
  /** The first N rows are repeated at the top of every printed page (from `repeatFrom`, when given). */
  repeatRows?: number;
  /** Zero-based first row of the repeated block (default 0), e.g. a table header below a title block. */
  repeatFrom?: number;
  /** Scale so the columns fit one page wide. */
  fitToWidth?: boolean;
}

/** Who made a generated sheet; kept in the settings sheet so regeneration replaces only the add-in's sheets. */
export interface GeneratedMark {
  /** The generator, e.g. "monitoring", "roadmap", "validation". */
  generator: string;
  /** The add-in version. */
  version: string;
  /** ISO 8601 time of generation. */
  createdAt: string;
}

/** A chart over ranges of the same sheet: clustered columns or lines, one series per range. */
export interface PlanChart {
  type: "column" | "line";
  title: string;
  /** The category labels: a block of one column (or one row). */
  categories: PlanRange;
  /** Each series: its name (shown in the legend) and its values, a block the size of `categories`. */
  series: { name: string; values: PlanRange }[];
  /** Where the chart sits: the block of cells it covers. */
  anchor: PlanRange;
  /** Title of the value axis, e.g. «%». */
  valueAxisTitle?: string;
}

/** A whole generated sheet. */
export interface SheetPlan {
  /** The name wanted; a free name is chosen instead when a user sheet has it ("Мониторинг (2)"). */
  name: string;
  /** Cell contents from A1, row-major; rows may differ in length. */
  rows: PlanCell[][];
  styles?: { range: PlanRange; style: CellStyle }[];
  merges?: PlanRange[];
  /** Column widths in characters of the default font. */
  columnWidths?: { column: number; width: number }[];
  /** Rows frozen at the top (0 or omitted: none). */
  frozenRows?: number;
  /** Notes (plain comments) on cells, e.g. the source of a value. */
  notes?: { row: number; column: number; text: string }[];
  /** Cells that link to a cell of another sheet (the cell keeps its text). */
  links?: { row: number; column: number; sheet: string; cell: string }[];
  /** Drop-down lists. */
  validations?: { range: PlanRange; list: string[] }[];
  /** Formula-based conditional formats; the formula is en-US, relative to the range's top-left cell. */
  conditionalFormats?: { range: PlanRange; formula: string; style: CellStyle }[];
  print?: PrintSetup;
  /** A filter on a table: its header row is the range's first row (Excel's AutoFilter). */
  autoFilter?: PlanRange;
  /** Row heights in points (rows with wrapped text), zero-based rows. */
  rowHeights?: { row: number; height: number }[];
  /** Charts over ranges of this sheet. */
  charts?: PlanChart[];
  mark: GeneratedMark;
}

/**
 * A text cell (written as text even when it starts with "=").
 * @example text("=не формула") // { kind: "text", text: "=не формула" }
 */
export function text(value: string): PlanCell {
  return { kind: "text", text: value };
}

/**
 * A number cell; NaN and infinities become an empty cell (a sheet cannot hold them).
 * @example num(45.5) // { kind: "number", value: 45.5 }
 */
export function num(value: number): PlanCell {
  return Number.isFinite(value) ? { kind: "number", value } : { kind: "empty" };
}

/**
 * A boolean cell.
 * @example bool(true) // { kind: "boolean", value: true }
 */
export function bool(value: boolean): PlanCell {
  return { kind: "boolean", value };
}

/**
 * A formula cell; en-US syntax, with or without the leading "=".
 * @example formula("IF(B2>A2,1,-1)") // { kind: "formula", formula: "=IF(B2>A2,1,-1)" }
 */
export function formula(en: string): PlanCell {
  return { kind: "formula", formula: en.startsWith("=") ? en : `=${en}` };
}

/**
 * Column widths from A onwards, in characters, as `SheetPlan.columnWidths` takes them.
 * @example widthsFromA([10, 36]) // [{ column: 0, width: 10 }, { column: 1, width: 36 }]
 */
export function widthsFromA(widths: readonly number[]): { column: number; width: number }[] {
  return widths.map((width, column) => ({ column, width }));
}

/** An empty cell. */
export const EMPTY: PlanCell = Object.freeze({ kind: "empty" });

/**
 * The number of rows and columns a plan's cells span.
 * @example planSize({ name: "x", rows: [[EMPTY], [EMPTY, EMPTY]], mark }) // { rowCount: 2, columnCount: 2 }
 */
export function planSize(plan: Pick<SheetPlan, "rows">): { rowCount: number; columnCount: number } {
  return { rowCount: plan.rows.length, columnCount: Math.max(0, ...plan.rows.map((row) => row.length)) };
}
