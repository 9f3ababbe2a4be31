import type { ValidationContext } from "./context";
import type { RuleId, Severity } from "./rule-ids";

/** One validation rule: a stable id, a severity and a check that reports through the context. */
export interface Rule {
  id: RuleId;
  severity: Severity;
  /** Reports every finding of this rule; never changes the input and never throws on data. */
  run(context: ValidationContext): void;
}
