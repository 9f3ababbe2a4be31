// A small typed fake of the Excel objects the host uses, for what office-addin-mock cannot model: collection
// loads, sheets added, renamed, moved and deleted at run time, `getItemOrNullObject`, and writes.
// As in Office.js, every change is queued and happens at `context.sync()`, in order; a loaded property is
// readable only after the sync; an operation that fails stops its sync there (what came before it stays
// done) and the sync rejects. Cells follow Excel's input rules: a string starting with "=" becomes a formula
// and a number-like string a number, unless the cell's number format is "@" (text) when it arrives.
// Formatting calls the host makes (fonts, merges, notes, print setup …) are recorded as text in `log`.
import { a1Range, columnIndex } from "../../src/core/cells/a1";
import type { CellValue } from "../../src/core/cells/cell-value";
import type { ExcelRun } from "../../src/hosts/excel-host";

/** Excel on the web's request limit: a larger request fails with `RequestPayloadSizeLimitExceeded`. */
export const EXCEL_REQUEST_LIMIT_BYTES = 5_000_000;

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const NUMBER_LIKE = /^[+-]?\d+(?:[.,]\d+)?%?$/;

const excelError = (code: string): Error => Object.assign(new Error(code), { code });
const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value) ?? "");
const describe = (value: unknown): string =>
  value instanceof FakeRange ? value.local : JSON.stringify(value);

/** What a recorder stands for: any chain of properties and calls. */
export interface Recorded {
  (...args: unknown[]): Recorded;
  [property: string]: Recorded;
}

/** A proxy that records every property set and call under `path` (e.g. `B2:D2.format.font.bold=true`). */
function recorder(book: FakeExcel, log: string[], path: string): Recorded {
  const handler: ProxyHandler<() => void> = {
    get: (_target, prop) =>
      typeof prop === "symbol" || prop === "then" ? undefined : recorder(book, log, `${path}.${prop}`),
    set: (_target, prop, value) => {
      const op = `${path}.${String(prop)}=${describe(value)}`;
      book.queue(op, jsonBytes(value), () => log.push(op));
      return true;
    },
    apply: (_target, _this, args: unknown[]) => {
      const op = `${path}(${args.map(describe).join(",")})`;
      book.queue(op, jsonBytes(args.map(describe)), () => log.push(op));
      return recorder(book, log, op);
    },
  };
  return new Proxy(function recorded() {}, handler) as unknown as Recorded;
}

let nextId = 1;

/** One worksheet of the fake: cells, formulas, number formats, and a log of the formatting it received. */
export class FakeSheet {
  readonly cells = new Map<string, CellValue>(); // "row,column" → value
  readonly formulas = new Map<string, string>();
  readonly formats = new Map<string, string>();
  readonly log: string[] = [];
  readonly sheetId = `{${String(nextId++).padStart(8, "0")}-FAKE}`;
  isNullObject = false;
  idLoaded = false;
  private currentName: string;
  private currentVisibility = "Visible";

  constructor(
    name: string,
    private readonly book: FakeExcel,
  ) {
    this.currentName = name;
  }

  get name(): string {
    return this.currentName;
  }
  set name(name: string) {
    this.book.queue(`rename ${this.currentName} → ${name}`, jsonBytes(name), () => {
      if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw excelError("InvalidArgument");
      if (this.book.find(name, this)) throw excelError("ItemAlreadyExists");
      this.currentName = name;
    });
  }

  get id(): string {
    if (!this.idLoaded) throw new Error("PropertyNotLoaded: id");
    return this.sheetId;
  }

  get visibility(): string {
    return this.currentVisibility;
  }
  set visibility(value: string) {
    this.book.queue(`visibility ${value}`, 20, () => (this.currentVisibility = value));
  }

  get position(): number {
    return this.book.sheets.indexOf(this);
  }
  set position(place: number) {
    this.book.queue(`position ${this.currentName} ${place}`, 10, () => {
      const sheets = this.book.sheets;
      sheets.splice(sheets.indexOf(this), 1);
      sheets.splice(place, 0, this);
    });
  }

  load(): this {
    this.book.queue("load sheet", 0, () => (this.idLoaded = true));
    return this;
  }

  delete(): void {
    this.book.queue(`delete ${this.currentName}`, 10, () => {
      const sheets = this.book.sheets;
      if (!sheets.includes(this)) throw excelError("ItemNotFound");
      if (sheets.filter((s) => s !== this && s.visibility === "Visible").length === 0)
        throw excelError("InvalidOperation");
      sheets.splice(sheets.indexOf(this), 1);
    });
  }

