/**
 * The stable ids of every validation rule, grouped by family. Ids are part of the user-facing contract
 * (`shnor validate --json` prints them; district scripts filter on them): never rename one.
 */
export const RULE_IDS = [
  "structure.unknown-kind",
  "structure.unknown-year",
  "structure.no-table",
  "structure.missing-column",
  "structure.unrecognised-header",
  "identity.unknown-school",
  "identity.ambiguous-school",
  "identity.duplicate-row",
  "values.not-a-number",
  "values.excel-error",
  "values.number-as-text",
  "values.percent-range",
  "values.negative-count",
  "values.marks-sum",
  "values.participants-above-students",
  "values.mark-range",
  "values.required-empty",
  "coverage.school-missing-next-year",
  "coverage.procedure-missing-next-year",
  "consistency.name-differs",
  "plausibility.outlier",
  "plausibility.year-jump",
  "scales.score-out-of-scale",
  "scales.mark-inconsistent",
  "scales.ege-below-min-disagrees",
  "scales.small-sample",
  "objectivity.raised-share",
  "objectivity.vpr-above-oge",
] as const;

/** One rule id. */
export type RuleId = (typeof RULE_IDS)[number];

/** How serious a finding is: `error` stops the analysis being trusted, `warning` wants a look, `info` is a note. */
export type Severity = "error" | "warning" | "info";

/** Severities from the most serious down. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/**
 * The family of a rule: the part of its id before the dot.
 * @example ruleFamily("values.marks-sum") // "values"
 */
export function ruleFamily(id: RuleId): string {
  return id.slice(0, id.indexOf("."));
}
