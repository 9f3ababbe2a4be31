import type { CellValue } from "../cells/cell-value";
import { cellText, foldText } from "../cells/cell-text";
import { parseNumber } from "../cells/russian-number";
import { IDENTITY_ROLES, type ColumnRole } from "../tables/column-role";
import type { TableColumn } from "../tables/table";
import type { Table } from "../tables/table";
import type { SheetMap } from "../workbook/workbook-map";

/** How a cell of a numeric column read (`ParsedColumn.status`). */
export const CELL = {
  /** A number cell. */
  number: 0,
  /** A number written as text ("45,5"): read, but Excel formulas do not count it. */
  textNumber: 1,
  /** Blank, a dash or «н/д». */
  empty: 2,
  /** An Excel error (#Н/Д, #ДЕЛ/0!). */
  error: 3,
  /** Text that is not a number, or a boolean. */
  text: 4,
} as const;

/** Roles whose cells are not numbers to check (identity and breakdown). */
const NOT_NUMERIC: ReadonlySet<ColumnRole> = new Set<ColumnRole>([...IDENTITY_ROLES, "shnorFlag"]);

/** One numeric column, every data row read once: values and how each cell read, aligned with the rows. */
export interface ParsedColumn {
  column: TableColumn;
  role: ColumnRole;
  /** The numbers (NaN where the cell did not read as one), in the column's units (percent, fractions). */
  values: Float64Array;
  /** `CELL` codes per row. */
  status: Uint8Array;
}

/** The columns of one procedure: the whole table, or one subject's block of a wide table. */
export interface Block {
  /** The subject the block's header names (wide tables), if any. */
  subject?: string;
  /** The first column of each role in the block. */
  byRole: ReadonlyMap<ColumnRole, ParsedColumn>;
}

/** A sheet with a table, read for validation in typed arrays (allocation-light per row). */
export interface ParsedSheet {
  map: SheetMap;
  table: Table;
  /** Every numeric column. */
  numeric: ParsedColumn[];
  blocks: Block[];
  /** The school column, if any. */
  schoolColumn?: TableColumn;
  /** Per row: index of the school key in `ParsedWorkbook.keys`, or −1 when the name does not resolve. */
  schoolKey: Int32Array;
  /** Per row: the year (0 when unknown). */
  year: Int32Array;
  /** Per row: the grade and subject texts, when the table has those columns. */
  grade?: (string | undefined)[];
  subject?: (string | undefined)[];
  /** Per row: index of its grade and subject ("5|математика", folded) in `procedures`. */
  procedure: Int32Array;
  /** The distinct folded "grade|subject" keys of the sheet. */
  procedures: string[];
}

/**
 * Reads a cell into a number and a `CELL` code without allocating for number cells.
 * @example readCell(0.455, true, true) // [45.5, CELL.number]
 * @example readCell("45,5", false, false) // [45.5, CELL.textNumber]
 */
export function readCell(value: CellValue, percent: boolean, fractions: boolean): [number, number] {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return [NaN, CELL.text];
    return [percent && fractions ? value * 100 : value, CELL.number];
  }
  const read = parseNumber(value, { percent, fractions });
  if (read.ok) return [read.value, CELL.textNumber];
  const code = read.issue.code;
  return [NaN, code === "empty" ? CELL.empty : code === "excel-error" ? CELL.error : CELL.text];
}

function parseColumn(table: Table, column: TableColumn, role: ColumnRole): ParsedColumn {
  const rows = table.rows;
  const n = rows.length;
  const values = new Float64Array(n);
  const status = new Uint8Array(n);
  const { offset, percent, fractions } = column;
  const scale = percent && fractions ? 100 : 1;
  for (let i = 0; i < n; i++) {
    const cell = rows[i].cells[offset];
    if (typeof cell === "number" && Number.isFinite(cell)) {
      values[i] = cell * scale;
      continue; // status 0 = CELL.number
    }
    if (cell === null || cell === undefined || cell === "") {
      values[i] = NaN;
      status[i] = CELL.empty;
      continue;
    }
    const [value, code] = readCell(cell, percent, fractions);
    values[i] = value;
    status[i] = code;
  }
  return { column, role, values, status };
}

/** Text of a grade or subject cell, interned so that a million rows share a few strings. */
function textColumn(table: Table, column: TableColumn | undefined): (string | undefined)[] | undefined {
  if (!column) return undefined;
  const seen = new Map<CellValue, string | undefined>();
  return table.rows.map((row) => {
    const cell = row.cells[column.offset];
    let text = seen.get(cell);
    if (text === undefined && !seen.has(cell)) {
      const shown = cellText(cell);
      text = shown === "" ? undefined : shown;
      seen.set(cell, text);
    }
    return text;
  });
}

