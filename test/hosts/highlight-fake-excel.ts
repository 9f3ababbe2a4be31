// The typed Excel fake (`fake-excel.ts`) with state for what highlights touch: cell fills
// (`range.format.fill`), notes (`worksheet.notes`, ExcelApi 1.18) and comments (`workbook.comments`, 1.10).
// As in the base fake, every change is queued and happens at `context.sync()`; a loaded property is readable
// only after the sync; a note or comment that does not exist fails the sync with ItemNotFound.
import { a1, columnIndex } from "../../src/core/cells/a1";
import type { CellValue } from "../../src/core/cells/cell-value";
import { SETTINGS_SHEET_NAME } from "../../src/hosts/settings-sheet";
import { FakeExcel, FakeRange, FakeSheet, type Recorded } from "./fake-excel";

const NO_FILL = "#FFFFFF";
const fail = (code: string): Error => Object.assign(new Error(code), { code });
const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value) ?? "");

/** A property readable only after the sync that loaded it. */
function loaded<T>(book: FakeExcel, read: () => T): { get: () => T } {
  let value: { v: T } | undefined;
  book.queue("load", 0, () => (value = { v: read() }));
  return {
    get: () => {
      if (!value) throw new Error("PropertyNotLoaded (call load and sync first)");
      return value.v;
    },
  };
}

/** A comment of the workbook. */
interface FakeComment {
  id: string;
  sheet: HighlightSheet;
  key: string;
  content: string;
}

/** A worksheet with fills and notes. */
export class HighlightSheet extends FakeSheet {
  /** "row,column" → fill colour "#RRGGBB" (absent: no fill). */
  readonly fills = new Map<string, string>();
  /** "row,column" → note text. */
  readonly noteTexts = new Map<string, string>();

  constructor(
    name: string,
    private readonly hlBook: HighlightExcel,
  ) {
    super(name, hlBook);
    Object.defineProperty(this, "notes", { value: this.noteCollection() });
  }

  override getRange(address?: string): FakeRange {
    const match = address === undefined ? null : /^([A-Z]+)(\d+)$/.exec(address);
    if (!match) return super.getRange(address);
    return new HighlightRange(this.hlBook, this, Number(match[2]) - 1, columnIndex(match[1]));
  }

  /** As the base fake, but an empty sheet gives a null object that can be loaded, as in Excel. */
  override getUsedRangeOrNullObject(): FakeRange {
    const used = super.getUsedRangeOrNullObject();
    if (!used.isNullObject) return used;
    return Object.assign(Object.create(FakeRange.prototype) as FakeRange, {
      isNullObject: true,
      load() {
        return this;
      },
    });
  }

  /** A cell's key from its A1 address. */
  keyOf(address: string): string {
    const match = /^([A-Z]+)(\d+)$/.exec(address);
    if (!match) throw new Error(`fake: not a cell address ${address}`);
    return `${Number(match[2]) - 1},${columnIndex(match[1])}`;
  }

  private noteCollection() {
    const book = this.hlBook;
    const texts = this.noteTexts;
    const note = (address: string, orNull: boolean) => {
      const key = this.keyOf(address);
      let isNull: { get: () => boolean } | undefined;
      let content: { get: () => string } | undefined;
      return {
        load: function () {
          isNull = loaded(book, () => !texts.has(key));
          content = loaded(book, () => texts.get(key) ?? "");
          return this;
        },
        get isNullObject(): boolean {
          if (!orNull) return false;
          if (!isNull) throw new Error("PropertyNotLoaded: isNullObject");
          return isNull.get();
        },
        get content(): string {
          if (!content) throw new Error("PropertyNotLoaded: content");
          return content.get();
        },
        set content(text: string) {
          book.queue(`note ${address} content`, bytes(text), () => {
            if (!texts.has(key)) throw fail("ItemNotFound");
            texts.set(key, text);
          });
        },
        delete: () =>
          book.queue(`note ${address} delete`, 10, () => {
            if (!texts.delete(key)) throw fail("ItemNotFound");
          }),
      };
    };
    return {
      getItemOrNullObject: (address: string) => note(address, true),
      getItem: (address: string) => note(address, false),
      add: (range: HighlightRange, text: string) =>
        book.queue(`note ${range.local} add`, bytes(text), () => {
          if (texts.has(range.key)) throw fail("InvalidArgument");
          texts.set(range.key, text);
        }),
    };
  }
}

/** A single cell of a `HighlightSheet`, with a stateful `format.fill`. */
export class HighlightRange extends FakeRange {
  readonly key: string;

  constructor(
    private readonly hlBook: HighlightExcel,
    readonly hlSheet: HighlightSheet,
    row: number,
    column: number,
  ) {
    super(hlBook, hlSheet, row, column, 1, 1);
    this.key = `${row},${column}`;
  }

