import type { Finding } from "./finding";
import { RULE_TEXTS } from "./messages-ru";
import { RULE_IDS, type RuleId, type Severity } from "./rule-ids";

/** Counts of findings by severity. */
export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

/** The summary of a validation run: totals, by rule, by school. */
export interface ValidationSummary extends SeverityCounts {
  total: number;
  /** Rules with findings, in catalogue order. */
  byRule: { rule: RuleId; severity: Severity; title: string; count: number }[];
  /** Schools with findings, most errors first. */
  bySchool: ({ school: string } & SeverityCounts)[];
  /** Findings beyond the per-rule limit that were counted but not listed. */
  omitted: Partial<Record<RuleId, number>>;
  /** The sheets validated. */
  sheets: string[];
}

/**
 * Sums findings up by severity, rule and school.
 * @example summarize([{ severity: "error", rule: "values.marks-sum", school: "221", … }], {}, ["ВПР 2023"])
 * // { error: 1, warning: 0, info: 0, total: 1, byRule: [{ rule: "values.marks-sum", count: 1, … }], … }
 */
export function summarizeFindings(
  findings: readonly Finding[],
  omitted: Partial<Record<RuleId, number>>,
  sheets: readonly string[],
): ValidationSummary {
  const totals: SeverityCounts = { error: 0, warning: 0, info: 0 };
  const byRule = new Map<RuleId, { severity: Severity; count: number }>();
  const bySchool = new Map<string, SeverityCounts>();
  for (const finding of findings) {
    totals[finding.severity]++;
    const rule = byRule.get(finding.rule) ?? { severity: finding.severity, count: 0 };
    rule.count++;
    byRule.set(finding.rule, rule);
    if (finding.school !== undefined) {
      const school = bySchool.get(finding.school) ?? { error: 0, warning: 0, info: 0 };
      school[finding.severity]++;
      bySchool.set(finding.school, school);
    }
  }
  for (const [rule, count] of Object.entries(omitted) as [RuleId, number][]) {
    const entry = byRule.get(rule);
    if (entry) {
      entry.count += count;
      totals[entry.severity] += count;
    }
  }
  return {
    ...totals,
    total: totals.error + totals.warning + totals.info,
    byRule: RULE_IDS.flatMap((rule) => {
      const entry = byRule.get(rule);
      return entry
        ? [{ rule, severity: entry.severity, title: RULE_TEXTS[rule].title, count: entry.count }]
        : [];
    }),
    bySchool: [...bySchool]
      .map(([school, counts]) => ({ school, ...counts }))
      .sort(
        (a, b) =>
          b.error - a.error ||
          b.warning - a.warning ||
          b.info - a.info ||
          a.school.localeCompare(b.school, "ru", { numeric: true }),
      ),
    omitted: { ...omitted },
    sheets: [...sheets],
  };
}