function blocksOf(table: Table, numeric: readonly ParsedColumn[]): Block[] {
  const roles = numeric.map((c) => c.role);
  const repeats = roles.some((role, i) => roles.indexOf(role) !== i);
  const hasSubject = table.columns.some((c) => c.role === "subject");
  if (!repeats || hasSubject) return [{ byRole: firstByRole(numeric) }];
  const groups = new Map<string, ParsedColumn[]>();
  for (const column of numeric) {
    const group = column.column.group ?? "";
    groups.set(group, [...(groups.get(group) ?? []), column]);
  }
  return [...groups].map(([group, columns]) => ({
    ...(group !== "" ? { subject: group } : {}),
    byRole: firstByRole(columns),
  }));
}

function firstByRole(columns: readonly ParsedColumn[]): Map<ColumnRole, ParsedColumn> {
  const byRole = new Map<ColumnRole, ParsedColumn>();
  for (const column of columns) if (!byRole.has(column.role)) byRole.set(column.role, column);
  return byRole;
}

/**
 * Reads a mapped sheet's table for validation: each numeric column parsed once into typed arrays, the
 * school of each row (from the map's names, resolved once per distinct name), the year, grade and subject
 * of each row. `keyIndex` gives the index of a school key in the run's list of keys.
 *
 * @example parseSheet(map.sheets[1], (key) => keys.indexOf(key)).numeric.map((c) => c.role)
 * // ["participants", "mark2", "mark3", "mark4", "mark5"]
 */
export function parseSheet(map: SheetMap, keyIndex: (key: string) => number): ParsedSheet | undefined {
  const table = map.table;
  if (!table) return undefined;
  const numeric = table.columns
    .filter((c): c is TableColumn & { role: ColumnRole } => c.role !== undefined && !NOT_NUMERIC.has(c.role))
    .map((c) => parseColumn(table, c, c.role));
  const n = table.rows.length;
  const { names, rowName } = map.schools;
  const nameKey = names.map((name) => (name.resolved.ok ? keyIndex(name.resolved.value.key) : -1));
  const schoolKey = new Int32Array(n);
  for (let i = 0; i < n; i++) schoolKey[i] = rowName[i] >= 0 ? nameKey[rowName[i]] : -1;
  const year = new Int32Array(n);
  for (let i = 0; i < n; i++) year[i] = map.rowYears?.[i] ?? map.year ?? 0;
  const grade = textColumn(
    table,
    table.columns.find((c) => c.role === "grade"),
  );
  const subject = textColumn(
    table,
    table.columns.find((c) => c.role === "subject"),
  );
  const schoolColumn = table.columns.find((c) => c.role === "school");
  const { procedure, procedures } = procedureIds(n, grade, subject);
  return {
    map,
    table,
    numeric,
    blocks: blocksOf(table, numeric),
    ...(schoolColumn ? { schoolColumn } : {}),
    schoolKey,
    year,
    ...(grade ? { grade } : {}),
    ...(subject ? { subject } : {}),
    procedure,
    procedures,
  };
}

function procedureIds(
  n: number,
  grade: readonly (string | undefined)[] | undefined,
  subject: readonly (string | undefined)[] | undefined,
): { procedure: Int32Array; procedures: string[] } {
  const procedure = new Int32Array(n);
  const procedures: string[] = [];
  const byGrade = new Map<string | undefined, Map<string | undefined, number>>();
  for (let i = 0; i < n; i++) {
    const g = grade?.[i];
    const s = subject?.[i];
    let bySubject = byGrade.get(g);
    if (!bySubject) {
      bySubject = new Map();
      byGrade.set(g, bySubject);
    }
    let id = bySubject.get(s);
    if (id === undefined) {
      id = procedures.length;
      procedures.push(`${foldText(g ?? "")}|${foldText(s ?? "")}`);
      bySubject.set(s, id);
    }
    procedure[i] = id;
  }
  return { procedure, procedures };
}

/**
 * The subject of a row in a block: the block's own (wide table) or the row's subject cell.
 * @example subjectOf(sheet, sheet.blocks[0], 3) // "Математика"
 */
export function subjectOf(sheet: ParsedSheet, block: Block, row: number): string | undefined {
  return block.subject ?? sheet.subject?.[row];
}

/**
 * A folded key of a row's procedure within its sheet and year: grade and subject, the block's subject for a
 * wide table ("5|математика").
 * @example procedureKey(sheet, block, 3) // "5|математика"
 */
export function procedureKey(sheet: ParsedSheet, block: Block, row: number): string {
  const own = sheet.procedures[sheet.procedure[row]];
  return block.subject === undefined ? own : `${own.slice(0, own.indexOf("|"))}|${foldText(block.subject)}`;
}
