/**
 * How the Office.js host cuts the cells of a generated sheet into requests. Every `context.sync()` is one
 * request carrying everything queued before it, and Excel on the web refuses a request above 5 MB
 * (`RequestPayloadSizeLimitExceeded`). So rows are written in chunks — one `formulas` array and one
 * `numberFormat` array each — of at most `CHUNK_MAX_CELLS` cells and at most `WRITE_CHUNK_MAX_BYTES` bytes of
 * JSON (measured, not estimated: long Cyrillic texts count in full), and `CHUNKS_PER_SYNC` chunks go in one
 * sync, so a sync never carries more than `SYNC_PAYLOAD_BUDGET_BYTES`. The value syncs of a plan are
 * `ceil(chunks / CHUNKS_PER_SYNC)`, the same rule as for reading (`excel-chunks.ts`).
 *
 * Text cells get the number format "@" before their text arrives in the same request, so Excel keeps them as
 * typed: "=1+1" stays the text "=1+1", "45,5" and "007" stay text. Cells with nothing to set are `null`
 * in both arrays, which Office.js leaves untouched.
 */
import type { PlanCell, SheetPlan } from "../core/plans/sheet-plan";
import { CHUNKS_PER_SYNC, SYNC_PAYLOAD_BUDGET_BYTES, rowsPerChunk } from "./excel-chunks";

/** The most JSON bytes one chunk may carry, so that a full batch of chunks stays within the budget. */
export const WRITE_CHUNK_MAX_BYTES = Math.floor(SYNC_PAYLOAD_BUDGET_BYTES / CHUNKS_PER_SYNC);

/** The number format that makes Excel keep a cell's input as text. */
export const TEXT_FORMAT = "@";

/** A cell as `range.formulas` takes it; `null` leaves the cell as it is. */
export type FormulaInput = string | number | boolean | null;

/** Rows `startRow … startRow + rowCount − 1` of the plan, written as one range of `columnCount` columns. */
export interface WriteChunk {
  startRow: number;
  rowCount: number;
  columnCount: number;
  /** The JSON size of the chunk's two arrays, in UTF-8 bytes. */
  bytes: number;
}

/**
 * A plan cell as written through `range.formulas`: text as is (kept text by the "@" format), formulas with
 * their "=", empty cells `null`.
 * @example formulaInput({ kind: "formula", formula: "=B2-A2" }) // "=B2-A2"
 */
export function formulaInput(cell: PlanCell | undefined): FormulaInput {
  if (!cell) return null;
  switch (cell.kind) {
    case "text":
      return cell.text;
    case "formula":
      return cell.formula;
    case "number":
    case "boolean":
      return cell.value;
    case "empty":
      return null;
  }
}

/**
 * The UTF-8 size of a string, as it travels in a request (Cyrillic letters take 2 bytes).
 * @example utf8Bytes("Школа") // 10
 */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4; // a pair: one code point above U+FFFF
      i++;
    } else bytes += 3; // the rest of the BMP; a lone surrogate travels as U+FFFD
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The cells of a plan as Office.js arrays, row by row: formula inputs and number formats. A style's number
 * format applies to the cells it covers (the last style wins); text cells always get "@".
 */
export class PlanGrid {
  readonly rowCount: number;
  readonly columnCount: number;
  private readonly formatsByRow = new Map<number, { from: number; to: number; format: string }[]>();

  constructor(private readonly plan: Pick<SheetPlan, "rows" | "styles">) {
    this.rowCount = plan.rows.length;
    this.columnCount = Math.max(0, ...plan.rows.map((row) => row.length));
    for (const { range, style } of plan.styles ?? []) {
      if (style.numberFormat === undefined) continue;
      const last = Math.min(range.row + (range.rowCount ?? 1), this.rowCount);
      const span = {
        from: range.column,
        to: range.column + (range.columnCount ?? 1),
        format: style.numberFormat,
      };
      for (let r = range.row; r < last; r++) {
        const list = this.formatsByRow.get(r);
        if (list) list.push(span);
        else this.formatsByRow.set(r, [span]);
      }
    }
  }

  /**
   * Row `r` as `range.formulas` takes it, `columnCount` wide.
   * @example new PlanGrid({ rows: [[text("a")], []] }).formulas(1) // [null]
   */
  formulas(r: number): FormulaInput[] {
    const row = this.plan.rows[r];
    return Array.from({ length: this.columnCount }, (_, c) => formulaInput(row[c]));
  }

  /**
   * Row `r`'s number formats: "@" for text, a style's format, or `null` (left as is).
   * @example new PlanGrid({ rows: [[text("=1+1"), num(2)]] }).formats(0) // ["@", null]
   */
  formats(r: number): (string | null)[] {
    const formats: (string | null)[] = new Array<string | null>(this.columnCount).fill(null);
    for (const { from, to, format } of this.formatsByRow.get(r) ?? []) {
      for (let c = from; c < Math.min(to, this.columnCount); c++) formats[c] = format;
    }
    this.plan.rows[r].forEach((cell, c) => {
      if (cell.kind === "text") formats[c] = TEXT_FORMAT;
    });
    return formats;
  }

  /**
   * The JSON size of row `r` in both arrays, in bytes (with the separating commas).
   * @example new PlanGrid({ rows: [[num(1)]] }).rowBytes(0) // 3 + 6 + 2
   */
  rowBytes(r: number): number {
    return utf8Bytes(JSON.stringify(this.formulas(r))) + utf8Bytes(JSON.stringify(this.formats(r))) + 2;
  }
}

/**
 * The chunks of a plan's rows, in order: each at most `CHUNK_MAX_CELLS` cells and `WRITE_CHUNK_MAX_BYTES`
 * bytes (a single row over that size is a chunk of its own). An empty plan gives none.
 * @example planWriteChunks(new PlanGrid({ rows: Array(7000).fill([num(1), num(2)]) })).length // 1
 */
export function planWriteChunks(grid: PlanGrid): WriteChunk[] {
  const chunks: WriteChunk[] = [];
  if (grid.columnCount === 0) return chunks;
  const maxRows = rowsPerChunk(grid.columnCount);
  let current: WriteChunk | undefined;
  for (let r = 0; r < grid.rowCount; r++) {
    const bytes = grid.rowBytes(r);
    if (current && current.rowCount < maxRows && current.bytes + bytes <= WRITE_CHUNK_MAX_BYTES) {
      current.rowCount++;
      current.bytes += bytes;
    } else {
      current = { startRow: r, rowCount: 1, columnCount: grid.columnCount, bytes };
      chunks.push(current);
    }
  }
  return chunks;
}
