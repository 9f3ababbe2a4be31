import type { CellValue } from "../cells/cell-value";
import { parseNumber } from "../cells/russian-number";
import { isPercentByNature, mayBePercent, type ColumnRole } from "./column-role";
import type { HeaderGuess } from "./header-synonyms";

/** How a column's numbers read: percents or not, and whether plain numbers are fractions of one. */
export interface ColumnUnits {
  percent: boolean;
  fractions: boolean;
}

/**
 * The cells of one column read in place, one per row: an array of values, or a column of a table's rows
 * (`tableColumn`), so that deciding units copies nothing.
 */
export interface CellColumn {
  readonly length: number;
  at(index: number): CellValue;
}

/**
 * A column of a table's rows as a `CellColumn`, without copying it.
 * @example tableColumn([{ cells: ["СОШ № 221", 25] }, { cells: ["СОШ № 223", 30] }], 1).at(1) // 30
 */
export function tableColumn(rows: readonly { cells: readonly CellValue[] }[], offset: number): CellColumn {
  return { length: rows.length, at: (index) => rows[index].cells[offset] };
}

/** A cell as a plain number (`parseNumber` with no options), or undefined; no allocation for number cells. */
function plainValue(value: CellValue): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (value === null || value === undefined || value === "") return undefined;
  const parsed = parseNumber(value);
  return parsed.ok ? parsed.value : undefined;
}

/**
 * Visits the plain numbers of a column: numbers and numeric text without a "%" sign (a "45,5%" is a percent
 * whatever the column says, so it does not tell whether plain numbers are fractions). Stops when `visit`
 * returns false.
 */
function eachPlainNumber(values: CellColumn, visit: (n: number) => boolean): void {
  for (let i = 0; i < values.length; i++) {
    const value = values.at(i);
    if (typeof value === "string" && value.includes("%")) continue;
    const n = plainValue(value);
    if (n !== undefined && !visit(n)) return;
  }
}

/**
 * True when a column's plain numbers are fractions of one: all within 0…1 and at least one not whole.
 * @example looksLikeFractions([0.455, 0.3, 1]) // true
 * @example looksLikeFractions([0, 1, 1]) // false
 */
export function looksLikeFractions(values: CellColumn): boolean {
  let any = false;
  let all = true;
  let fraction = false;
  eachPlainNumber(values, (n) => {
    any = true;
    if (n < 0 || n > 1) return (all = false);
    if (!Number.isInteger(n)) fraction = true;
    return true;
  });
  return any && all && fraction;
}

/** True when some plain number of a column is not whole. */
function hasNotWhole(values: CellColumn): boolean {
  let found = false;
  eachPlainNumber(values, (n) => !(found = !Number.isInteger(n)));
  return found;
}

/**
 * Decides the units of one column from its header and its numbers. The header decides when it names a unit;
 * else a role that is a percent by nature (ВПР-versus-journal shares, failure shares) is one; a role that may
 * be either (marks, contingent, staffing) is a percent when its numbers are fractions or, for marks, not whole.
 * Fractions are decided per column: all plain numbers within 0…1 and at least one not whole.
 *
 * @example columnUnits({ role: "mark2" }, ["12,5", "7,3"]) // { percent: true, fractions: false }
 * @example columnUnits({ role: "ovz", unit: "percent" }, [0.12, 0.05]) // { percent: true, fractions: true }
 * @example columnUnits({ role: "participants", unit: "count" }, [25, 30]) // { percent: false, fractions: false }
 */
export function columnUnits(guess: HeaderGuess | undefined, values: CellColumn): ColumnUnits {
  const percent = isPercentColumn(guess, values);
  return { percent, fractions: percent && looksLikeFractions(values) };
}

function isPercentColumn(guess: HeaderGuess | undefined, values: CellColumn): boolean {
  if (!guess) return false;
  if (guess.unit) return guess.unit === "percent";
  const role: ColumnRole = guess.role;
  if (isPercentByNature(role)) return true;
  if (!mayBePercent(role)) return false;
  if (looksLikeFractions(values)) return true;
  if (role.startsWith("mark")) return hasNotWhole(values);
  for (let i = 0; i < values.length; i++) {
    const v = values.at(i);
    if (typeof v === "string" && /%\s*$/u.test(v)) return true;
  }
  return false;
}

/**
 * For mark columns whose header names no unit: when every row's marks add up to about 100 (or 1), the marks
 * are percents (a ФИС ОКО table `2 | 3 | 4 | 5` of whole percents). Rows are given as arrays of mark cells.
 * @example marksSumToHundred([[10, 40, 40, 10], [0, 50, 30, 20]]) // true
 */
export function marksSumToHundred(rows: ReadonlyArray<readonly CellValue[]>): boolean {
  const width = rows.reduce((most, row) => Math.max(most, row.length), 0);
  const columns = Array.from({ length: width }, (_, k) => ({
    length: rows.length,
    at: (i: number) => rows[i][k],
  }));
  return marksSumToHundredIn(columns);
}

/**
 * `marksSumToHundred` over the mark columns read in place (`tableColumn`), all of the same length.
 * @example marksSumToHundredIn([[10, 0], [40, 50], [40, 30], [10, 20]]) // true
 */
export function marksSumToHundredIn(columns: readonly CellColumn[]): boolean {
  const count = columns.length === 0 ? 0 : columns[0].length;
  let checked = 0;
  for (let r = 0; r < count; r++) {
    let numbers = 0;
    let sum = 0;
    for (const column of columns) {
      const n = plainValue(column.at(r));
      if (n === undefined) continue;
      numbers++;
      sum += n;
    }
    if (numbers < 3) continue;
    if (Math.abs(sum - 100) > 1.5 && Math.abs(sum - 1) > 0.015) return false;
    checked++;
  }
  return checked > 0;
}
