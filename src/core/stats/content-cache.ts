/**
 * A cell range as a custom function receives it: rows of cells, or a single value. Cells are primitives or the
 * runtime's plain objects (an input error `{ code }`, a rich value `{ basicValue }`).
 */
export type RangeLike = unknown;

interface Entry<V> {
  probe: string;
  /** Every cell of the ranges, row-major, one range after another: what a hit is verified against. */
  cells: unknown[];
  value: V;
}

/** How many cells of each range go into the probe. */
const SAMPLES = 8;

/**
 * A small bounded LRU cache keyed by the CONTENT of cell ranges, exactly. Excel hands every custom-function call
 * fresh arrays, so identity cannot tell that 10,000 cells share one district range; content can. A lookup
 * builds a cheap probe (the shapes and a few sampled cells), and a candidate with that probe is confirmed by
 * comparing every cell with the stored copy: the cost per call is one comparison pass over the ranges (no
 * parsing, no hashing of bits, no allocation per cell), and a hit is never a guess — a range that differs in
 * one cell is a miss. A miss computes the value and stores one copy of the cells. Memory: `capacity` copies.
 *
 * @example
 * const cache = new ContentCache<number>(4);
 * cache.getOrCompute([[[1], [2]]], "", () => 3); // 3 (computed)
 * cache.getOrCompute([[[1], [2]]], "", () => 99); // 3 (same content in fresh arrays: a hit)
 */
export class ContentCache<V> {
  private entries: Entry<V>[] = [];

  constructor(private readonly capacity: number) {
    if (!(capacity >= 1)) throw new Error("ContentCache capacity must be at least 1");
  }

  /** How many entries are held. */
  get size(): number {
    return this.entries.length;
  }

  /**
   * The value cached for these ranges and `extra` (other arguments that change the value, e.g. "k=4"),
   * computing and storing it on a miss; the least recently used entry is evicted beyond the capacity.
   */
  getOrCompute(ranges: readonly RangeLike[], extra: string, compute: () => V): V {
    const probe = `${extra}|${probeOf(ranges)}`;
    const entries = this.entries;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      if (entry.probe === probe && sameCells(ranges, entry.cells)) {
        if (i !== entries.length - 1) {
          entries.splice(i, 1);
          entries.push(entry);
        }
        return entry.value;
      }
    }
    const value = compute();
    entries.push({ probe, cells: copyCells(ranges), value });
    if (entries.length > this.capacity) entries.shift();
    return value;
  }

  /** Forgets everything (tests, benchmarks). */
  clear(): void {
    this.entries = [];
  }
}

/** The shapes of the ranges and a few evenly spaced cells of each. */
function probeOf(ranges: readonly RangeLike[]): string {
  let probe = "";
  for (const range of ranges) {
    if (!Array.isArray(range)) {
      probe += `s:${text(range)};`;
      continue;
    }
    const rows = range as readonly unknown[];
    const first = rows.length > 0 && Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : -1;
    probe += `${rows.length}x${first}:`;
    const step = Math.max(1, Math.floor(rows.length / SAMPLES));
    for (let r = 0; r < rows.length; r += step) {
      const row = rows[r];
      probe += `${text(Array.isArray(row) ? (row as unknown[])[0] : row)},`;
    }
    probe += ";";
  }
  return probe;
}

function text(cell: unknown): string {
  if (typeof cell === "string") return JSON.stringify(cell);
  if (cell !== null && typeof cell === "object") return JSON.stringify(cell);
  return String(cell);
}

/** Every cell, row-major, one range after another. */
function copyCells(ranges: readonly RangeLike[]): unknown[] {
  const cells: unknown[] = [];
  for (const range of ranges) {
    if (!Array.isArray(range)) {
      cells.push(range);
      continue;
    }
    for (const row of range as readonly unknown[]) {
      if (Array.isArray(row)) for (const cell of row as readonly unknown[]) cells.push(cell);
      else cells.push(row);
    }
  }
  return cells;
}

/** The hot loop: one strict comparison per cell, objects and NaN by value. */
function sameCells(ranges: readonly RangeLike[], cells: readonly unknown[]): boolean {
  let k = 0;
  for (const range of ranges) {
    if (!Array.isArray(range)) {
      if (!same(range, cells[k++])) return false;
      continue;
    }
    const rows = range as readonly unknown[];
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!Array.isArray(row)) {
        if (!same(row, cells[k++])) return false;
        continue;
      }
      for (let c = 0; c < row.length; c++) {
        const cell: unknown = row[c];
        const stored = cells[k++];
        if (cell !== stored && !same(cell, stored)) return false;
      }
    }
  }
  return k === cells.length;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "number") return Number.isNaN(a) && Number.isNaN(b);
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object")
    return JSON.stringify(a) === JSON.stringify(b);
  return false;
}