  readonly freezePanes = recorder(this.book, this.log, "freezePanes");
  readonly pageLayout = recorder(this.book, this.log, "pageLayout");
  readonly notes = recorder(this.book, this.log, "notes");
  readonly autoFilter = recorder(this.book, this.log, "autoFilter");
  /** Charts: `charts.add(…)` and every call and property set on the chart, its series, title, legend, axes. */
  readonly charts = recorder(this.book, this.log, "charts");

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

  /** The whole sheet, or an A1 address: "B3", "A1:D1", "C:C". */
  getRange(address?: string): FakeRange {
    if (address === undefined) return new FakeRange(this.book, this, 0, 0, MAX_ROWS, MAX_COLUMNS);
    const match = /^([A-Z]+)(\d+)?(?::([A-Z]+)(\d+)?)?$/.exec(address);
    if (!match) throw new Error(`fake: unsupported address ${address}`);
    const [, c1, r1, c2 = c1, r2 = r1] = match;
    const top = r1 ? Number(r1) - 1 : 0;
    const bottom = r2 ? Number(r2) - 1 : MAX_ROWS - 1;
    const left = columnIndex(c1);
    return new FakeRange(this.book, this, top, left, bottom - top + 1, columnIndex(c2) - left + 1);
  }

  /** Writes cells at once, bypassing the queue (test setup, not Office.js). */
  seed(rows: CellValue[][]): void {
    rows.forEach((cells, r) => cells.forEach((value, c) => this.cells.set(`${r},${c}`, value)));
  }

  /** The used range's values (test helper, not Office.js). */
  grid(): CellValue[][] {
    const used = this.getUsedRangeOrNullObject();
    return used.isNullObject ? [] : used.snapshot();
  }

  /** A cell as Excel would show its content: value, formula, number format (test helper). */
  cell(row: number, column: number): { value: CellValue; formula?: string; format?: string } {
    const key = `${row},${column}`;
    const formula = this.formulas.get(key);
    const format = this.formats.get(key);
    return {
      value: this.cells.get(key) ?? "",
      ...(formula !== undefined ? { formula } : {}),
      ...(format !== undefined ? { format } : {}),
    };
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

  /** The address without the sheet, as the log shows it. */
  get local(): string {
    if (this.rowCount === MAX_ROWS) {
      const [from, to] = [this.column, this.column + this.columnCount - 1].map((c) =>
        a1Range(0, c).slice(0, -1),
      );
      return `${from}:${to}`;
    }
    return a1Range(this.row, this.column, this.rowCount, this.columnCount);
  }

  get format(): Recorded {
    return recorder(this.book, this.sheet.log, `${this.local}.format`);
  }
  get dataValidation(): Recorded {
    return recorder(this.book, this.sheet.log, `${this.local}.dataValidation`);
  }
  get conditionalFormats(): Recorded {
    return recorder(this.book, this.sheet.log, `${this.local}.conditionalFormats`);
  }
  set hyperlink(link: unknown) {
    recorder(this.book, this.sheet.log, this.local).hyperlink = link as Recorded;
  }
  merge(across: boolean): void {
    recorder(this.book, this.sheet.log, this.local).merge(across);
  }

  load(): this {
    this.book.queue(
      "load range",
      0,
      () => (this.loaded = { values: this.snapshot(), address: this.addressNow() }),
    );
    return this;
  }

  get values(): CellValue[][] {
    if (!this.loaded) throw new Error("PropertyNotLoaded: values (call load and sync first)");
    return this.loaded.values;
  }
  set values(rows: CellValue[][]) {
    this.input("values", rows);
  }
  set formulas(rows: CellValue[][]) {
    this.input("formulas", rows);
  }

  get address(): string {
    if (!this.loaded) throw new Error("PropertyNotLoaded: address");
    return this.loaded.address;
  }

  set numberFormat(rows: (string | null)[][]) {
    this.book.queue(`${this.local} numberFormat`, jsonBytes(rows), () =>
      this.each(rows, (key, format) => this.sheet.formats.set(key, format)),
    );
  }

  clear(): void {
    this.book.queue(`${this.local} clear`, 10, () => {
      for (const key of [...this.sheet.cells.keys()]) {
        const [r, c] = key.split(",").map(Number);
        const inside =
          r >= this.row &&
          r < this.row + this.rowCount &&
          c >= this.column &&
          c < this.column + this.columnCount;
        if (inside) {
          this.sheet.cells.delete(key);
          this.sheet.formulas.delete(key);
        }
      }
    });
  }

  snapshot(): CellValue[][] {
    return Array.from({ length: this.rowCount }, (_, r) =>
      Array.from(
        { length: this.columnCount },
        (_, c) => this.sheet.cells.get(`${this.row + r},${this.column + c}`) ?? "",
      ),
    );
  }

  /** Excel's input rules, applied cell by cell at sync time; `null` leaves a cell unchanged. */
  private input(property: string, rows: CellValue[][]): void {
    if (rows.length !== this.rowCount || rows.some((row) => row.length !== this.columnCount))
      this.book.failure = excelError("InvalidArgument"); // a wrongly sized array fails the next sync
    this.book.queue(`${this.local} ${property}`, jsonBytes(rows), () =>
      this.each(rows, (key, value) => {
        const asText = this.sheet.formats.get(key) === "@";
        this.sheet.formulas.delete(key);
        if (typeof value === "string" && !asText && value.startsWith("="))
          this.sheet.formulas.set(key, value);
        const number = typeof value === "string" && !asText && NUMBER_LIKE.test(value);
        this.sheet.cells.set(key, number ? Number(value.replace(",", ".").replace("%", "")) : value);
      }),
    );
  }

  private each<T>(rows: (T | null)[][], action: (key: string, value: T) => void): void {
    rows.forEach((cells, r) =>
      cells.forEach((value, c) => {
        if (value !== null) action(`${this.row + r},${this.column + c}`, value);
      }),
    );
  }

  private addressNow(): string {
    return `'${this.sheet.name}'!${a1Range(this.row, this.column, this.rowCount, this.columnCount)}`;
  }
}

/** What one successful sync carried. */
export interface FakeRequest {
  /** The JSON size of the values, formats and arguments it sent, in bytes. */
  bytes: number;
  /** The operations it carried, loads included. */
  ops: string[];
}

/** The fake workbook: sheets in order, the requests made, and `run` for `ExcelHost`. */
export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  /** Workbook-level calls (comments). */
  readonly log: string[] = [];
  readonly requests: FakeRequest[] = [];
  syncs = 0;
  pending: { op: string; bytes: number; apply: () => void }[] = [];
  failure: Error | undefined;
  /** Makes the first queued operation it accepts fail when applied (then it is cleared). */
  failOn: ((op: string) => boolean) | undefined;
  itemsLoaded: FakeSheet[] | undefined;

