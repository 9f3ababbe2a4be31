import type { CellGrid, SheetValues } from "../core/cells/cell-value";
import { issue, type Issue } from "../core/issue-codes";
import type { SheetTarget } from "../core/plans/sheet-name";
import type { SheetPlan } from "../core/plans/sheet-plan";
import { rangeStart } from "../core/cells/a1";
import { batches, planChunks, type ReadChunk } from "./excel-chunks";
import { ExcelSheetBuilder, WRITE_API_VERSION } from "./excel-plan-writer";
import { readExcelSettings, writeExcelSettings } from "./excel-settings";
import { sheetIdMarks } from "./excel-sheet-marks";
import { HostError, throwIfCancelled } from "./host-error";
import { SETTINGS_SHEET_NAME } from "./settings-sheet";
import { writePlanSafely } from "./plan-writer";
import type { OperationOptions, WritableWorkbookHost } from "./workbook-host";
import type { CellMark } from "../core/validation/highlight-plan";
import { noteMode } from "./excel-plan-format";
import { ExcelLooks, excelRecordStore, noteModeIssues } from "./excel-highlights";
import {
  applyHighlightsWith,
  removeHighlightsWith,
  type HighlightOptions,
  type HighlightOutcome,
} from "./highlights";

/** The ExcelApi version reading needs: `getRangeByIndexes` (1.7), `getUsedRangeOrNullObject` (1.4). */
export const READ_API_VERSION = "1.7";

/** `Excel.run` as the host uses it (injectable for tests). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** What the Office.js host needs from its environment; defaults to the globals `Excel` and `Office`. */
export interface ExcelHostEnvironment {
  run?: ExcelRun;
  isSetSupported?: (name: string, version: string) => boolean;
}

const PAYLOAD_ERRORS = [
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "PayloadTooLarge",
];

/** A used range as loaded in the first sync: where it starts and its size (empty sheets: 0 × 0). */
interface UsedBlock {
  sheet: Excel.Worksheet;
  name: string;
  firstRow: number;
  firstColumn: number;
  rowCount: number;
  columnCount: number;
}

/**
 * The workbook open in Excel, through Office.js. Reads are chunked so no request exceeds Excel on the web's
 * payload limit, with a fixed number of syncs (see `excel-chunks.ts`); settings live in the very hidden sheet
 * `ШНОР_настройки`, shared with the `.xlsx` host. Generated sheets are written by the safety rules with a
 * fixed number of syncs besides the row chunks (`excel-plan-writer.ts`).
 *
 * @example
 * const host = new ExcelHost();
 * const [registry] = await host.readSheets(["Реестр"], { onProgress: (done, total) => show(done / total) });
 */
export class ExcelHost implements WritableWorkbookHost {
  /** Features the last `writeSheetPlan` left out because this Excel lacks them (Russian messages). */
  lastWriteIssues: Issue[] = [];
  private readonly run: ExcelRun;
  private readonly isSetSupported: (name: string, version: string) => boolean;

  constructor(environment: ExcelHostEnvironment = {}) {
    this.run = environment.run ?? ((batch) => Excel.run(batch));
    this.isSetSupported =
      environment.isSetSupported ??
      ((name, version) =>
        typeof Office !== "undefined" && Office.context.requirements.isSetSupported(name, version));
  }

  /** Throws `HostError("host-unsupported")` with a Russian message when ExcelApi `version` is missing. */
  requireApi(version: string): void {
    if (!this.isSetSupported("ExcelApi", version))
      throw new HostError(issue("host-unsupported", { set: `ExcelApi ${version}` }));
  }

  /** The worksheet names in workbook order, without the settings sheet (one sync). */
  async sheetNames(): Promise<string[]> {
    this.requireApi(READ_API_VERSION);
    return this.run((context) => listNames(context));
  }

