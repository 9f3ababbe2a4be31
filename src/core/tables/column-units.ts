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
 * The plain numbers of a column: numbers and numeric text without a "%" sign (a "45,5%" is a percent
 * whatever the column says, so it does not tell whether plain numbers are fractions).
 */
function plainNumbers(values: readonly CellValue[]): number[] {
  const numbers: number[] = [];
  for (const value of values) {
    if (typeof value === "string" && value.includes("%")) continue;
    const parsed = parseNumber(value);
    if (parsed.ok) numbers.push(parsed.value);
  }
  return numbers;
}

/**
 * True when a column's plain numbers are fractions of one: all within 0…1 and at least one not whole.
 * @example looksLikeFractions([0.455, 0.3, 1]) // true
 * @example looksLikeFractions([0, 1, 1]) // false
 */
export function looksLikeFractions(values: readonly CellValue[]): boolean {
  const numbers = plainNumbers(values);
  return (
    numbers.length > 0 && numbers.every((n) => n >= 0 && n <= 1) && numbers.some((n) => !Number.isInteger(n))
  );
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
export function columnUnits(guess: HeaderGuess | undefined, values: readonly CellValue[]): ColumnUnits {
  const percent = isPercentColumn(guess, values);
  return { percent, fractions: percent && looksLikeFractions(values) };
}

function isPercentColumn(guess: HeaderGuess | undefined, values: readonly CellValue[]): boolean {
  if (!guess) return false;
  if (guess.unit) return guess.unit === "percent";
  const role: ColumnRole = guess.role;
  if (isPercentByNature(role)) return true;
  if (!mayBePercent(role)) return false;
  if (looksLikeFractions(values)) return true;
  if (role.startsWith("mark")) return plainNumbers(values).some((n) => !Number.isInteger(n));
  return values.some((v) => typeof v === "string" && /%\s*$/u.test(v));
}

/**
 * For mark columns whose header names no unit: when every row's marks add up to about 100 (or 1), the marks
 * are percents (a ФИС ОКО table `2 | 3 | 4 | 5` of whole percents).
 * @example marksSumToHundred([[10, 40, 40, 10], [0, 50, 30, 20]]) // true
 */
export function marksSumToHundred(rows: ReadonlyArray<readonly CellValue[]>): boolean {
  let checked = 0;
  for (const row of rows) {
    const numbers = row
      .map((v) => parseNumber(v))
      .filter((r) => r.ok)
      .map((r) => (r.ok ? r.value : 0));
    if (numbers.length < 3) continue;
    const sum = numbers.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 100) > 1.5 && Math.abs(sum - 1) > 0.015) return false;
    checked++;
  }
  return checked > 0;
}
