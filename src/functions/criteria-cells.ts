/**
 * Cell coercion shared by the criteria and indicator functions, on top of the convention of `arrays.ts`:
 * optional arguments, yes/no and numeric options, a school's own numbers (errors for bad text) and district
 * ranges (numbers kept, the rest skipped). Nothing here throws.
 */
import type { CellValue } from "../core/cells/cell-value";
import { parseNumber } from "../core/cells/russian-number";
import { issue } from "../core/issue-codes";
import { fail, ok, type Result } from "../core/result";
import type { CellResult } from "./arrays";
import { toCellMatrix, toCellValue } from "./arrays";
import { toExcelError } from "./excel-errors";

/** What a custom function may receive for a parameter: a value, a range, or nothing (omitted). */
export type Arg = unknown;

/**
 * Runs a function body and turns an unexpected exception (a bug) into a #ЗНАЧ! cell instead of throwing.
 * @example guarded(() => [[1]]) // [[1]]
 */
export function guarded(body: () => CellResult[][]): CellResult[][] {
  try {
    return body();
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return [[toExcelError(issue("bad-argument", { name: "(внутренняя ошибка)", text }))]];
  }
}

/** True when an optional parameter was left out (or points at one blank cell); never copies a range. */
export function omitted(arg: Arg): boolean {
  if (arg === undefined || arg === null || arg === "") return true;
  if (!Array.isArray(arg)) return false;
  if (arg.length !== 1) return false;
  const row: unknown = arg[0];
  if (!Array.isArray(row)) return row === null || row === undefined || row === "";
  if (row.length !== 1) return false;
  const cell = toCellValue(row[0]);
  return cell === undefined || cell === null || cell === "";
}

/**
 * A range argument as rows without copying it (district ranges are large and read many times); a single
 * value or a ragged argument goes through `toCellMatrix`. Cells may still be rich values: read them with
 * `cellOf`.
 * @example rawGrid([[1], [2]]) // the same array
 */
export function rawGrid(arg: Arg): CellValue[][] {
  if (Array.isArray(arg) && arg.length > 0 && arg.every((row) => Array.isArray(row)))
    return arg as CellValue[][];
  return toCellMatrix(arg);
}

/**
 * A cell as a plain value: primitives as they are, rich values (entities, formatted numbers) through
 * `toCellValue`.
 * @example cellOf({ type: "Double", basicValue: 45.5 }) // 45.5
 */
export function cellOf(raw: unknown): CellValue {
  return raw !== null && typeof raw === "object" ? toCellValue(raw) : (raw as CellValue);
}

/** The single value of a scalar parameter (the top-left cell of a range). */
export function scalar(arg: Arg): CellValue {
  return toCellMatrix(arg)[0]?.[0];
}

/**
 * A school's own number: percents may carry "%", Russian decimal comma allowed.
 * @example ownNumber("35,5 %") // { ok: true, value: 35.5 }
 */
export function ownNumber(cell: CellValue): Result<number> {
  return parseNumber(cellOf(cell), { percent: true });
}

/**
 * The numbers of a district range, skipping blanks, dashes, text and errors.
 * @example districtNumbers([[1, "-"], ["2,5", "нет"]]) // [1, 2.5]
 */
export function districtNumbers(grid: readonly (readonly CellValue[])[]): number[] {
  const out: number[] = [];
  for (const row of grid)
    for (const cell of row) {
      if (typeof cell === "number") {
        if (Number.isFinite(cell)) out.push(cell);
        continue;
      }
      const parsed = parseNumber(cellOf(cell), { percent: true });
      if (parsed.ok) out.push(parsed.value);
    }
  return out;
}

/** A cell as a number or undefined (blank, dash, text, error) — for district columns read by position. */
export function optionalNumber(cell: CellValue): number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  const parsed = parseNumber(cellOf(cell), { percent: true });
  return parsed.ok ? parsed.value : undefined;
}

/**
 * A yes/no parameter: ИСТИНА/ЛОЖЬ, 1/0, «да»/«нет»; the default when omitted.
 * @example booleanArg("нет", true) // { ok: true, value: false }
 */
export function booleanArg(arg: Arg, fallback: boolean, name: string): Result<boolean> {
  if (omitted(arg)) return ok(fallback);
  const value = scalar(arg);
  if (typeof value === "boolean") return ok(value);
  if (typeof value === "number") return value === 1 || value === 0 ? ok(value === 1) : badArg(name, value);
  const text = String(value).trim().toLowerCase();
  if (["да", "истина", "true", "1"].includes(text)) return ok(true);
  if (["нет", "ложь", "false", "0"].includes(text)) return ok(false);
  return badArg(name, value);
}

/**
 * A numeric option: its default when omitted, an error for text.
 * @example numberArg("0,3", 0.25, "доля") // { ok: true, value: 0.3 }
 */
export function numberArg(arg: Arg, fallback: number, name: string): Result<number> {
  if (omitted(arg)) return ok(fallback);
  const parsed = parseNumber(scalar(arg), { percent: true });
  return parsed.ok ? parsed : badArg(name, scalar(arg));
}

function badArg<T>(name: string, value: CellValue): Result<T> {
  return fail(issue("bad-argument", { name: `«${name}»`, text: `«${String(value)}» не подходит` }));
}

/** Reads every cell as a school's own number, or returns the first cell's error. */
export function ownNumbers(cells: readonly CellValue[]): Result<number[]> {
  const out: number[] = [];
  for (const cell of cells) {
    const parsed = ownNumber(cell);
    if (!parsed.ok) return parsed;
    out.push(parsed.value);
  }
  return ok(out);
}
