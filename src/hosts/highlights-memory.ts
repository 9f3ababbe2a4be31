import { TextLooks, type CellLook, type CellRef, type LookChange } from "./highlights";

/**
 * The fills and notes of an in-memory workbook (values live apart, in `MemoryHost`): a fill is a colour
 * "#RRGGBB", a note its text, `null` none. It is the `LookAdapter` of `MemoryHost`, so highlights in tests and
 * the preview behave as in Excel.
 *
 * @example
 * const looks = new MemoryLooks(() => ["ВПР 2023"]);
 * looks.set({ sheet: "ВПР 2023", cell: "E7" }, { fill: "#FFFF00", note: "моя заметка" });
 */
export class MemoryLooks extends TextLooks {
  private readonly looks = new Map<string, CellLook>();

  /** `sheets()` lists the workbook's sheet names (cells of other sheets read as undefined). */
  constructor(private readonly sheets: () => readonly string[]) {
    super();
  }

  /** The cell's fill and note (none when never set). */
  get(ref: CellRef): CellLook {
    const look = this.looks.get(key(ref));
    return look ? { ...look } : { fill: null, note: null };
  }

  /** Sets a cell's fill and note, as a user would (test setup). */
  set(ref: CellRef, look: CellLook): void {
    if (look.fill === null && look.note === null) this.looks.delete(key(ref));
    else this.looks.set(key(ref), { ...look });
  }

  /** Every cell with a fill or a note, "sheet!cell" → look (for before/after comparisons). */
  all(): Map<string, CellLook> {
    return new Map([...this.looks].map(([k, look]) => [k, { ...look }]));
  }

  read(cells: readonly CellRef[]): Promise<(CellLook | undefined)[]> {
    const names = new Set(this.sheets());
    return Promise.resolve(cells.map((ref) => (names.has(ref.sheet) ? this.get(ref) : undefined)));
  }

  write(changes: readonly LookChange[]): Promise<void> {
    for (const change of changes) {
      const look = this.get(change);
      if ("fill" in change) look.fill = change.fill ?? null;
      if ("note" in change) look.note = change.note ?? null;
      this.set(change, look);
    }
    return Promise.resolve();
  }
}

const key = (ref: CellRef): string => `${ref.sheet}!${ref.cell.toUpperCase()}`;
