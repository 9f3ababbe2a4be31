import type { CellValue } from "../cells/cell-value";
import { parseNumber } from "../cells/russian-number";
import { issue } from "../issue-codes";
import { fail, ok, type Result } from "../result";

/**
 * The numbers of a district column: every cell that reads as a number (Russian format allowed: "45,5"),
 * skipping blanks, dashes, «н/д», Excel errors and text — a district range with a gap is still a district.
 *
 * @example numericColumn([45.5, "", "-", "38,2", "нет", "#Н/Д"]) // [45.5, 38.2]
 */
export function numericColumn(cells: readonly CellValue[]): number[] {
  const out: number[] = [];
  for (const cell of cells) {
    // Fast path: a plain finite number needs no parsing.
    if (typeof cell === "number") {
      if (Number.isFinite(cell)) out.push(cell);
      continue;
    }
    const parsed = parseNumber(cell);
    if (parsed.ok) out.push(parsed.value);
  }
  return out;
}

/** Paired district values: x[i] and y[i] come from the same row (school). */
export interface NumericPairs {
  x: number[];
  y: number[];
}

/**
 * The rows of two parallel district columns where both cells are numbers (a school without its context value
 * takes no part in the clustering, like the special schools of the seed). The columns must be the same length.
 *
 * @example numericPairs([50, "-", 40, 30], [1, 2, "", "0,5"]) // ok({ x: [50, 30], y: [1, 0.5] })
 * @example numericPairs([1, 2], [1]) // fail: "shape-mismatch"
 */
export function numericPairs(xs: readonly CellValue[], ys: readonly CellValue[]): Result<NumericPairs> {
  if (xs.length !== ys.length) return fail(issue("shape-mismatch"));
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    const a = readCell(xs[i]);
    if (a === undefined) continue;
    const b = readCell(ys[i]);
    if (b === undefined) continue;
    x.push(a);
    y.push(b);
  }
  return ok({ x, y });
}

/** A cell's number, or undefined when it holds none (blank, dash, text, error). */
function readCell(cell: CellValue): number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  const parsed = parseNumber(cell);
  return parsed.ok ? parsed.value : undefined;
}

/**
 * The cells of a range row by row, as one list (a district column may arrive as a row or a column).
 *
 * @example flattenGrid([[1, 2], [3, ""]]) // [1, 2, 3, ""]
 */
export function flattenGrid(grid: readonly (readonly CellValue[])[]): CellValue[] {
  const out: CellValue[] = [];
  for (const row of grid) for (const cell of row) out.push(cell);
  return out;
}
