import type { SheetMap } from "./workbook-map";

/**
 * The school key of each data row of a mapped sheet, by zero-based sheet row: the school named in the row, or,
 * when the school cell is blank under a merged name, the school above. Rows of no known school are absent.
 * @example schoolKeysByRow(map.sheets[1]).get(5) // "223"
 */
export function schoolKeysByRow(sheet: SheetMap): Map<number, string> {
  const byRow = new Map(sheet.schools.matched.map((m) => [m.row, m.key]));
  const keys = new Map<number, string>();
  let last: string | undefined;
  for (const row of sheet.table?.rows ?? []) {
    const own = byRow.get(row.sheetRow);
    if (own !== undefined) last = own;
    else if (!row.schoolFromAbove) last = undefined;
    if (last !== undefined) keys.set(row.sheetRow, last);
  }
  return keys;
}
