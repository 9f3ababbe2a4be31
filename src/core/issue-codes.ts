/**
 * The closed set of expected data problems the core reports. Each code has exactly one Russian message
 * (`messages-ru.ts`) and one Excel error (`src/functions/excel-errors.ts`). Only bugs throw.
 */
export const ISSUE_CODES = [
  "empty",
  "not-a-number",
  "excel-error",
  "out-of-range",
  "school-unknown",
  "school-ambiguous",
  "school-empty",
  "bad-argument",
  "shape-mismatch",
  "not-enough-data",
  "unknown-model",
  "no-participants",
  "unknown-subject",
  "no-school-data",
  "no-variation",
  "host-unsupported",
  "host-feature-skipped",
  "host-notes-as-comments",
  "highlights-limited",
  "highlights-notes-skipped",
  "cancelled",
  "sheet-not-found",
  "no-table",
  "roadmap-template-invalid",
  "roadmap-unknown-row",
  "roadmap-no-section",
  "roadmap-bad-number",
  "roadmap-duplicate-number",
  "roadmap-number-gap",
  "roadmap-empty-text",
  "roadmap-deadline-unparsed",
  "roadmap-bad-parameter",
  "roadmap-bad-repeat",
  "roadmap-bad-columns",
  "roadmap-unknown-placeholder",
  "roadmap-empty",
  "monitoring-no-results",
  "monitoring-one-year",
  "monitoring-no-shnor",
] as const;

/** One of the closed set of issue codes. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** An expected data problem: a code plus the values its message needs. */
export interface Issue {
  code: IssueCode;
  /** Values interpolated into the Russian message (e.g. the offending text, candidates). */
  params?: Record<string, string | number | readonly string[]>;
}

/**
 * Builds an issue.
 * @example issue("school-ambiguous", { text: "СОШ", candidates: ["221", "223"] })
 */
export function issue(code: IssueCode, params?: Issue["params"]): Issue {
  return params ? { code, params } : { code };
}
