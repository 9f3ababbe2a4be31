/**
 * Where the pane runs: inside Excel on the Office.js host, or in a plain browser on an in-memory copy of the
 * sample district (loaded as its own chunk, so the sample generator never reaches Excel users).
 */
import { ExcelHost } from "../../hosts/excel-host";
import type { WorkbookHost } from "../../hosts/workbook-host";
import { excelSelection, type SelectionSource } from "./selection";

/** What the pane works with. */
export interface PaneSession {
  host: WorkbookHost;
  selection: SelectionSource;
  /** True outside Excel (the sample district in memory). */
  preview: boolean;
}

/**
 * True when office.js is loaded and the page runs inside Excel.
 * @example inExcel() // → false in a plain browser
 */
export function inExcel(): boolean {
  try {
    return (
      typeof Office !== "undefined" &&
      typeof Excel !== "undefined" &&
      Office.context?.host !== undefined &&
      Office.context.host !== null &&
      String(Office.context.host) === String(Office.HostType?.Excel ?? "Excel")
    );
  } catch {
    return false;
  }
}

/**
 * The session: ExcelHost in Excel, else the preview (MemoryHost with the sample district, lazy chunk).
 * @example const { host, preview } = await createSession(); // preview === true in a browser
 */
export async function createSession(): Promise<PaneSession> {
  if (inExcel()) return { host: new ExcelHost(), selection: excelSelection(), preview: false };
  const { previewSession } = await import(
    /* webpackChunkName: "preview-sample" */ "../preview/preview-session"
  );
  return previewSession();
}
