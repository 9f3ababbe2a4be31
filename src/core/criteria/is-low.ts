import { issue } from "../issue-codes";
import { fail, ok, type Result } from "../result";

/** Guards share × count against floating error (0,1 × 30 = 3,0000000000000004 must stay 3). */
const EPSILON = 1e-9;

/**
 * A district's values sorted once, so that "is this value in the worst part of the district?" costs a
 * binary search per school rather than a pass over the district. Values that are not finite are dropped.
 *
 * @example new DistrictRanking([1, 2, 3, 4]).isLow(1, 0.25, true) // true
 */
export class DistrictRanking {
  /** The district's finite values, ascending. */
  readonly ascending: Float64Array;

  constructor(values: ArrayLike<number>) {
    const finite: number[] = [];
    for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) finite.push(values[i]);
    this.ascending = Float64Array.from(finite).sort();
  }

  /** Number of district values. */
  get size(): number {
    return this.ascending.length;
  }

  /** Number of district values strictly below `value`. */
  countBelow(value: number): number {
    let lo = 0;
    let hi = this.ascending.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ascending[mid] < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Number of district values strictly above `value`. */
  countAbove(value: number): number {
    let lo = 0;
    let hi = this.ascending.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ascending[mid] <= value) lo = mid + 1;
      else hi = mid;
    }
    return this.ascending.length - lo;
  }

  /** How many schools the worst `worstShare` of the district holds: ⌈share × n⌉. */
  slots(worstShare: number): number {
    return Math.max(0, Math.ceil(worstShare * this.ascending.length - EPSILON));
  }

  /**
   * True when fewer than ⌈worstShare × n⌉ district values are strictly worse than `value`: the value is
   * among the worst `worstShare` of the district (ties share the better rank).
   */
  isLow(value: number, worstShare: number, higherIsBetter: boolean): boolean {
    const worse = higherIsBetter ? this.countBelow(value) : this.countAbove(value);
    return worse < this.slots(worstShare);
  }

  /** The boundary of the worst part: the least bad value that still counts as low (undefined if none). */
  cut(worstShare: number, higherIsBetter: boolean): number | undefined {
    const m = this.slots(worstShare);
    if (m === 0 || this.size === 0) return undefined;
    return higherIsBetter ? this.ascending[m - 1] : this.ascending[this.size - m];
  }
}

/**
 * TRUE when `value` is among the worst `worstShare` of the district (the lower quartile by default; with
 * `higherIsBetter = false` the highest values are the worst, as for a failure share). Needs at least one
 * district value.
 *
 * @example isLow(12, [12, 30, 45, 50, 61, 70, 72, 80], 0.25, true) // { ok: true, value: true }
 * @example isLow(35, [5, 10, 12, 35], 0.25, false) // { ok: true, value: true } (35 % «2» is the worst)
 */
export function isLow(
  value: number,
  district: readonly number[] | DistrictRanking,
  worstShare = 0.25,
  higherIsBetter = true,
): Result<boolean> {
  if (!Number.isFinite(value)) return fail(issue("not-a-number", { text: String(value) }));
  if (!(worstShare >= 0 && worstShare <= 1)) {
    return fail(issue("out-of-range", { value: worstShare, range: "0–1" }));
  }
  const ranking = district instanceof DistrictRanking ? district : new DistrictRanking(district);
  if (ranking.size === 0) return fail(issue("not-enough-data", { min: 1 }));
  return ok(ranking.isLow(value, worstShare, higherIsBetter));
}