  /**
   * The used range (values only) of each named sheet: `1 + ceil(chunks / CHUNKS_PER_SYNC)` syncs, one more
   * when `names` is omitted. Progress is reported after each sync; the signal is checked before each.
   */
  async readSheets(names?: readonly string[], options: OperationOptions = {}): Promise<SheetValues[]> {
    this.requireApi(READ_API_VERSION);
    const { signal, onProgress } = options;
    throwIfCancelled(signal);
    return this.run(async (context) => {
      const wanted = names ?? (await listNames(context));
      throwIfCancelled(signal);
      const blocks = await loadUsedRanges(context, wanted);
      const grids: CellGrid[] = blocks.map((block) => new Array<CellGrid[number]>(block.rowCount));
      const chunks = planChunks(blocks);
      const total = chunks.reduce((sum, c) => sum + c.rowCount * c.columnCount, 0);
      let done = 0;
      onProgress?.(0, total);
      for (const batch of batches(chunks)) {
        throwIfCancelled(signal);
        done += await readBatch(context, blocks, grids, batch);
        onProgress?.(done, total);
      }
      return blocks.map((block, i) => ({
        name: block.name,
        firstRow: block.firstRow,
        firstColumn: block.firstColumn,
        values: grids[i],
      }));
    });
  }

  /**
   * Writes a generated sheet by the safety rules (`plan-writer.ts`), built under a temporary name and
   * swapped in: `writeSyncCount(plan, …)` syncs. Features this Excel lacks (notes, drop-down lists, print
   * setup) are left out and listed in `lastWriteIssues`; progress counts the cells written.
   */
  async writeSheetPlan(plan: SheetPlan, options: OperationOptions = {}): Promise<SheetTarget> {
    this.requireApi(WRITE_API_VERSION);
    throwIfCancelled(options.signal);
    this.lastWriteIssues = [];
    const builder = new ExcelSheetBuilder(
      this.run,
      (version) => this.isSetSupported("ExcelApi", version),
      options,
    );
    const target = await writePlanSafely(sheetIdMarks(this, builder.sheetIds), builder, plan);
    this.lastWriteIssues = builder.issues;
    return target;
  }

  /** Activates the sheet and selects the cell (two syncs); a missing sheet fails with a Russian message. */
  async selectCell(sheet: string, address: string): Promise<void> {
    this.requireApi(READ_API_VERSION);
    await this.run(async (context) => {
      const found = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (found.isNullObject) throw new HostError(issue("sheet-not-found", { name: sheet }));
      found.activate();
      found.getRange(address).select();
      await context.sync();
    });
  }

  /**
   * Highlights offending cells: fill and note (or comment, on Excel before ExcelApi 1.18), values and formulas
   * untouched; earlier highlights are removed first. One `Excel.run`, syncs by the formula in
   * `excel-highlights.ts`.
   */
  async applyHighlights(
    marks: readonly CellMark[],
    options: HighlightOptions = {},
  ): Promise<HighlightOutcome> {
    this.requireApi(READ_API_VERSION);
    throwIfCancelled(options.signal);
    const mode = noteMode((version) => this.isSetSupported("ExcelApi", version));
    return this.run(async (context) => {
      const looks = new ExcelLooks(context, mode);
      if (marks.length > 0) looks.issues = noteModeIssues(mode, [...new Set(marks.map((m) => m.sheet))]);
      return applyHighlightsWith(looks, excelRecordStore(context), marks, options);
    });
  }

  /** Removes the highlights, restoring each cell's previous fill and note; returns the cells restored. */
  async removeHighlights(options: HighlightOptions = {}): Promise<number> {
    this.requireApi(READ_API_VERSION);
    throwIfCancelled(options.signal);
    const mode = noteMode((version) => this.isSetSupported("ExcelApi", version));
    return this.run((context) =>
      removeHighlightsWith(new ExcelLooks(context, mode), excelRecordStore(context), options),
    );
  }

  /** A setting from the settings sheet, or undefined (1–2 syncs). */
  async getSetting(key: string): Promise<unknown> {
    this.requireApi(READ_API_VERSION);
    return this.run(async (context) => (await readExcelSettings(context)).settings.get(key));
  }

