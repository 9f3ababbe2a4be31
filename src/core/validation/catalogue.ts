import type { Rule } from "./rule";
import { RULE_IDS, type RuleId, type Severity } from "./rule-ids";
import { ambiguousSchoolRule } from "./rules/identity-ambiguous-school";
import { duplicateRowRule } from "./rules/identity-duplicate-row";
import { unknownSchoolRule } from "./rules/identity-unknown-school";
import { nameDiffersRule } from "./rules/consistency-name-differs";
import { procedureMissingRule } from "./rules/coverage-procedure-missing";
import { schoolMissingRule } from "./rules/coverage-school-missing";
import { raisedShareRule } from "./rules/objectivity-raised-share";
import { vprAboveOgeRule } from "./rules/objectivity-vpr-above-oge";
import { outlierRule } from "./rules/plausibility-outlier";
import { yearJumpRule } from "./rules/plausibility-year-jump";
import { egeBelowMinRule } from "./rules/scales-ege-below-min";
import { markInconsistentRule } from "./rules/scales-mark-inconsistent";
import { scoreOutOfScaleRule } from "./rules/scales-score-out-of-scale";
import { smallSampleRule } from "./rules/scales-small-sample";
import { missingColumnRule } from "./rules/structure-missing-column";
import { noTableRule } from "./rules/structure-no-table";
import { unknownKindRule } from "./rules/structure-unknown-kind";
import { unknownYearRule } from "./rules/structure-unknown-year";
import { unrecognisedHeaderRule } from "./rules/structure-unrecognised-header";
import { excelErrorRule } from "./rules/values-excel-error";
import { markRangeRule } from "./rules/values-mark-range";
import { marksSumRule } from "./rules/values-marks-sum";
import { negativeCountRule } from "./rules/values-negative-count";
import { notANumberRule } from "./rules/values-not-a-number";
import { numberAsTextRule } from "./rules/values-number-as-text";
import { participantsAboveStudentsRule } from "./rules/values-participants-above-students";
import { percentRangeRule } from "./rules/values-percent-range";
import { requiredEmptyRule } from "./rules/values-required-empty";

/** Every validation rule, in the order of `RULE_IDS` (one entry per id: a test holds the two together). */
export const RULES: readonly Rule[] = [
  unknownKindRule,
  unknownYearRule,
  noTableRule,
  missingColumnRule,
  unrecognisedHeaderRule,
  unknownSchoolRule,
  ambiguousSchoolRule,
  duplicateRowRule,
  notANumberRule,
  excelErrorRule,
  numberAsTextRule,
  percentRangeRule,
  negativeCountRule,
  marksSumRule,
  participantsAboveStudentsRule,
  markRangeRule,
  requiredEmptyRule,
  schoolMissingRule,
  procedureMissingRule,
  nameDiffersRule,
  outlierRule,
  yearJumpRule,
  scoreOutOfScaleRule,
  markInconsistentRule,
  egeBelowMinRule,
  smallSampleRule,
  raisedShareRule,
  vprAboveOgeRule,
];

/** The severity of every rule, by id. */
export const RULE_SEVERITY: Readonly<Record<RuleId, Severity>> = Object.fromEntries(
  RULES.map((rule) => [rule.id, rule.severity]),
) as Record<RuleId, Severity>;

/**
 * The rule with an id.
 * @example ruleById("values.marks-sum").severity // "error"
 */
export function ruleById(id: RuleId): Rule {
  const found = RULES.find((rule) => rule.id === id);
  if (!found) throw new Error(`No rule ${id} in the catalogue`);
  return found;
}

/** The ids, for a consistency check in tests. */
export const CATALOGUE_IDS: readonly RuleId[] = RULE_IDS;
