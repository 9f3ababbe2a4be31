import { a1 } from "../cells/a1";
import type { CellValue } from "../cells/cell-value";
import { parseNumber } from "../cells/russian-number";
import { issue } from "../issue-codes";
import { fail, type Result } from "../result";
import type { ColumnRole } from "./column-role";
import type { Table, TableColumn, TableRow } from "./table";

/**
 * The first column with a role, if the table has one.
 * @example columnOf(table, "avgScore")?.header // "Средний балл"
 */
export function columnOf(table: Table, role: ColumnRole): TableColumn | undefined {
  return table.columns.find((c) => c.role === role);
}

/**
 * Every column with a role (a wide table repeats roles per subject: see `TableColumn.group`).
 * @example columnsOf(table, "avgScore").map((c) => c.group) // ["Математика", "Русский язык"]
 */
export function columnsOf(table: Table, role: ColumnRole): TableColumn[] {
  return table.columns.filter((c) => c.role === role);
}

/**
 * The raw value of a row in a column.
 * @example cellOf(row, columnOf(table, "participants")!) // "25"
 */
export function cellOf(row: TableRow, column: TableColumn): CellValue {
  return row.cells[column.offset];
}

/**
 * The number in a row's cell, read with the column's units (percent, fractions).
 * @example numberOf(table, row, "mark2") // { ok: true, value: 45.5 } for "45,5" or 0.455 in a fraction column
 */
export function numberOf(table: Table, row: TableRow, role: ColumnRole | TableColumn): Result<number> {
  const column = typeof role === "string" ? columnOf(table, role) : role;
  if (!column)
    return fail(
      issue("bad-argument", { name: "столбец", text: typeof role === "string" ? role : role.header }),
    );
  return parseNumber(cellOf(row, column), { percent: column.percent, fractions: column.fractions });
}

/**
 * The A1 address of a row's cell in a column.
 * @example cellAddress(row, column) // "C7"
 */
export function cellAddress(row: TableRow, column: TableColumn): string {
  return a1(row.sheetRow, column.index);
}
