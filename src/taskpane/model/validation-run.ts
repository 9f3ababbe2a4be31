/**
 * «Проверка» in the pane: validation of the workbook's input sheets (the add-in's own sheets left out), the
 * findings grouped by severity for the list, and the report sheet's plan.
 */
import type { CriteriaProfile } from "../../core/criteria";
import type { SheetPlan } from "../../core/plans/sheet-plan";
import { isTemplateSheet } from "../../core/roadmap/sheet";
import {
  SEVERITIES,
  reportPlan,
  validateWorkbook,
  type Finding,
  type Severity,
  type ValidationResult,
} from "../../core/validation";
import type { WorkbookData } from "../data/workbook-data";
import { PANE_VERSION } from "./cluster-sheet";

/**
 * Validates the workbook as the pane read it, with the user's corrections and the district's profile; sheets
 * the add-in generated (`generated`) and roadmap template sheets are not input and are skipped.
 * @example runValidation(data, profile, new Set(["Проверка"])).summary.warning // 28 on the sample district
 */
export function runValidation(
  data: WorkbookData,
  profile: CriteriaProfile,
  generated: ReadonlySet<string>,
): ValidationResult {
  const inputs = data.sheets.filter((s) => !generated.has(s.name) && !isTemplateSheet(s));
  return validateWorkbook(inputs, { corrections: data.corrections, profile });
}

/** One severity's findings for the list: all of them counted, the first `limit` shown. */
export interface FindingGroup {
  severity: Severity;
  total: number;
  shown: Finding[];
}

/**
 * The findings by severity, errors first, each group keeping the report's order and at most `limit` findings
 * (a list of thousands helps nobody; the sheet has them all). Empty groups are kept, with total 0.
 * @example groupFindings(result.findings).map((g) => [g.severity, g.total]) // [["error", 0], ["warning", 28], ["info", 64]]
 */
export function groupFindings(findings: readonly Finding[], limit = 200): FindingGroup[] {
  return SEVERITIES.map((severity) => {
    const all = findings.filter((f) => f.severity === severity);
    return { severity, total: all.length, shown: all.slice(0, limit) };
  });
}

/**
 * The «Проверка» sheet of a result, stamped with the pane's version, the time and the profile.
 * @example validationReport(result, profile, new Date()).name // "Проверка"
 */
export function validationReport(result: ValidationResult, profile: CriteriaProfile, now: Date): SheetPlan {
  return reportPlan(result, { version: PANE_VERSION, createdAt: now.toISOString(), profile: profile.name });
}

/**
 * Findings counted in the totals but not listed one by one (beyond the per-rule limit).
 * @example omittedCount(result) // 0 on the sample district
 */
export function omittedCount(result: ValidationResult): number {
  return Object.values(result.summary.omitted).reduce((sum, n) => sum + (n ?? 0), 0);
}