  override get format(): Recorded {
    const { hlBook: book, hlSheet: sheet, key, local } = this;
    let color: { get: () => string } | undefined;
    const fill = {
      load: () => {
        color = loaded(book, () => sheet.fills.get(key) ?? NO_FILL);
        return fill;
      },
      get color(): string {
        if (!color) throw new Error("PropertyNotLoaded: color");
        return color.get();
      },
      set color(value: string) {
        book.queue(`${local} fill ${value}`, bytes(value), () => sheet.fills.set(key, value.toUpperCase()));
      },
      clear: () => book.queue(`${local} fill clear`, 10, () => sheet.fills.delete(key)),
    };
    return { fill } as unknown as Recorded;
  }
}

/** The fake workbook with fills, notes and comments; build it with `HighlightExcel.of`. */
export class HighlightExcel extends FakeExcel {
  readonly comments: FakeComment[] = [];
  private nextComment = 1;

  /** A workbook with these sheets (values seeded as typed). */
  static of(sheets: Record<string, CellValue[][]>): HighlightExcel {
    const book = new HighlightExcel();
    for (const [name, rows] of Object.entries(sheets)) book.addSheet(name).seed(rows);
    const workbook = book.context.workbook as { comments: unknown; worksheets: { add: unknown } };
    workbook.comments = book.commentCollection();
    // Sheets added at run time (the settings sheet) are of this fake too.
    workbook.worksheets.add = (name: string): HighlightSheet => {
      const sheet = new HighlightSheet(name, book);
      book.queue(`add ${name}`, bytes(name), () => {
        if (book.find(name)) throw fail("ItemAlreadyExists");
        book.sheets.push(sheet);
      });
      return sheet;
    };
    return book;
  }

  override addSheet(name: string): HighlightSheet {
    const sheet = new HighlightSheet(name, this);
    this.sheets.push(sheet);
    return sheet;
  }

  /** The user's sheet of that name. */
  sheet(name: string): HighlightSheet {
    const sheet = this.find(name);
    if (!(sheet instanceof HighlightSheet)) throw new Error(`fake: no sheet ${name}`);
    return sheet;
  }

  /** Adds a comment at once (test setup, as a user would). */
  addComment(sheet: string, address: string, content: string): void {
    const s = this.sheet(sheet);
    this.comments.push({ id: `c${this.nextComment++}`, sheet: s, key: s.keyOf(address), content });
  }

  /** Every user cell's value, formula, format, fill, note and comment, for before/after comparisons. */
  state(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const sheet of this.sheets) {
      if (!(sheet instanceof HighlightSheet) || sheet.name === SETTINGS_SHEET_NAME) continue;
      out[sheet.name] = {
        cells: [...sheet.cells].sort(),
        formulas: [...sheet.formulas].sort(),
        formats: [...sheet.formats].sort(),
        fills: [...sheet.fills].sort(),
        notes: [...sheet.noteTexts].sort(),
      };
    }
    out.comments = this.comments.map((c) => `${c.sheet.name}!${c.key}=${c.content}`).sort();
    return out;
  }

  private commentCollection() {
    const comment = (c: FakeComment) => ({
      get id(): string {
        return c.id;
      },
      get content(): string {
        return c.content;
      },
      set content(text: string) {
        this.book.queue(`comment ${c.id} content`, bytes(text), () => {
          if (!this.book.comments.includes(c)) throw fail("ItemNotFound");
          c.content = text;
        });
      },
      book: this as HighlightExcel,
      delete() {
        this.book.queue(`comment ${c.id} delete`, 10, () => {
          const index = this.book.comments.indexOf(c);
          if (index < 0) throw fail("ItemNotFound");
          this.book.comments.splice(index, 1);
        });
      },
      getLocation: () => {
        let address: { get: () => string } | undefined;
        const location = {
          load: () => {
            address = loaded(this, () => {
              const [row, column] = c.key.split(",").map(Number);
              return `'${c.sheet.name.replace(/'/g, "''")}'!${a1(row, column)}`;
            });
            return location;
          },
          get address(): string {
            if (!address) throw new Error("PropertyNotLoaded: address");
            return address.get();
          },
        };
        return location;
      },
    });
    let items: { get: () => ReturnType<typeof comment>[] } | undefined;
    const collection = {
      load: () => {
        items = loaded(this, () => this.comments.map(comment));
        return collection;
      },
      get items() {
        if (!items) throw new Error("PropertyNotLoaded: items");
        return items.get();
      },
      add: (range: HighlightRange, text: string) =>
        this.queue(`comment ${range.local} add`, bytes(text), () => {
          if (this.comments.some((c) => c.sheet === range.hlSheet && c.key === range.key))
            throw fail("InvalidArgument");
          this.comments.push({
            id: `c${this.nextComment++}`,
            sheet: range.hlSheet,
            key: range.key,
            content: text,
          });
        }),
    };
    return collection;
  }
}
