import type { TableRow } from "../tables/table";
import { schoolKeysByRow } from "../workbook/row-schools";
import type { SheetMap } from "../workbook/workbook-map";

/** A data row of a mapped sheet with its school key and year. */
export interface SchoolRow {
  row: TableRow;
  key: string;
  year: number;
}

/**
 * The data rows of a sheet that name a known school and have a year (the sheet's, or the row's in a long
 * table); a row whose school cell is blank under a merged name belongs to the school above.
 * @example schoolRows(map.sheets[1]).map((r) => [r.key, r.year]) // [["223", 2022], ["223", 2022], …]
 */
export function schoolRows(sheet: SheetMap): SchoolRow[] {
  if (!sheet.table) return [];
  const keys = schoolKeysByRow(sheet);
  const out: SchoolRow[] = [];
  sheet.table.rows.forEach((row, i) => {
    const key = keys.get(row.sheetRow);
    const year = sheet.year ?? sheet.rowYears?.[i];
    if (key !== undefined && year !== undefined) out.push({ row, key, year });
  });
  return out;
}
