import type { SheetValues } from "../cells/cell-value";
import { DEFAULT_CRITERIA_PROFILE } from "../criteria/profile";
import type { WorkbookCorrections } from "../workbook/corrections";
import { buildWorkbookMap, type WorkbookMap } from "../workbook/workbook-map";
import { RULES, RULE_SEVERITY } from "./catalogue";
import { createContext, type ValidationOptions } from "./context";
import { compareFindings, type Finding } from "./finding";
import type { Rule } from "./rule";
import { summarizeFindings, type ValidationSummary } from "./summary";

/** What validation found: every finding in sheet and cell order, and the summary. */
export interface ValidationResult {
  findings: Finding[];
  summary: ValidationSummary;
}

/** Options of `validateWorkbook`: the profile defaults to `DEFAULT_CRITERIA_PROFILE`. */
export interface ValidateOptions extends Partial<ValidationOptions> {
  /** The user's corrections of sheet kinds, years and column roles. */
  corrections?: WorkbookCorrections;
  /** Only these rules (all by default). */
  rules?: readonly Rule[];
}

/**
 * Validates a workbook's sheets: maps them (kinds, years, tables, schools) and runs every rule of the
 * catalogue. Reads only: the sheets' values are never changed. Expected data problems become findings,
 * never exceptions.
 *
 * @example validateWorkbook(sheets).summary // { error: 0, warning: 3, info: 12, total: 15, byRule: […], … }
 */
export function validateWorkbook(
  sheets: readonly SheetValues[],
  options: ValidateOptions = {},
): ValidationResult {
  return validateMap(sheets, buildWorkbookMap(sheets, options.corrections ?? []), options);
}

/**
 * Validates an already built workbook map (the task pane keeps one); `sheets` are the values it was built from.
 * @example validateMap(sheets, buildWorkbookMap(sheets)).findings.length // 0 for a clean workbook
 */
export function validateMap(
  sheets: readonly SheetValues[],
  map: WorkbookMap,
  options: ValidateOptions = {},
): ValidationResult {
  const { context, collected } = createContext(sheets, map, RULE_SEVERITY, {
    profile: options.profile ?? DEFAULT_CRITERIA_PROFILE,
    ...(options.limitPerRuleAndSheet !== undefined
      ? { limitPerRuleAndSheet: options.limitPerRuleAndSheet }
      : {}),
  });
  for (const rule of options.rules ?? RULES) rule.run(context);
  const names = map.sheets.map((s) => s.name);
  const findings = collected.findings.sort(compareFindings(names));
  return { findings, summary: summarizeFindings(findings, collected.omitted, names) };
}
