/** Validation of result sheets: the rule catalogue, the run, the «Проверка» report and highlighting. */
export { RULE_IDS, SEVERITIES, ruleFamily, type RuleId, type Severity } from "./rule-ids";
export type { Finding } from "./finding";
export { compareFindings } from "./finding";
export type { Rule } from "./rule";
export { RULES, RULE_SEVERITY, ruleById } from "./catalogue";
export { RULE_TEXTS, ruleMessage, type RuleParams, type RuleText } from "./messages-ru";
export { validateWorkbook, validateMap, type ValidationResult, type ValidateOptions } from "./validate";
export type { ValidationOptions, ValidationContext } from "./context";
export { summarizeFindings, type ValidationSummary, type SeverityCounts } from "./summary";
export { reportPlan, REPORT_SHEET_NAME, SEVERITY_RU, type ReportMeta } from "./report-plan";
export { highlightPlan, HIGHLIGHTS_SETTING, type CellMark, type HighlightPlan } from "./highlight-plan";
