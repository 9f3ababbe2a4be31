/**
 * Highlighting of offending cells in the user's input sheets, shared by every host. A host supplies a
 * `LookAdapter` (how to read and write a cell's fill and note — never its value or formula) and a record
 * store (a setting); the functions here decide what to save, what to write and what to restore:
 *
 * - apply: remove the previous highlights first, then save each marked cell's fill and note under
 *   `HIGHLIGHTS_SETTING` and set the mark's fill and note;
 * - remove: put back the saved fill and note of each cell — but only the parts that still show the mark: a
 *   cell the user re-coloured, or whose note they edited since, is left as they made it — and clear the record.
 *
 * Fills and notes are kept in the host's own form (a colour for Office.js, an exceljs fill object for
 * `.xlsx`), as JSON; `null` means none.
 */
import { issue, type Issue } from "../core/issue-codes";
import { HIGHLIGHTS_SETTING, type CellMark } from "../core/validation/highlight-plan";
import type { OperationOptions } from "./workbook-host";
import { throwIfCancelled } from "./host-error";

export { HIGHLIGHTS_SETTING };

/**
 * The most cells one `applyHighlights` marks (the most serious findings first): enough for any real district
 * workbook, and it keeps the saved record (about 60 bytes a cell) well within one Office.js request.
 */
export const HIGHLIGHT_MAX_MARKS = 20_000;

/** A cell of a named sheet, A1 address. */
export interface CellRef {
  sheet: string;
  cell: string;
}

/** A cell's fill and note in the host's own JSON form; `null`: no fill, no note. */
export interface CellLook {
  fill: unknown;
  note: unknown;
}

/** A change to one cell: the parts to set (`null` clears), with the look it has now. */
export interface LookChange extends CellRef {
  current: CellLook;
  fill?: unknown;
  note?: unknown;
}

/** What a host provides to highlight cells: reading and writing fills and notes, nothing else. */
export interface LookAdapter {
  /** The looks of the cells, in order; undefined for a cell whose sheet no longer exists. */
  read(cells: readonly CellRef[]): Promise<(CellLook | undefined)[]>;
  /** Sets the given parts of each cell, leaving its value, formula and other formatting alone. */
  write(changes: readonly LookChange[]): Promise<void>;
  /** The host's fill for a mark colour "#RRGGBB". */
  toFill(color: string): unknown;
  /** The host's note for a mark text. */
  toNote(text: string): unknown;
  /** The colour of a host fill, "#RRGGBB" upper case, or null for none (or a fill without one colour). */
  fillColor(fill: unknown): string | null;
  /** The plain text of a host note, or null for none. */
  noteText(note: unknown): string | null;
  /** Features this host could not use (e.g. notes on an old Excel), reported with the outcome. */
  issues?: Issue[];
}

/**
 * The conversions of a host whose fills are colours "#RRGGBB" and whose notes are plain text (Excel, the memory
 * host): a subclass reads and writes the cells; fills are compared in upper case.
 * @example new MemoryLooks(() => ["ВПР"]).fillColor("#f4cccc") // "#F4CCCC"
 */
export abstract class TextLooks implements LookAdapter {
  abstract read(cells: readonly CellRef[]): Promise<(CellLook | undefined)[]>;
  abstract write(changes: readonly LookChange[]): Promise<void>;

  toFill(color: string): unknown {
    return color;
  }

  toNote(text: string): unknown {
    return text;
  }

  fillColor(fill: unknown): string | null {
    return typeof fill === "string" ? fill.toUpperCase() : null;
  }

  noteText(note: unknown): string | null {
    return typeof note === "string" ? note : null;
  }
}

/** Where the record of the current highlights is kept (the `HIGHLIGHTS_SETTING` setting). */
export interface RecordStore {
  load(): Promise<unknown>;
  /** Saves the record; `undefined` removes it. */
  save(record: HighlightRecord | undefined): Promise<void>;
}

/**
 * The record store of a host that keeps settings itself (`getSetting` / `setSetting`): the record lives under
 * `HIGHLIGHTS_SETTING`.
 * @example settingsRecordStore(host).load() // the saved record, or undefined
 */
export function settingsRecordStore(host: {
  getSetting(key: string): Promise<unknown>;
  setSetting(key: string, value: unknown): Promise<void>;
}): RecordStore {
  return {
    load: () => host.getSetting(HIGHLIGHTS_SETTING),
    save: (record) => host.setSetting(HIGHLIGHTS_SETTING, record),
  };
}

/** One highlighted cell as saved: what it had before, and a fingerprint of the mark written. */
export interface SavedCell extends CellRef {
  /** The fill before the mark (host form), null: none. */
  fill: unknown;
  /** The note before the mark (host form), null: none. */
  note: unknown;
  /** The mark's fill colour, "#RRGGBB". */
  markFill: string;
  /** `textHash` of the mark's note text. */
  markNote: string;
}

/** The saved record of the highlights currently in a workbook. */
export interface HighlightRecord {
  version: 1;
  cells: SavedCell[];
}

/** What `applyHighlights` did. */
export interface HighlightOutcome {
  /** Cells marked. */
  cells: number;
  /** What was left out (marks beyond the limit, notes this Excel cannot write), as Russian-message issues. */
  issues: Issue[];
}

/** Options of `applyHighlights`: cancellation and progress as for reads and writes. */
export type HighlightOptions = OperationOptions;

/**
 * A short fingerprint of a text (FNV-1a, 32 bits, hex), to tell later whether a note is still ours without
 * saving its whole text.
 * @example textHash("ШНОР — ошибка") // "…8 hex digits…"
 */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * The marks to write: at most `max`, the most serious first (finding order kept within a severity), and
 * the issue saying how many were left out.
 * @example limitMarks(marks, 2).issues // [{ code: "highlights-limited", params: { count: 2, total: 5 } }] for 5 marks
 */
