import type { SheetValues } from "../core/cells/cell-value";
import type { SheetTarget } from "../core/plans/sheet-name";
import type { SheetPlan } from "../core/plans/sheet-plan";
import type { CellMark } from "../core/validation/highlight-plan";
import type { HighlightOptions, HighlightOutcome } from "./highlights";

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
  /**
   * Shows a cell to the user: activates the sheet and selects the cell (`address` in A1, "E7"). Optional: a
   * host without a user interface (the `.xlsx` files of the command line) has none.
   */
  selectCell?(sheet: string, address: string): Promise<void>;
}

/** A host that can also write generated sheets («Проверка», «Мониторинг», «Дорожная карта»). */
export interface WritableWorkbookHost extends WorkbookHost {
  /**
   * Writes a generated sheet by the safety rules (`plan-writer.ts`): never over a user's sheet, replacing only
   * a sheet the same generator made, built under a temporary name and swapped in at the end. Returns the
   * name used and whether an earlier generated sheet was replaced.
   */
  writeSheetPlan(plan: SheetPlan): Promise<SheetTarget>;
  /**
   * Highlights offending cells of the input sheets (`highlightPlan(findings).marks`): each cell gets the
   * mark's fill and a note with the Russian message; its value and formula are never touched. The cell's
   * previous fill and note are saved first in the settings sheet (setting `validation-highlights`), and
   * highlights applied before are removed first, so applying twice leaves one set. Optional: hosts that
   * cannot format cells leave it out. See `highlights.ts`.
   */
  applyHighlights?(marks: readonly CellMark[], options?: HighlightOptions): Promise<HighlightOutcome>;
  /**
   * Removes the highlights `applyHighlights` made — one click: every saved fill and note comes back
   * (a user's own note or fill included), except where the user changed the mark since — and clears the
   * record. Returns the number of cells restored; 0 when there are none.
   */
  removeHighlights?(options?: HighlightOptions): Promise<number>;
}
