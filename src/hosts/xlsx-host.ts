import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { xlsxBufferWithCharts } from "./xlsx-charts";
import type { CellGrid, SheetValues } from "../core/cells/cell-value";
import { issue } from "../core/issue-codes";
import { HostError, settle, throwIfCancelled } from "./host-error";
import { decodeSettings, encodeSettings, SETTINGS_SHEET_NAME } from "./settings-sheet";
import type { SheetPlan } from "../core/plans/sheet-plan";
import type { SheetTarget } from "../core/plans/sheet-name";
import { writePlanSafely } from "./plan-writer";
import type { OperationOptions, WritableWorkbookHost } from "./workbook-host";
import { xlsxBuilder } from "./xlsx-plan-writer";
import { plainValue } from "./xlsx-cell";
import type { CellMark } from "../core/validation/highlight-plan";
import {
  applyHighlightsWith,
  removeHighlightsWith,
  settingsRecordStore,
  type HighlightOptions,
  type HighlightOutcome,
} from "./highlights";
import { XlsxLooks } from "./xlsx-highlights";

/**
 * A `.xlsx` file through exceljs, for the command line (Node only). Values come as Office.js gives them
 * (`xlsx-cell.ts`); the used range is the smallest block holding every non-blank value, like
 * `getUsedRange(true)`. Settings live in the same very hidden sheet as in Excel; writes change the workbook in
 * memory until `save`.
 *
 * @example
 * const host = await XlsxHost.open("examples/район.xlsx");
 * const sheets = await host.readSheets();
 */
export class XlsxHost implements WritableWorkbookHost {
  /** The exceljs workbook (for writers in this layer). */
  readonly workbook: ExcelJS.Workbook;

  constructor(workbook: ExcelJS.Workbook = new ExcelJS.Workbook()) {
    this.workbook = workbook;
  }

  /** Opens a `.xlsx` file. */
  static async open(path: string): Promise<XlsxHost> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    return new XlsxHost(workbook);
  }

  /** Saves the workbook (with its settings sheet) to a `.xlsx` file. */
  async save(path: string): Promise<void> {
    // Through the chart writer: exceljs cannot write charts of generated sheets itself.
    await writeFile(path, await xlsxBufferWithCharts(this.workbook));
  }

  /** The worksheet names in workbook order, without the settings sheet. */
  sheetNames(): Promise<string[]> {
    return Promise.resolve(this.userSheets().map((sheet) => sheet.name));
  }

  /** The used range of each named sheet; progress once per sheet, cancellation checked before each. */
  readSheets(names?: readonly string[], options: OperationOptions = {}): Promise<SheetValues[]> {
    return settle(() => this.readNow(names, options));
  }

  private readNow(names: readonly string[] | undefined, options: OperationOptions): SheetValues[] {
    const sheets = (names ?? this.userSheets().map((s) => s.name)).map((name) => {
      const sheet = this.workbook.getWorksheet(name);
      if (!sheet) throw new HostError(issue("sheet-not-found", { name }));
      return sheet;
    });
    const result: SheetValues[] = [];
    sheets.forEach((sheet, i) => {
      throwIfCancelled(options.signal);
      result.push(readWorksheet(sheet, this.workbook.properties.date1904));
      options.onProgress?.(i + 1, sheets.length);
    });
    return result;
  }

  /** A setting from the settings sheet, or undefined. */
  getSetting(key: string): Promise<unknown> {
    return Promise.resolve(this.readSettings().get(key));
  }

  /** Rewrites the very hidden settings sheet with the setting changed (`undefined` removes it). */
  setSetting(key: string, value: unknown): Promise<void> {
    return settle(() => this.setNow(key, value));
  }

  private setNow(key: string, value: unknown): void {
    const settings = this.readSettings();
    if (value === undefined) settings.delete(key);
    else settings.set(key, JSON.parse(JSON.stringify(value)));
    const old = this.workbook.getWorksheet(SETTINGS_SHEET_NAME);
    if (old) this.workbook.removeWorksheet(old.id);
    const sheet = this.workbook.addWorksheet(SETTINGS_SHEET_NAME, { state: "veryHidden" });
    for (const row of encodeSettings(settings)) {
      const added = sheet.addRow(row);
      added.eachCell((cell) => (cell.numFmt = "@"));
    }
  }

  /** Writes a generated sheet by the safety rules (`plan-writer.ts`); saved with `save`. */
  writeSheetPlan(plan: SheetPlan): Promise<SheetTarget> {
    return writePlanSafely(this, xlsxBuilder(this.workbook), plan);
  }

  /** Highlights offending cells (fill and note, values untouched; `xlsx-highlights.ts`); saved with `save`. */
  applyHighlights(marks: readonly CellMark[], options?: HighlightOptions): Promise<HighlightOutcome> {
    return applyHighlightsWith(new XlsxLooks(this.workbook), this.highlightStore, marks, options);
  }

  /** Removes the highlights, restoring each cell's previous fill and note; saved with `save`. */
  removeHighlights(options?: HighlightOptions): Promise<number> {
    return removeHighlightsWith(new XlsxLooks(this.workbook), this.highlightStore, options);
  }

  private readonly highlightStore = settingsRecordStore(this);

  private userSheets(): ExcelJS.Worksheet[] {
    return this.workbook.worksheets.filter((sheet) => sheet.name !== SETTINGS_SHEET_NAME);
  }

  private readSettings(): Map<string, unknown> {
    const sheet = this.workbook.getWorksheet(SETTINGS_SHEET_NAME);
    return sheet ? decodeSettings(readWorksheet(sheet, false).values) : new Map<string, unknown>();
  }
}

/**
 * A worksheet's used range as Office.js `range.values` gives it: merged cells keep their value in the
 * top-left cell and "" elsewhere.
 * @example readWorksheet(sheet).values // [["Школа", "Балл"], ["СОШ № 223", 45.5]]
 */
export function readWorksheet(sheet: ExcelJS.Worksheet, date1904 = false): SheetValues {
  const cells: { row: number; column: number; value: CellGrid[number][number] }[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = plainValue(cell.value, date1904);
      if (value === "") return;
      const r = rowNumber - 1;
      const c = columnNumber - 1;
      cells.push({ row: r, column: c, value });
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    });
  });
  if (bottom < 0) return { name: sheet.name, firstRow: 0, firstColumn: 0, values: [] };
  const values: CellGrid = Array.from({ length: bottom - top + 1 }, () =>
    new Array<string>(right - left + 1).fill(""),
  );
  for (const cell of cells) values[cell.row - top][cell.column - left] = cell.value;
  return { name: sheet.name, firstRow: top, firstColumn: left, values };
}