export function limitMarks(
  marks: readonly CellMark[],
  max: number = HIGHLIGHT_MAX_MARKS,
): { marks: CellMark[]; issues: Issue[] } {
  if (marks.length <= max) return { marks: [...marks], issues: [] };
  const kept = marks
    .map((mark, index) => ({ mark, index }))
    .sort((a, b) => RANK[a.mark.severity] - RANK[b.mark.severity] || a.index - b.index)
    .slice(0, max)
    .sort((a, b) => a.index - b.index)
    .map(({ mark }) => mark);
  return { marks: kept, issues: [issue("highlights-limited", { count: max, total: marks.length })] };
}

/**
 * The saved cells of a record read back from a setting; anything malformed (a hand-edited setting) is
 * dropped, never thrown on.
 * @example savedCells({ version: 1, cells: [{ sheet: "ВПР", cell: "E7", fill: null, note: null, markFill: "#F4CCCC", markNote: "0a1b2c3d" }] }).length // 1
 */
export function savedCells(record: unknown): SavedCell[] {
  if (typeof record !== "object" || record === null) return [];
  const cells = (record as { cells?: unknown }).cells;
  if (!Array.isArray(cells)) return [];
  return (cells as unknown[]).filter((c): c is SavedCell => {
    if (typeof c !== "object" || c === null) return false;
    const cell = c as Partial<Record<keyof SavedCell, unknown>>;
    return (
      typeof cell.sheet === "string" &&
      typeof cell.cell === "string" &&
      typeof cell.markFill === "string" &&
      typeof cell.markNote === "string" &&
      "fill" in cell &&
      "note" in cell
    );
  });
}

const sameColor = (a: string | null, b: string): boolean => a !== null && a.toUpperCase() === b.toUpperCase();

/**
 * The changes that undo the saved marks, given the cells' current looks: a part is restored only while it
 * still shows the mark.
 * @example restoreChanges(saved, looks, adapter) // [{ sheet: "ВПР", cell: "E7", fill: null, note: "моя заметка", current }]
 */
export function restoreChanges(
  saved: readonly SavedCell[],
  looks: readonly (CellLook | undefined)[],
  adapter: Pick<LookAdapter, "fillColor" | "noteText">,
): LookChange[] {
  const changes: LookChange[] = [];
  saved.forEach((cell, i) => {
    const current = looks[i];
    if (!current) return;
    const change: LookChange = { sheet: cell.sheet, cell: cell.cell, current };
    if (sameColor(adapter.fillColor(current.fill), cell.markFill)) change.fill = cell.fill;
    const text = adapter.noteText(current.note);
    if (text !== null && textHash(text) === cell.markNote) change.note = cell.note;
    if ("fill" in change || "note" in change) changes.push(change);
  });
  return changes;
}

/**
 * Removes the highlights recorded in the store and clears the record; returns the cells restored.
 * @example await removeHighlightsWith(adapter, store) // 12
 */
export async function removeHighlightsWith(
  adapter: LookAdapter,
  store: RecordStore,
  options: HighlightOptions = {},
): Promise<number> {
  const record = await store.load();
  if (record === undefined) return 0;
  const restored = await restoreSaved(adapter, savedCells(record), options);
  throwIfCancelled(options.signal);
  await store.save(undefined);
  return restored;
}

/**
 * Highlights the cells of `marks`: removes earlier highlights, reads each cell's fill and note, saves them
 * (the record), then writes the marks.
 * @example (await applyHighlightsWith(adapter, store, highlightPlan(findings).marks)).cells // 12
 */
export async function applyHighlightsWith(
  adapter: LookAdapter,
  store: RecordStore,
  marks: readonly CellMark[],
  options: HighlightOptions = {},
): Promise<HighlightOutcome> {
  const previous = await store.load();
  if (previous !== undefined) await restoreSaved(adapter, savedCells(previous), options);
  const limited = limitMarks(marks);
  throwIfCancelled(options.signal);
  const looks = limited.marks.length > 0 ? await adapter.read(limited.marks) : [];
  const saved: SavedCell[] = [];
  const changes: LookChange[] = [];
  limited.marks.forEach((mark, i) => {
    const current = looks[i];
    if (!current) return;
    const { sheet, cell } = mark;
    saved.push({
      sheet,
      cell,
      fill: current.fill,
      note: current.note,
      markFill: mark.fill,
      markNote: textHash(mark.note),
    });
    changes.push({ sheet, cell, current, fill: adapter.toFill(mark.fill), note: adapter.toNote(mark.note) });
  });
  throwIfCancelled(options.signal);
  // The record is saved before the marks are written: should writing fail half-way, a removal still finds
  // every marked cell, and it leaves alone any cell that does not show its mark, so no user's note is lost.
  await store.save(saved.length > 0 ? { version: 1, cells: saved } : undefined);
  await adapter.write(changes);
  options.onProgress?.(changes.length, changes.length);
  return { cells: saved.length, issues: [...limited.issues, ...(adapter.issues ?? [])] };
}

async function restoreSaved(
  adapter: LookAdapter,
  saved: readonly SavedCell[],
  options: HighlightOptions,
): Promise<number> {
  if (saved.length === 0) return 0;
  throwIfCancelled(options.signal);
  const changes = restoreChanges(saved, await adapter.read(saved), adapter);
  throwIfCancelled(options.signal);
  if (changes.length > 0) await adapter.write(changes);
  return changes.length;
}
