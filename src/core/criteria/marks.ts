import { issue } from "../issue-codes";
import { fail, ok, type Result } from "../result";

/**
 * The marks «2», «3», «4», «5» of one procedure at one school: counts of participants, or their shares
 * (percents or fractions of one) — any consistent scale, since every indicator is a ratio of them.
 */
export interface Marks {
  n2: number;
  n3: number;
  n4: number;
  n5: number;
}

function total(marks: Marks): Result<number> {
  const values = [marks.n2, marks.n3, marks.n4, marks.n5];
  for (const value of values) {
    if (!Number.isFinite(value) || value < 0)
      return fail(issue("out-of-range", { value, range: "0 и больше" }));
  }
  const sum = values.reduce((a, b) => a + b, 0);
  return sum > 0 ? ok(sum) : fail(issue("no-participants"));
}

/**
 * Failure share of a procedure (ВПР, ОГЭ, РДР): % of participants with «2».
 * @example failShareFromMarks({ n2: 6, n3: 8, n4: 4, n5: 2 }) // { ok: true, value: 30 }
 * @example failShareFromMarks({ n2: 30, n3: 40, n4: 20, n5: 10 }) // { ok: true, value: 30 } (shares, %)
 */
export function failShareFromMarks(marks: Marks): Result<number> {
  const sum = total(marks);
  return sum.ok ? ok((100 * marks.n2) / sum.value) : sum;
}

/**
 * Успеваемость, %: 100 − % «2» (the share of «3», «4», «5»).
 * @example success({ n2: 6, n3: 8, n4: 4, n5: 2 }) // { ok: true, value: 70 }
 */
export function success(marks: Marks): Result<number> {
  const sum = total(marks);
  return sum.ok ? ok((100 * (marks.n3 + marks.n4 + marks.n5)) / sum.value) : sum;
}

/**
 * Качество знаний, %: % «4» + % «5».
 * @example quality({ n2: 0.3, n3: 0.4, n4: 0.2, n5: 0.1 }) // { ok: true, value: 30 }
 */
export function quality(marks: Marks): Result<number> {
  const sum = total(marks);
  return sum.ok ? ok((100 * (marks.n4 + marks.n5)) / sum.value) : sum;
}

/**
 * A district figure weighted by participants (ФИОКО practice), not the plain mean of school percents.
 * Pairs with a value or weight that is not a finite number, or a weight ≤ 0, are skipped.
 *
 * @example weightedMean([30, 10], [10, 90]) // { ok: true, value: 12 }
 */
export function weightedMean(values: readonly number[], weights: readonly number[]): Result<number> {
  let sum = 0;
  let weight = 0;
  const n = Math.min(values.length, weights.length);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const w = weights[i];
    if (!Number.isFinite(v) || !Number.isFinite(w) || w <= 0) continue;
    sum += v * w;
    weight += w;
  }
  return weight > 0 ? ok(sum / weight) : fail(issue("not-enough-data", { min: 1 }));
}
