import type { CellGrid, SheetValues } from "../core/cells/cell-value";
import { issue } from "../core/issue-codes";
import { HostError, settle, throwIfCancelled } from "./host-error";
import type { PlanCell, SheetPlan } from "../core/plans/sheet-plan";
import type { SheetTarget } from "../core/plans/sheet-name";
import { writePlanSafely, type SheetBuilder } from "./plan-writer";
import type { OperationOptions, WritableWorkbookHost } from "./workbook-host";
import type { CellMark } from "../core/validation/highlight-plan";
import {
  applyHighlightsWith,
  removeHighlightsWith,
  settingsRecordStore,
  type HighlightOptions,
  type HighlightOutcome,
} from "./highlights";
import { MemoryLooks } from "./highlights-memory";
import { formulaInput } from "./excel-write-chunks";

/** One write a `MemoryHost` received, in order, for assertions in tests. */
export type MemoryWrite =
  { kind: "setting"; key: string; value: unknown } | { kind: "sheet"; name: string; replaces: boolean };

/** The sheets of a memory workbook: `SheetValues` (with their offsets) or a plain `{ name: grid }` object. */
export type MemorySheets = readonly SheetValues[] | Readonly<Record<string, CellGrid>>;

const cloneGrid = (grid: CellGrid): CellGrid => grid.map((row) => [...row]);

/**
 * An in-memory workbook: for tests and for the task pane preview outside Excel. Settings are kept as JSON
 * (so a value that is not JSON-serialisable fails here as it would in a real workbook), and every write is
 * recorded in `writes`.
 *
 * @example
 * const host = new MemoryHost({ "Школы": [["Школа", "Балл"], ["СОШ № 223", "45,5"]] });
 * await host.sheetNames(); // ["Школы"]
 */
export class MemoryHost implements WritableWorkbookHost {
  /** Every write received, in order. */
  readonly writes: MemoryWrite[] = [];
  /** The plan behind each generated sheet, by sheet name. */
  readonly plans = new Map<string, SheetPlan>();
  /** Cell fills and notes (highlights; values stay in the sheets). */
  readonly looks = new MemoryLooks(() => this.sheets.map((sheet) => sheet.name));
  private readonly sheets: SheetValues[];
  private readonly settings = new Map<string, string>();

  constructor(sheets: MemorySheets = []) {
    const list: readonly SheetValues[] = Array.isArray(sheets)
      ? (sheets as readonly SheetValues[])
      : Object.entries(sheets as Readonly<Record<string, CellGrid>>).map(([name, values]) => ({
          name,
          firstRow: 0,
          firstColumn: 0,
          values,
        }));
    this.sheets = list.map((sheet) => ({ ...sheet, values: cloneGrid(sheet.values) }));
  }

  /** The worksheet names in workbook order. */
  sheetNames(): Promise<string[]> {
    return Promise.resolve(this.sheets.map((sheet) => sheet.name));
  }

  /** Copies of the named sheets' values; progress is reported once per sheet, cancellation checked before each. */
  readSheets(names?: readonly string[], options: OperationOptions = {}): Promise<SheetValues[]> {
    return settle(() => this.readNow(names, options));
  }

  private readNow(names: readonly string[] | undefined, options: OperationOptions): SheetValues[] {
    const wanted = names ?? this.sheets.map((sheet) => sheet.name);
    const found = wanted.map((name) => {
      const sheet = this.sheets.find((s) => s.name === name);
      if (!sheet) throw new HostError(issue("sheet-not-found", { name }));
      return sheet;
    });
    const total = found.reduce((sum, s) => sum + cellCount(s.values), 0);
    let done = 0;
    const result: SheetValues[] = [];
    for (const sheet of found) {
      throwIfCancelled(options.signal);
      result.push({ ...sheet, values: cloneGrid(sheet.values) });
      done += cellCount(sheet.values);
      options.onProgress?.(done, total);
    }
    return result;
  }

