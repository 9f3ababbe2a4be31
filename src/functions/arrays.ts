/**
 * The convention of every SHNOR function for "a single value or a range, spilling the same shape":
 *
 * - declare each such argument and the result as `unknown[][]` in TypeScript; custom-functions-metadata
 *   writes `"type": "any", "dimensionality": "matrix"`, so Excel passes a single value as a 1×1 matrix and a
 *   range as its rows, and a 1×1 result shows as a plain value;
 * - call `mapCells` (one argument) or `zipCells` (several per-school arguments) with a core function that
 *   returns a `Result`; a failed cell becomes a `CustomFunctions.Error` with its Russian message and the other
 *   cells keep their values;
 * - district-wide arguments (`all_results`…) are not mapped: read them with `toCellMatrix` and flatten.
 */
import type { CellValue } from "../core/cells/cell-value";
import { issue } from "../core/issue-codes";
import type { Result } from "../core/result";
import { toExcelError } from "./excel-errors";

/** A value one cell of a custom function's result may hold. */
export type CellResult = string | number | boolean | CustomFunctions.Error;

/**
 * One value as Excel passes it, as a core `CellValue`: primitives as they are, an input error object as its
 * code text ("#N/A", so the core reports `excel-error`), a rich value (entity, formatted number) as its basic
 * value, anything else as blank.
 * @example toCellValue({ type: "Double", basicValue: 45.5 }) // 45.5
 */
export function toCellValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") return raw;
  if (typeof raw === "object") {
    const value = raw as { basicValue?: unknown; code?: unknown; errorType?: unknown };
    if (typeof value.code === "string") return value.code;
    if (value.basicValue !== undefined && typeof value.basicValue !== "object")
      return toCellValue(value.basicValue);
  }
  return null;
}

/**
 * An argument as a matrix of cell values: a range stays its rows, a single value (as a direct call or a test
 * passes it) becomes 1×1.
 * @example toCellMatrix("СОШ № 221") // [["СОШ № 221"]]
 * @example toCellMatrix([[1, 2], [3, 4]]) // [[1, 2], [3, 4]]
 */
export function toCellMatrix(arg: unknown): CellValue[][] {
  if (!Array.isArray(arg)) return [[toCellValue(arg)]];
  return arg.map((row: unknown) => (Array.isArray(row) ? row.map(toCellValue) : [toCellValue(row)]));
}

/**
 * A core result as a cell: the value, or the issue as a `CustomFunctions.Error` with its Russian message.
 * @example toCell({ ok: true, value: "221" }) // "221"
 */
export function toCell<T extends string | number | boolean>(result: Result<T>): CellResult {
  return result.ok ? result.value : toExcelError(result.issue);
}

/**
 * Applies a core function to every cell of an argument and returns a result of the same shape.
 * @example mapCells([["СОШ № 221"], ["ЦО № 162"]], schoolId) // [["221"], ["ЦО 162"]]
 * @example mapCells("", schoolId) // [[CustomFunctions.Error #N/A «Название школы пусто.»]]
 */
export function mapCells<T extends string | number | boolean>(
  arg: unknown,
  fn: (value: CellValue) => Result<T>,
): CellResult[][] {
  const matrix = toCellMatrix(arg);
  if (matrix.length === 0) return [[toExcelError(issue("empty"))]];
  return matrix.map((row) => row.map((value) => toCell(fn(value))));
}

/**
 * Applies a core function cell by cell to several arguments of one shape, Excel-style: a 1×1 argument is
 * repeated for every cell; arguments of different sizes give one #ЗНАЧ! (`shape-mismatch`).
 * @example zipCells([[[4], [6]], 2], ([a, b]) => ok(Number(a) / Number(b))) // [[2], [3]]
 */
export function zipCells<T extends string | number | boolean>(
  args: readonly unknown[],
  fn: (values: CellValue[]) => Result<T>,
): CellResult[][] {
  const matrices = args.map(toCellMatrix);
  const shaped = matrices.filter((m) => m.length !== 1 || m[0].length !== 1);
  const target = shaped[0] ?? matrices[0] ?? [];
  const rows = target.length;
  const columns = rows > 0 ? target[0].length : 0;
  const sameShape = (m: CellValue[][]): boolean =>
    m.length === rows && m.every((row) => row.length === columns);
  if (rows === 0 || !shaped.every(sameShape)) return [[toExcelError(issue("shape-mismatch"))]];
  return target.map((row, r) =>
    row.map((_, c) =>
      toCell(fn(matrices.map((m) => (m.length === 1 && m[0].length === 1 ? m[0][0] : m[r][c])))),
    ),
  );
}