  /** Saves a setting in the settings sheet, creating it very hidden when missing (2–3 syncs). */
  async setSetting(key: string, value: unknown): Promise<void> {
    this.requireApi(READ_API_VERSION);
    await this.run(async (context) => {
      const { settings, exists } = await readExcelSettings(context);
      if (value === undefined) settings.delete(key);
      else settings.set(key, JSON.parse(JSON.stringify(value)));
      await writeExcelSettings(context, settings, exists);
    });
  }
}

/** The names of the worksheets, without the settings sheet (one sync). */
async function listNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  return sheets.items.map((sheet) => sheet.name).filter((name) => name !== SETTINGS_SHEET_NAME);
}

/** Loads the used range (address and size) of every named sheet in one sync. */
async function loadUsedRanges(context: Excel.RequestContext, names: readonly string[]): Promise<UsedBlock[]> {
  const sheets = names.map((name) => context.workbook.worksheets.getItem(name));
  const used = sheets.map((sheet) =>
    sheet.getUsedRangeOrNullObject(true).load("address,rowCount,columnCount"),
  );
  try {
    await context.sync();
  } catch (error) {
    if (errorCode(error) !== "ItemNotFound") throw error;
    const existing = await listNames(context);
    const missing = names.find((name) => !existing.includes(name)) ?? names[0];
    throw new HostError(issue("sheet-not-found", { name: missing }));
  }
  return used.map((range, i) => {
    const start = range.isNullObject ? undefined : rangeStart(range.address);
    return {
      sheet: sheets[i],
      name: names[i],
      firstRow: start?.row ?? 0,
      firstColumn: start?.column ?? 0,
      rowCount: start ? range.rowCount : 0,
      columnCount: start ? range.columnCount : 0,
    };
  });
}

/**
 * Queues one load per chunk, syncs once and copies the rows into place; returns the cells read. A request
 * Excel refuses as too large is retried in halves.
 */
async function readBatch(
  context: Excel.RequestContext,
  blocks: readonly UsedBlock[],
  grids: CellGrid[],
  batch: readonly ReadChunk[],
): Promise<number> {
  const ranges = batch.map((chunk) => {
    const block = blocks[chunk.sheet];
    const range = block.sheet.getRangeByIndexes(
      block.firstRow + chunk.startRow,
      block.firstColumn,
      chunk.rowCount,
      chunk.columnCount,
    );
    return range.load("values");
  });
  try {
    await context.sync();
  } catch (error) {
    if (!PAYLOAD_ERRORS.includes(errorCode(error))) throw error;
    const halves = splitBatch(batch);
    if (!halves) throw error;
    return (
      (await readBatch(context, blocks, grids, halves[0])) +
      (await readBatch(context, blocks, grids, halves[1]))
    );
  }
  let cells = 0;
  batch.forEach((chunk, i) => {
    const values = ranges[i].values as CellGrid;
    const grid = grids[chunk.sheet];
    for (let r = 0; r < chunk.rowCount; r++) grid[chunk.startRow + r] = values[r];
    cells += chunk.rowCount * chunk.columnCount;
  });
  return cells;
}

/** A batch cut in two: by chunks, or a single chunk by rows; undefined when it is a single row. */
function splitBatch(batch: readonly ReadChunk[]): [ReadChunk[], ReadChunk[]] | undefined {
  if (batch.length > 1) {
    const middle = Math.ceil(batch.length / 2);
    return [batch.slice(0, middle), batch.slice(middle)];
  }
  const [chunk] = batch;
  if (chunk.rowCount < 2) return undefined;
  const top = Math.ceil(chunk.rowCount / 2);
  return [
    [{ ...chunk, rowCount: top }],
    [{ ...chunk, startRow: chunk.startRow + top, rowCount: chunk.rowCount - top }],
  ];
}

function errorCode(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
}
