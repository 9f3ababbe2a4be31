/**
 * The plan-writing steps for the workbook open in Excel (Office.js), ordered by `writePlanSafely`.
 *
 * Syncs of one `ExcelHost.writeSheetPlan(plan)` (see `writeSyncCount`):
 * - `names`: 1 (every sheet's name, id and position);
 * - reading the marks: 2 (1 when the settings sheet does not exist yet);
 * - `build`: `ceil(chunks / CHUNKS_PER_SYNC)` for the cells (`excel-write-chunks.ts`; the new sheet is added
 *   in the first of them) + the decoration groups (`excel-plan-format.ts`: 1 unless the fonts, notes and
 *   links of the plan pass the 4 MB budget);
 * - `swap`: 1 (delete the old generated sheet, rename and place the new one, load its id);
 * - saving the marks: 3 (2 when the settings sheet does not exist yet).
 * Nothing else depends on the number of rows. A failed build costs 2 more syncs (find and delete the
 * temporary sheet).
 */
import type { Issue } from "../core/issue-codes";
import type { SheetPlan } from "../core/plans/sheet-plan";
import { batches, CHUNKS_PER_SYNC } from "./excel-chunks";
import type { ExcelRun } from "./excel-host";
import { decorationBatches, planDecorations } from "./excel-plan-format";
import { PlanGrid, planWriteChunks, type WriteChunk } from "./excel-write-chunks";
import { throwIfCancelled } from "./host-error";
import type { SheetBuilder } from "./plan-writer";
import { SETTINGS_SHEET_NAME } from "./settings-sheet";
import type { OperationOptions } from "./workbook-host";

/** The ExcelApi version writing needs: `getRangeByIndexes`, `freezePanes`, `hyperlink` (1.7). */
export const WRITE_API_VERSION = "1.7";

const key = (name: string): string => name.toLowerCase();

/**
 * The number of `context.sync()` calls `ExcelHost.writeSheetPlan` makes for a plan, when every feature it
 * uses is supported and nothing fails.
 * @example writeSyncCount(plan, true) // 7 + ceil(chunks / 7) + 1 for an ordinary plan
 */
export function writeSyncCount(
  plan: SheetPlan,
  settingsSheetExists: boolean,
  supports: (version: string) => boolean = () => true,
): number {
  const grid = new PlanGrid(plan);
  const valueSyncs = Math.ceil(planWriteChunks(grid).length / CHUNKS_PER_SYNC);
  const decorationSyncs = decorationBatches(planDecorations(plan, grid, supports).steps).length;
  const settingsSyncs = settingsSheetExists ? 2 + 3 : 1 + 2;
  return 1 + settingsSyncs + valueSyncs + decorationSyncs + 1;
}

/** Queues one chunk: number formats first ("@" before the texts arrive), then the cells. */
function writeChunk(sheet: Excel.Worksheet, grid: PlanGrid, chunk: WriteChunk): void {
  const range = sheet.getRangeByIndexes(chunk.startRow, 0, chunk.rowCount, chunk.columnCount);
  const rows = Array.from({ length: chunk.rowCount }, (_, i) => chunk.startRow + i);
  const formats = rows.map((r) => grid.formats(r));
  if (formats.some((row) => row.some((format) => format !== null))) range.numberFormat = formats;
  range.formulas = rows.map((r) => grid.formulas(r));
}

/**
 * Builds generated sheets in Excel: the cells in row chunks under the payload limit, then the decorations,
 * under a temporary name; the swap deletes the old generated sheet (found by its id, so a rename since the
 * listing cannot redirect it), renames the new one and puts it in the old one's place, in one sync.
 *
 * @example
 * const builder = new ExcelSheetBuilder(run, (v) => Office.context.requirements.isSetSupported("ExcelApi", v));
 * await writePlanSafely(host, builder, plan); builder.issues // features this Excel left out, in Russian
 */
export class ExcelSheetBuilder implements SheetBuilder {
  /** Lower-case sheet name → worksheet id, as listed by `names()`; after the swap, the new sheet's too. */
  readonly sheetIds = new Map<string, string>();
  /** Features left out of the last sheet written (unsupported by this Excel), naming the sheet. */
  issues: Issue[] = [];
  private readonly positions = new Map<string, number>();
  private skipped: Issue[] = [];

  constructor(
    private readonly run: ExcelRun,
    private readonly supports: (version: string) => boolean,
    private readonly options: OperationOptions = {},
  ) {}

  /** Every worksheet name, hidden ones included, without the settings sheet (1 sync). */
  names(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/id,items/position");
      await context.sync();
      this.sheetIds.clear();
      this.positions.clear();
      for (const sheet of sheets.items) {
        this.sheetIds.set(key(sheet.name), sheet.id);
        this.positions.set(key(sheet.name), sheet.position);
      }
      return sheets.items.map((sheet) => sheet.name).filter((name) => name !== SETTINGS_SHEET_NAME);
    });
  }

  /** Adds `tempName` and writes the plan into it: value batches, then decoration groups. */
  build(tempName: string, plan: SheetPlan): Promise<void> {
    const { signal, onProgress } = this.options;
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.add(tempName);
      const grid = new PlanGrid(plan);
      const total = grid.rowCount * grid.columnCount;
      let done = 0;
      onProgress?.(0, total);
      for (const batch of batches(planWriteChunks(grid))) {
        throwIfCancelled(signal);
        for (const chunk of batch) writeChunk(sheet, grid, chunk);
        await context.sync();
        done += batch.reduce((sum, chunk) => sum + chunk.rowCount * chunk.columnCount, 0);
        onProgress?.(done, total);
      }
      const decorations = planDecorations(plan, grid, this.supports);
      this.skipped = decorations.skipped;
      for (const group of decorationBatches(decorations.steps)) {
        throwIfCancelled(signal);
        for (const step of group) step.apply(sheet, context.workbook);
        await context.sync();
      }
    });
  }

  /**
   * Deletes the old generated sheet when `replaces`, renames `tempName` to `name` and moves it to the old
   * sheet's place, in one sync. If that sync fails, the temporary sheet is deleted before rethrowing.
   */
  async swap(tempName: string, name: string, replaces: boolean): Promise<void> {
    try {
      const id = await this.run(async (context) => {
        const sheets = context.workbook.worksheets;
        const built = sheets.getItem(tempName);
        const place = this.positions.get(key(name));
        if (replaces) sheets.getItem(this.sheetIds.get(key(name)) ?? name).delete();
        built.name = name;
        if (replaces && place !== undefined) built.position = place;
        built.load("id");
        await context.sync();
        return built.id;
      });
      this.sheetIds.set(key(name), id);
      this.sheetIds.delete(key(tempName));
      this.issues = this.skipped.map((problem) => ({
        ...problem,
        params: { ...problem.params, sheet: name },
      }));
    } catch (error) {
      await this.discard(tempName);
      throw error;
    }
  }

  /** Deletes the temporary sheet if it exists (1 sync, 2 when it does). */
  discard(tempName: string): Promise<void> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(tempName);
      await context.sync();
      if (sheet.isNullObject) return;
      sheet.delete();
      await context.sync();
    });
  }
}
