/**
 * A cell range as a custom function receives it: rows of cells, or a single value. Cells are primitives or the
 * runtime's plain objects (an input error `{ code }`, a rich value `{ basicValue }`).
 */
export type RangeLike = unknown;

/** The cells of the ranges, row-major, one range after another, stored for exact comparison. */
interface StoredCells {
  /** How many cells. */
  length: number;
  /** Numbers in a typed array (the common case, compared without boxing); NaN where the cell is not a number. */
  numbers: Float64Array;
  /** 1 where the cell is not a number; its value is then in `others`. */
  isOther: Uint8Array;
  others: unknown[];
}

interface Entry<V> {
  probe: string;
  cells: StoredCells;
  value: V;
}

/** How many cells of each range go into the probe (few: a wrong candidate fails fast in the comparison). */
const SAMPLES = 2;

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
function copyCells(ranges: readonly RangeLike[]): StoredCells {
  const flat: unknown[] = [];
  for (const range of ranges) {
    if (!Array.isArray(range)) {
      flat.push(range);
      continue;
    }
    for (const row of range as readonly unknown[]) {
      if (Array.isArray(row)) for (const cell of row as readonly unknown[]) flat.push(cell);
      else flat.push(row);
    }
  }
  const numbers = new Float64Array(flat.length);
  const isOther = new Uint8Array(flat.length);
  const others: unknown[] = [];
  flat.forEach((cell, k) => {
    if (typeof cell === "number") numbers[k] = cell;
    else {
      numbers[k] = Number.NaN;
      isOther[k] = 1;
      others[k] = cell;
    }
  });
  return { length: flat.length, numbers, isOther, others };
}

/** The hot loop: numbers against the typed array, anything else by value. */
function sameCells(ranges: readonly RangeLike[], stored: StoredCells): boolean {
  const pair = sameColumnPair(ranges, stored);
  return pair === undefined ? sameCellsGeneral(ranges, stored) : pair;
}

/**
 * The district functions' common case — two n×1 columns (results, contexts) — in one loop over both, without
 * per-row shape checks: Excel passes matrix arguments as rectangular arrays of row arrays, so a first row of
 * width 1 means every row has width 1. A row that is not an array (only a caller of ours could pass one) either
 * reads a different value, and so misses, or throws, and then the general comparison decides. Undefined when
 * the ranges have another shape.
 */
function sameColumnPair(ranges: readonly RangeLike[], stored: StoredCells): boolean | undefined {
  if (ranges.length !== 2) return undefined;
  if (!Array.isArray(ranges[0]) || !Array.isArray(ranges[1])) return undefined;
  const a = ranges[0] as readonly (readonly unknown[])[];
  const b = ranges[1] as readonly (readonly unknown[])[];
  const n = a.length;
  if (n === 0 || b.length !== n || n * 2 !== stored.length) return undefined;
  if (!Array.isArray(a[0]) || !Array.isArray(b[0]) || a[0].length !== 1 || b[0].length !== 1)
    return undefined;
  const { numbers } = stored;
  try {
    for (let r = 0; r < n; r++) {
      const x: unknown = a[r][0];
      const y: unknown = b[r][0];
      if (!(typeof x === "number" && x === numbers[r]) && !sameAt(x, stored, r)) return false;
      if (!(typeof y === "number" && y === numbers[n + r]) && !sameAt(y, stored, n + r)) return false;
    }
  } catch {
    return undefined;
  }
  return true;
}

/** Any shapes: the ranges one after another, row-major. */
function sameCellsGeneral(ranges: readonly RangeLike[], stored: StoredCells): boolean {
  const { numbers } = stored;
  let k = 0;
  for (const range of ranges) {
    if (!Array.isArray(range)) {
      if (!sameAt(range, stored, k++)) return false;
      continue;
    }
    const rows = range as readonly unknown[];
    if (k + rows.length > stored.length) return false;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as readonly unknown[];
      if (Array.isArray(row) && row.length === 1) {
        // A district column: one cell per row, compared without an inner loop (the common case).
        // A stored non-number is NaN in `numbers`, equal to nothing, so one comparison settles a number.
        const cell: unknown = row[0];
        if (typeof cell === "number") {
          if (cell !== numbers[k] && !sameAt(cell, stored, k)) return false;
        } else if (!sameAt(cell, stored, k)) return false;
        k++;
        continue;
      }
      if (!Array.isArray(row)) {
        if (!sameAt(row, stored, k++)) return false;
        continue;
      }
      for (let c = 0; c < row.length; c++) {
        const cell: unknown = row[c];
        if (typeof cell === "number" && cell === numbers[k]) {
          k++;
          continue;
        }
        if (!sameAt(cell, stored, k)) return false;
        k++;
      }
    }
  }
  return k === stored.length;
}

/** The slow comparison of one cell: NaN, text, blanks, booleans, runtime objects by value. */
function sameAt(cell: unknown, stored: StoredCells, k: number): boolean {
  if (k >= stored.length) return false;
  if (stored.isOther[k] === 0) {
    const n = stored.numbers[k];
    return typeof cell === "number" && (cell === n || (Number.isNaN(cell) && Number.isNaN(n)));
  }
  const other = stored.others[k];
  if (cell === other) return true;
  if (cell !== null && other !== null && typeof cell === "object" && typeof other === "object")
    return JSON.stringify(cell) === JSON.stringify(other);
  return false;
}
