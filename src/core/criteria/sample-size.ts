import type { SampleSizeRules } from "./profile";

/**
 * The sample-size band of a procedure: `informative` (≥ 50 by default), `usable` (20–49), `limited`
 * (10–19: counted, marked «выборка ограничена»), `excluded` (< 10: not counted). An unknown size
 * (undefined) counts as `unknown`: the procedure is counted without a mark.
 *
 * @example sampleBand(15, { informative: 50, usable: 20, limited: 10 }) // "limited"
 */
export function sampleBand(
  participants: number | undefined,
  rules: Readonly<SampleSizeRules>,
): "informative" | "usable" | "limited" | "excluded" | "unknown" {
  if (participants === undefined || !Number.isFinite(participants)) return "unknown";
  if (participants >= rules.informative) return "informative";
  if (participants >= rules.usable) return "usable";
  if (participants >= rules.limited) return "limited";
  return "excluded";
}

/**
 * Whether a procedure with this many participants takes part in the criteria.
 * @example isCounted(9, { informative: 50, usable: 20, limited: 10 }) // false
 */
export function isCounted(participants: number | undefined, rules: Readonly<SampleSizeRules>): boolean {
  return sampleBand(participants, rules) !== "excluded";
}
