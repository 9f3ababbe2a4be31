// A small typed fake of the few Excel objects the host uses, for what office-addin-mock cannot model:
// collection loads (`worksheets.load("items/name")`), sheets added at run time, `getItemOrNullObject`, writes.
// Loaded properties become readable only after `context.sync()`; reading one earlier throws, as in Office.js.
import type { CellValue } from "../../src/core/cells/cell-value";
import { cellAddress } from "../../src/hosts/a1-address";
import type { ExcelRun } from "../../src/hosts/excel-host";

type Grid = Map<string, CellValue>; // "row,column" → value

/** One worksheet of the fake: its cells, number formats and visibility. */
export class FakeSheet {
  readonly cells: Grid = new Map();
  readonly formats = new Map<string, string>();
  visibility = "Visible";
  constructor(
    public name: string,
    private readonly book: FakeExcel,
  ) {}

  getUsedRangeOrNullObject(): FakeRange {
    const keys = [...this.cells.entries()].filter(([, v]) => v !== "" && v !== null && v !== undefined);
    if (keys.length === 0) return new FakeRange(this.book, this, 0, 0, 0, 0, true);
    const rows = keys.map(([k]) => Number(k.split(",")[0]));
    const cols = keys.map(([k]) => Number(k.split(",")[1]));
    const top = Math.min(...rows);
    const left = Math.min(...cols);
    return new FakeRange(
      this.book,
      this,
      top,
      left,
      Math.max(...rows) - top + 1,
      Math.max(...cols) - left + 1,
    );
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.book, this, row, column, rowCount, columnCount);
  }

  getRange(): FakeRange {
    return new FakeRange(this.book, this, 0, 0, 1_048_576, 16_384);
  }

  /** The used range's values (test helper, not Office.js). */
  grid(): CellValue[][] {
    const used = this.getUsedRangeOrNullObject();
    return used.isNullObject ? [] : used.snapshot();
  }
}

/** A rectangular range of the fake. */
export class FakeRange {
  private loaded: { values: CellValue[][]; address: string } | undefined;
  constructor(
    private readonly book: FakeExcel,
    private readonly sheet: FakeSheet,
    private readonly row: number,
    private readonly column: number,
    readonly rowCount: number,
    readonly columnCount: number,
    readonly isNullObject = false,
  ) {}

  load(): this {
    this.book.queue(() => (this.loaded = { values: this.snapshot(), address: this.addressNow() }));
    return this;
  }

  get values(): CellValue[][] {
    if (!this.loaded) throw new Error("PropertyNotLoaded: values (call load and sync first)");
    return this.loaded.values;
  }

  set values(rows: CellValue[][]) {
    rows.forEach((cells, r) =>
      cells.forEach((value, c) => this.sheet.cells.set(`${this.row + r},${this.column + c}`, value)),
    );
  }

  get address(): string {
    if (!this.loaded) throw new Error("PropertyNotLoaded: address");
    return this.loaded.address;
  }

  set numberFormat(rows: string[][]) {
    rows.forEach((cells, r) =>
      cells.forEach((format, c) => this.sheet.formats.set(`${this.row + r},${this.column + c}`, format)),
    );
  }

  clear(): void {
    for (const key of [...this.sheet.cells.keys()]) {
      const [r, c] = key.split(",").map(Number);
      if (
        r >= this.row &&
        r < this.row + this.rowCount &&
        c >= this.column &&
        c < this.column + this.columnCount
      ) {
        this.sheet.cells.delete(key);
      }
    }
  }

  snapshot(): CellValue[][] {
    return Array.from({ length: this.rowCount }, (_, r) =>
      Array.from(
        { length: this.columnCount },
        (_, c) => this.sheet.cells.get(`${this.row + r},${this.column + c}`) ?? "",
      ),
    );
  }

  private addressNow(): string {
    const end = cellAddress(this.row + this.rowCount - 1, this.column + this.columnCount - 1);
    return `'${this.sheet.name}'!${cellAddress(this.row, this.column)}:${end}`;
  }
}

/** The fake workbook: sheets in order, a sync counter, and `run` for `ExcelHost`. */
export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  syncs = 0;
  pending: (() => void)[] = [];
  failure: Error | undefined;
  itemsLoaded: FakeSheet[] | undefined;

  constructor(sheets: Record<string, CellValue[][]> = {}) {
    for (const [name, rows] of Object.entries(sheets)) {
      const sheet = this.addSheet(name);
      sheet.getRangeByIndexes(0, 0, rows.length, rows[0]?.length ?? 0).values = rows;
    }
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name, this);
    this.sheets.push(sheet);
    return sheet;
  }

  queue(action: () => void): void {
    this.pending.push(action);
  }

  readonly context = ((book: FakeExcel) => ({
    sync: async (): Promise<void> => {
      book.syncs++;
      const actions = book.pending;
      book.pending = [];
      const failure = book.failure;
      book.failure = undefined;
      if (failure) throw failure;
      actions.forEach((action) => action());
      await Promise.resolve();
    },
    workbook: {
      worksheets: {
        load: (): void => book.queue(() => (book.itemsLoaded = [...book.sheets])),
        get items(): FakeSheet[] {
          if (!book.itemsLoaded) throw new Error("PropertyNotLoaded: items");
          return book.itemsLoaded;
        },
        getItem: (name: string): FakeSheet => {
          const sheet = book.sheets.find((s) => s.name === name);
          if (sheet) return sheet;
          book.failure = Object.assign(new Error("ItemNotFound"), { code: "ItemNotFound" });
          return new FakeSheet(name, book);
        },
        getItemOrNullObject: (name: string): FakeSheet & { isNullObject: boolean } => {
          const sheet = book.sheets.find((s) => s.name === name);
          return Object.assign(sheet ?? new FakeSheet(name, book), { isNullObject: !sheet });
        },
        add: (name: string): FakeSheet => book.addSheet(name),
      },
    },
  }))(this);

  readonly run: ExcelRun = (batch) => batch(this.context as unknown as Excel.RequestContext);
}