  constructor(sheets: Record<string, CellValue[][]> = {}) {
    for (const [name, rows] of Object.entries(sheets)) this.addSheet(name).seed(rows);
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name, this);
    this.sheets.push(sheet);
    return sheet;
  }

  /** The sheet with this name (any case) or id, other than `except`. */
  find(key: string, except?: FakeSheet): FakeSheet | undefined {
    const lower = key.toLowerCase();
    return this.sheets.find((s) => s !== except && (s.name.toLowerCase() === lower || s.sheetId === key));
  }

  queue(op: string, bytes: number, apply: () => void): void {
    this.pending.push({ op, bytes, apply });
  }

  readonly context = ((book: FakeExcel) => ({
    sync: async (): Promise<void> => {
      book.syncs++;
      const actions = book.pending;
      book.pending = [];
      const failure = book.failure;
      book.failure = undefined;
      if (failure) throw failure;
      const bytes = actions.reduce((sum, action) => sum + action.bytes, 0);
      if (bytes > EXCEL_REQUEST_LIMIT_BYTES) throw excelError("RequestPayloadSizeLimitExceeded");
      for (const action of actions) {
        if (book.failOn?.(action.op)) {
          book.failOn = undefined;
          throw excelError("GeneralException");
        }
        action.apply();
      }
      book.requests.push({ bytes, ops: actions.map((action) => action.op) });
      await Promise.resolve();
    },
    workbook: {
      comments: recorder(book, book.log, "comments"),
      worksheets: {
        load: (properties = ""): void =>
          book.queue("load worksheets", 0, () => {
            book.itemsLoaded = [...book.sheets];
            if (properties.includes("id")) book.sheets.forEach((sheet) => (sheet.idLoaded = true));
          }),
        get items(): FakeSheet[] {
          if (!book.itemsLoaded) throw new Error("PropertyNotLoaded: items");
          return book.itemsLoaded;
        },
        getItem: (key: string): FakeSheet => {
          const sheet = book.find(key);
          if (sheet) return sheet;
          book.failure = Object.assign(new Error("ItemNotFound"), { code: "ItemNotFound" });
          return new FakeSheet(key, book);
        },
        getItemOrNullObject: (key: string): FakeSheet => {
          const sheet = book.find(key);
          if (sheet) return sheet;
          return Object.assign(new FakeSheet(key, book), { isNullObject: true });
        },
        add: (name: string): FakeSheet => {
          const sheet = new FakeSheet(name, book);
          book.queue(`add ${name}`, jsonBytes(name), () => {
            if (book.find(name)) throw excelError("ItemAlreadyExists");
            book.sheets.push(sheet);
          });
          return sheet;
        },
      },
    },
  }))(this);

  readonly run: ExcelRun = (batch) => batch(this.context as unknown as Excel.RequestContext);
}
