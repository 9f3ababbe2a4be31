import type { CellGrid } from "../core/cells/cell-value";
import { decodeSettings, encodeSettings, SETTINGS_SHEET_NAME } from "./settings-sheet";

/** The settings found in a workbook and whether its settings sheet exists. */
export interface ExcelSettings {
  settings: Map<string, unknown>;
  exists: boolean;
}

/**
 * Reads every setting from the very hidden settings sheet (2 syncs; 1 when the sheet does not exist).
 * @example const { settings } = await readExcelSettings(context); settings.get("generated-sheets")
 */
export async function readExcelSettings(context: Excel.RequestContext): Promise<ExcelSettings> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET_NAME);
  await context.sync();
  if (sheet.isNullObject) return { settings: new Map(), exists: false };
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values");
  await context.sync();
  const values = used.isNullObject ? [] : (used.values as CellGrid);
  return { settings: decodeSettings(values), exists: true };
}

/**
 * Replaces the settings sheet's contents with the given settings, creating the sheet very hidden when it is
 * missing. Values are written under the text format "@" so Excel keeps the JSON exactly. One sync.
 * @example await writeExcelSettings(context, new Map([["lang", "ru"]]))
 */
export async function writeExcelSettings(
  context: Excel.RequestContext,
  settings: ReadonlyMap<string, unknown>,
  exists: boolean,
): Promise<void> {
  const sheets = context.workbook.worksheets;
  const sheet = exists ? sheets.getItem(SETTINGS_SHEET_NAME) : sheets.add(SETTINGS_SHEET_NAME);
  sheet.visibility = "VeryHidden";
  sheet.getRange().clear("Contents");
  const rows = encodeSettings(settings);
  if (rows.length > 0) {
    const range = sheet.getRangeByIndexes(0, 0, rows.length, rows[0].length);
    range.numberFormat = rows.map((row) => row.map(() => "@"));
    range.values = rows;
  }
  await context.sync();
}
