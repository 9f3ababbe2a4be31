/**
 * Categories of every school by a criteria profile (ШНОР, зона риска, ШНСУ) with the reasons, and the
 * what-if: how the lists change between two profiles before anything is written.
 */
import {
  CATEGORY_ORDER,
  evaluateStatus,
  prepareStatusDistrict,
  type Category,
  type CriteriaProfile,
  type ProcedureFigures,
  type StatusOutcome,
} from "../../core/criteria";
import { latestYear, messageRu, type Measure, type Procedure } from "../../core";

/** What the status rules read, prepared once per workbook. */
export interface StatusInput {
  schools: readonly { key: string; name: string }[];
  procedures: readonly Procedure[];
  /** The context index (higher = more difficult by default) for ШНСУ. */
  context?: Measure;
  /** The results measure for the risk band. */
  results?: Measure;
}

/** One school's status. */
export interface SchoolStatus {
  key: string;
  name: string;
  outcome?: StatusOutcome;
  /** Why no status could be given. */
  problem?: string;
}

/**
 * Every school's status by the profile: procedures of the latest year and the year before.
 * @example evaluateAll(input, DEFAULT_CRITERIA_PROFILE).filter((s) => s.outcome?.categories.includes("ШНОР")).length // 8
 */
export function evaluateAll(input: StatusInput, profile: Readonly<CriteriaProfile>): SchoolStatus[] {
  const year = latestYear(input.procedures);
  const current = input.procedures.filter((p) => year !== undefined && p.byYear.has(year));
  const now = current.map((p) => p.byYear.get(year!)!);
  const before = current.map((p) => p.byYear.get(year! - 1));
  const values = (m: Measure | undefined) => input.schools.map((s) => m?.values.get(s.key) ?? NaN);
  const district = prepareStatusDistrict({
    contexts: values(input.context),
    results: values(input.results),
    failNow: now.map((byKey) => [...byKey.values()].map((v) => v.fail)),
    failBefore: before.map((byKey) => [...(byKey?.values() ?? [])].map((v) => v.fail)),
  });
  return input.schools.map(({ key, name }) => {
    const procedures: ProcedureFigures[] = current.map((p, i) => {
      const a = now[i].get(key);
      const b = before[i]?.get(key);
      return {
        label: p.label,
        ...(a ? { failNow: a.fail, ...(a.n !== undefined ? { nNow: a.n } : {}) } : {}),
        ...(b ? { failBefore: b.fail, ...(b.n !== undefined ? { nBefore: b.n } : {}) } : {}),
      };
    });
    const context = input.context?.values.get(key);
    const result = input.results?.values.get(key);
    const outcome = evaluateStatus(
      {
        procedures,
        ...(context !== undefined ? { context } : {}),
        ...(result !== undefined ? { result } : {}),
      },
      district,
      profile,
    );
    return outcome.ok
      ? { key, name, outcome: outcome.value }
      : { key, name, problem: messageRu(outcome.issue) };
  });
}

/** The change of one category's list between two profiles. */
export interface CategoryChange {
  category: Category;
  before: number;
  after: number;
  entering: { key: string; name: string }[];
  leaving: { key: string; name: string }[];
}

/**
 * For each category: how many schools before and after, which enter and which leave.
 * @example whatIf(current, edited)[0] // { category: "ШНОР", before: 8, after: 11, entering: [{ key: "221", … }], leaving: [] }
 */
export function whatIf(before: readonly SchoolStatus[], after: readonly SchoolStatus[]): CategoryChange[] {
  const members = (list: readonly SchoolStatus[], c: Category) =>
    new Map(
      list.filter((s) => s.outcome?.categories.includes(c)).map((s) => [s.key, { key: s.key, name: s.name }]),
    );
  return CATEGORY_ORDER.map((category) => {
    const a = members(before, category);
    const b = members(after, category);
    return {
      category,
      before: a.size,
      after: b.size,
      entering: [...b.values()].filter((s) => !a.has(s.key)),
      leaving: [...a.values()].filter((s) => !b.has(s.key)),
    };
  });
}
