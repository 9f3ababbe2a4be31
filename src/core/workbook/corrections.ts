import type { ColumnOverride } from "../tables/read-table";
import type { SheetKind } from "./sheet-kind";

/**
 * A user's corrections of what the add-in recognised on one sheet, saved in the workbook by the task pane
 * and applied on every later read.
 */
export interface SheetCorrection {
  /** The sheet's name as the workbook shows it. */
  sheet: string;
  /** The sheet's kind, overriding recognition. */
  kind?: SheetKind;
  /** The assessment year of the whole sheet; null when the sheet has no single year (a long table). */
  year?: number | null;
  /** Columns by header text: their role (null: not recognised) and whether they hold percents. */
  columns?: readonly ColumnOverride[];
}

/** All corrections of a workbook. */
export type WorkbookCorrections = readonly SheetCorrection[];

/**
 * The correction of one sheet, if the user made one (names compared without case and outer spaces).
 * @example correctionFor([{ sheet: "Лист1", kind: "vpr" }], " лист1") // { sheet: "Лист1", kind: "vpr" }
 */
export function correctionFor(corrections: WorkbookCorrections, sheet: string): SheetCorrection | undefined {
  const key = sheet.trim().toLowerCase();
  return corrections.find((c) => c.sheet.trim().toLowerCase() === key);
}