  /** The setting's value (a fresh copy), or undefined. */
  getSetting(key: string): Promise<unknown> {
    const json = this.settings.get(key);
    return Promise.resolve(json === undefined ? undefined : JSON.parse(json));
  }

  /** Writes a generated sheet by the safety rules (`plan-writer.ts`). */
  async writeSheetPlan(plan: SheetPlan): Promise<SheetTarget> {
    const target = await writePlanSafely(this, this.builder, plan);
    this.writes.push({ kind: "sheet", name: target.name, replaces: target.replaces });
    return target;
  }

  /** Adds the plan as a sheet named `tempName`; tests override it to fail half-way. */
  protected buildSheet(tempName: string, plan: SheetPlan): void {
    const values = plan.rows.map((row) => row.map(memoryValue));
    this.sheets.push({ name: tempName, firstRow: 0, firstColumn: 0, values });
    this.plans.set(tempName, plan);
  }

  private readonly builder: SheetBuilder = {
    names: () => this.sheetNames(),
    build: (tempName, plan) => settle(() => this.buildSheet(tempName, plan)),
    swap: (tempName, name, replaces) =>
      settle(() => {
        const built = this.sheets.findIndex((s) => s.name === tempName);
        const [sheet] = this.sheets.splice(built, 1);
        const plan = this.plans.get(tempName);
        this.plans.delete(tempName);
        const old = replaces ? this.sheets.findIndex((s) => s.name.toLowerCase() === name.toLowerCase()) : -1;
        if (old >= 0) this.sheets.splice(old, 1, { ...sheet, name });
        else this.sheets.push({ ...sheet, name });
        if (plan) this.plans.set(name, plan);
      }),
    discard: (tempName) =>
      settle(() => {
        const index = this.sheets.findIndex((s) => s.name === tempName);
        if (index >= 0) this.sheets.splice(index, 1);
        this.plans.delete(tempName);
      }),
  };

  /** The cell last selected by `selectCell`, as Excel would show it; undefined until one is. */
  selection: { sheet: string; address: string } | undefined;

  /** Records the selection; a missing sheet or an address that is not A1 fails as Excel would. */
  selectCell(sheet: string, address: string): Promise<void> {
    return settle(() => {
      const found = this.sheets.find((s) => s.name === sheet);
      if (!found) throw new HostError(issue("sheet-not-found", { name: sheet }));
      if (!/^\$?[A-Z]{1,3}\$?[1-9]\d*(:\$?[A-Z]{1,3}\$?[1-9]\d*)?$/u.test(address))
        throw new Error(`not an A1 address: ${address}`);
      this.selection = { sheet: found.name, address };
    });
  }

  /** Highlights offending cells (fill and note, values untouched); see `WritableWorkbookHost`. */
  applyHighlights(marks: readonly CellMark[], options?: HighlightOptions): Promise<HighlightOutcome> {
    return applyHighlightsWith(this.looks, this.highlightStore, marks, options);
  }

  /** Removes the highlights, restoring each cell's previous fill and note; returns the cells restored. */
  removeHighlights(options?: HighlightOptions): Promise<number> {
    return removeHighlightsWith(this.looks, this.highlightStore, options);
  }

  private readonly highlightStore = settingsRecordStore(this);

  /** Stores the setting as JSON and records the write; `undefined` removes it. */
  setSetting(key: string, value: unknown): Promise<void> {
    return settle(() => {
      if (value === undefined) this.settings.delete(key);
      else this.settings.set(key, JSON.stringify(value));
      this.writes.push({ kind: "setting", key, value });
    });
  }
}

/**
 * A plan cell as `range.values` would give it after writing: formulas as their text (no engine here).
 * @example memoryValue({ kind: "formula", formula: "=A1+1" }) // "=A1+1"
 */
export function memoryValue(cell: PlanCell): CellGrid[number][number] {
  return formulaInput(cell) ?? "";
}

const cellCount = (grid: CellGrid): number => grid.reduce((sum, row) => sum + row.length, 0);
