import { issue } from "../issue-codes";
import { fail, ok, type Result } from "../result";

/**
 * Signs of non-objectivity from the ВПР-versus-journal comparison: TRUE when «повысили» (the ВПР mark is
 * above the journal mark) reaches `threshold` % of the participants. The three figures are counts or
 * shares (percents or fractions), any consistent scale.
 *
 * @example objectivity(10, 70, 20) // { ok: true, value: true } (20 % повысили ≥ 15 %)
 * @example objectivity(3, 25, 2) // { ok: true, value: false } (6,7 %)
 */
export function objectivity(
  lowered: number,
  confirmed: number,
  raised: number,
  threshold = 15,
): Result<boolean> {
  const share = raisedShare(lowered, confirmed, raised);
  if (!share.ok) return share;
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) {
    return fail(issue("out-of-range", { value: threshold, range: "0–100" }));
  }
  return ok(share.value >= threshold - 1e-9);
}

/**
 * The share of «повысили», % of all compared participants.
 * @example raisedShare(0.1, 0.7, 0.2) // { ok: true, value: 20 }
 */
export function raisedShare(lowered: number, confirmed: number, raised: number): Result<number> {
  for (const value of [lowered, confirmed, raised]) {
    if (!Number.isFinite(value) || value < 0)
      return fail(issue("out-of-range", { value, range: "0 и больше" }));
  }
  const total = lowered + confirmed + raised;
  return total > 0 ? ok((100 * raised) / total) : fail(issue("no-participants"));
}

/**
 * Robust z of a value against the district: (value − median) / (1,4826 × MAD). Fails on an empty district
 * or one without spread (MAD = 0).
 *
 * @example robustZ(90, [50, 55, 60, 65, 70]) // { ok: true, value: 4.047… }
 */
export function robustZ(value: number, district: readonly number[]): Result<number> {
  const values = district.filter(Number.isFinite);
  if (values.length === 0) return fail(issue("not-enough-data", { min: 1 }));
  const m = median(values);
  const mad = median(values.map((v) => Math.abs(v - m)));
  if (mad === 0) return fail(issue("no-variation", { what: "качества по району" }));
  return ok((value - m) / (1.4826 * mad));
}

/**
 * The second marker: ВПР качество far above the district (robust z ≥ `z`) while the school's ОГЭ failure
 * share is above the district's — high ВПР results not confirmed by the exam.
 *
 * @example qualityNotConfirmed(90, [50, 55, 60, 65, 70], 25, 12) // { ok: true, value: true }
 */
export function qualityNotConfirmed(
  vprQuality: number,
  districtQualities: readonly number[],
  ogeFailShare: number,
  districtOgeFailShare: number,
  z = 2,
): Result<boolean> {
  const score = robustZ(vprQuality, districtQualities);
  if (!score.ok) return score;
  return ok(score.value >= z && ogeFailShare > districtOgeFailShare);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
