/**
 * The one way the pane reads the workbook: every sheet's values, the user's corrections, and the workbook map
 * built from both. Features take their data from a `WorkbookData`, never from the host directly.
 */
import { buildWorkbookMap, type SheetValues, type WorkbookMap } from "../../core";
import type { SheetCorrection } from "../../core/workbook/corrections";
import type { OperationOptions, WorkbookHost } from "../../hosts/workbook-host";
import { loadCorrections } from "../../hosts/corrections-store";

/** The workbook as the pane knows it. */
export interface WorkbookData {
  sheets: SheetValues[];
  corrections: SheetCorrection[];
  map: WorkbookMap;
}

/**
 * Reads every sheet (with progress and cancellation) and the stored corrections, and maps the workbook.
 * @example const data = await readWorkbook(host, { signal }); data.map.sheets[0].kind // "registry"
 */
export async function readWorkbook(
  host: WorkbookHost,
  options: OperationOptions = {},
): Promise<WorkbookData> {
  const corrections = await loadCorrections(host);
  const sheets = await host.readSheets(undefined, options);
  return { sheets, corrections, map: buildWorkbookMap(sheets, corrections) };
}

/**
 * The same workbook re-mapped with other corrections (no new read).
 * @example remap(data, [{ sheet: "Лист3", kind: "oge" }]).map.sheets
 */
export function remap(data: WorkbookData, corrections: SheetCorrection[]): WorkbookData {
  return { sheets: data.sheets, corrections, map: buildWorkbookMap(data.sheets, corrections) };
}
