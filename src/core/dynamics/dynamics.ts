/** The sign of a change: 1 positive, 0 stable (within tolerance), −1 negative. */
export type DynamicsSign = -1 | 0 | 1;

/** Guards the tolerance against floating error (31,1 − 30,1 must equal 1, not exceed it). */
const EPSILON = 1e-9;

/**
 * The dynamics of an indicator between two years: 1 when it improved by more than `tolerance` (п.п. or the
 * indicator's own units), −1 when it worsened by more than `tolerance`, 0 otherwise. With
 * `higherIsBetter = false` (a failure share) a fall is an improvement. Antisymmetric:
 * `dynamics(a, b) === -dynamics(b, a)`.
 *
 * @example dynamics(62, 70) // 1
 * @example dynamics(30, 22, false) // 1 (fewer «2»)
 * @example dynamics(70, 70.8) // 0 (within 1 п.п.)
 */
export function dynamics(before: number, after: number, higherIsBetter = true, tolerance = 1): DynamicsSign {
  const change = higherIsBetter ? after - before : before - after;
  const limit = Math.abs(tolerance) + EPSILON * Math.max(1, Math.abs(tolerance));
  if (change > limit) return 1;
  if (change < -limit) return -1;
  return 0;
}
