const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** The running state of the hash: two 32-bit lanes and a position-weighted sum. */
interface HashState {
  h1: number;
  h2: number;
  sum: number;
  pos: number;
}

/**
 * A content key for cell ranges (rows of cells, or single values; runtime objects such as an input error
 * `{ code }` or a rich value `{ basicValue }` count by that code or value), computed in ONE pass: two 32-bit
 * multiply–xorshift lanes over the bits of every number (one over the high word, one over the low word mixed
 * with the rotated high word, so both carry information even for round numbers like 45,5), a
 * position-weighted sum, and the shapes. Use it where a string key is needed; for caching by district range
 * `ContentCache` is exact and cheaper (one comparison pass, no bit mixing).
 *
 * @example rangeKey([[1], [2]], [[3], [4]]) === rangeKey([[1], [2]], [[3], [4]]) // true
 * @example rangeKey([[1], [2]]) === rangeKey([[2], [1]]) // false
 */
export function rangeKey(...ranges: unknown[]): string {
  const state: HashState = { h1: 0x811c9dc5 | 0, h2: 0x9747b28c | 0, sum: 0, pos: 1 };
  let shape = "";
  for (const range of ranges) {
    if (!Array.isArray(range)) {
      shape += "s;";
      mixOther(range, state);
      continue;
    }
    const rows = range as readonly unknown[];
    shape += `${rows.length}x${rows.length > 0 && Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : 0};`;
    hashRows(rows, state);
  }
  return `${shape}${(state.h1 >>> 0).toString(36)}.${(state.h2 >>> 0).toString(36)}:${state.sum}`;
}

/** The hot loop: numbers inline, anything else through `mixOther`. */
function hashRows(rows: readonly unknown[], state: HashState): void {
  let h1 = state.h1;
  let h2 = state.h2;
  let sum = state.sum;
  let pos = state.pos;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const cells = (Array.isArray(row) ? row : [row]) as readonly unknown[];
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (typeof cell === "number") {
        f64[0] = cell;
        const lo = u32[0];
        const hi = u32[1];
        h1 = Math.imul(h1 ^ lo ^ ((hi << 11) | (hi >>> 21)), 0x01000193);
        h1 ^= h1 >>> 15;
        h2 = Math.imul(h2 ^ hi, 0x5bd1e995);
        h2 ^= h2 >>> 13;
        sum += cell * pos++;
      } else {
        Object.assign(state, { h1, h2, sum, pos });
        mixOther(cell, state);
        ({ h1, h2, sum, pos } = state);
      }
    }
  }
  Object.assign(state, { h1, h2, sum, pos });
}

/** Mixes one 32-bit word into both lanes. */
function mixWord(state: HashState, word: number): void {
  state.h1 = Math.imul(state.h1 ^ word, 0x01000193);
  state.h1 ^= state.h1 >>> 15;
  state.h2 = Math.imul(state.h2 ^ ((word << 7) | (word >>> 25)), 0x5bd1e995);
  state.h2 ^= state.h2 >>> 13;
}

/** The slow path: a number outside the hot loop, text, a boolean, a blank, or a runtime object. */
function mixOther(cell: unknown, state: HashState): void {
  if (typeof cell === "number") {
    f64[0] = cell;
    mixWord(state, 0x4e554d00);
    mixWord(state, u32[0]);
    mixWord(state, u32[1]);
    state.sum += cell * state.pos++;
  } else if (typeof cell === "string") {
    mixWord(state, 0x53000000 ^ cell.length);
    for (let i = 0; i < cell.length; i++) mixWord(state, cell.charCodeAt(i));
    state.sum += cell.length * 0.5 * state.pos++;
  } else if (typeof cell === "boolean") {
    mixWord(state, cell ? 0xb1 : 0xb0);
    state.pos++;
  } else if (cell !== null && typeof cell === "object") {
    const value = cell as { code?: unknown; basicValue?: unknown };
    mixWord(state, 0x0b);
    const inner = typeof value.code === "string" ? `#${value.code}` : value.basicValue;
    mixOther(typeof inner === "object" ? undefined : inner, state);
  } else {
    mixWord(state, cell === null ? 0x4e : 0x55);
    state.pos++;
  }
}
