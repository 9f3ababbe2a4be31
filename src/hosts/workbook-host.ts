import type { SheetValues } from "../core/cells/cell-value";

/** Progress and cancellation for operations that read or write many cells. */
export interface OperationOptions {
  /** Cancels the operation; the host stops before its next request. */
  signal?: AbortSignal;
  /** Called with the cells done so far and the total, after each chunk. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * The one small interface every host implements (Office.js, exceljs, in-memory): the core never sees
 * anything else of a workbook.
 */
export interface WorkbookHost {
  /** The worksheet names in workbook order. */
  sheetNames(): Promise<string[]>;
  /** The used range of each named sheet (every sheet when `names` is omitted), in the order asked. */
  readSheets(names?: readonly string[], options?: OperationOptions): Promise<SheetValues[]>;
  /** A workbook-level setting saved with the workbook (survives save and reopen), or undefined. */
  getSetting(key: string): Promise<unknown>;
  /** Saves a JSON-serialisable workbook-level setting with the workbook. */
  setSetting(key: string, value: unknown): Promise<void>;
}
