import { issue } from "../issue-codes";
import { fail, ok, type Result } from "../result";
import { DistrictRanking } from "./is-low";
import type { CriteriaProfile } from "./profile";
import { sampleBand } from "./sample-size";
import { CATEGORY_ORDER, STATUS_TEXTS as T, type Category } from "./texts-ru";

export type { Category } from "./texts-ru";

/** One procedure of a school: its failure shares (%) in the last year and the year before, and sizes. */
export interface ProcedureFigures {
  /** Failure share of the last year, %; undefined when the procedure was not held or is blank. */
  failNow?: number;
  /** Failure share of the year before, %, of the same procedure. */
  failBefore?: number;
  /** Participants of the last year (undefined: unknown, counted without a mark). */
  nNow?: number;
  /** Participants of the year before. */
  nBefore?: number;
  /** Name for the reasons, e.g. «ВПР 5 кл. математика»; «процедура N» when omitted. */
  label?: string;
}

/** What STATUS knows of one school. */
export interface StatusSchool {
  procedures: readonly ProcedureFigures[];
  /** Context index (сложность контингента); higher is more difficult unless the profile says otherwise. */
  context?: number;
  /** The school's result on the cluster model's results axis, for the risk band. */
  result?: number;
}

/** District statistics STATUS compares with, computed once for all schools (`prepareStatusDistrict`). */
export interface StatusDistrict {
  contexts?: DistrictRanking;
  results?: { mean: number; sd: number };
  /** Per procedure (same order as the school's), the district's failure shares of the last year. */
  failNow?: readonly DistrictRanking[];
  /** Per procedure, the district's failure shares of the year before. */
  failBefore?: readonly DistrictRanking[];
}

/** Which rule produced a reason. */
export type StatusRule =
  | "many-procedures"
  | "same-procedure"
  | "one-procedure"
  | "rise"
  | "risk-band"
  | "context"
  | "limited-sample"
  | "excluded-sample";

/** Why a category applies (or a mark on the data), for the task pane. */
export interface StatusReason {
  /** The category the rule gives; undefined for a mark on the data (sample size). */
  category?: Category;
  rule: StatusRule;
  /** Zero-based indices of the procedures concerned. */
  procedures: number[];
  /** Russian explanation. */
  text: string;
}

/** Every category that applies, most serious first, and the reasons. */
export interface StatusOutcome {
  categories: Category[];
  /** The categories joined by "; " (empty when none), as the STATUS cell shows them. */
  text: string;
  reasons: StatusReason[];
  /** Procedures counted with the mark «выборка ограничена». */
  limited: number[];
  /** Procedures not counted for their sample size. */
  excluded: number[];
}

/** Raw district data for `prepareStatusDistrict`; non-finite entries are skipped. */
export interface StatusDistrictData {
  contexts?: ArrayLike<number>;
  results?: ArrayLike<number>;
  /** Per procedure, the district's failure shares of the last year. */
  failNow?: ReadonlyArray<ArrayLike<number>>;
  failBefore?: ReadonlyArray<ArrayLike<number>>;
}

/**
 * Sorts and summarises the district once, for any number of `evaluateStatus` calls.
 * @example prepareStatusDistrict({ contexts: [0.2, 0.5, 0.9, 0.4] }).contexts?.size // 4
 */
export function prepareStatusDistrict(data: StatusDistrictData): StatusDistrict {
  const district: StatusDistrict = {};
  if (data.contexts) district.contexts = new DistrictRanking(data.contexts);
  if (data.results) {
    let n = 0;
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < data.results.length; i++) {
      const v = data.results[i];
      if (!Number.isFinite(v)) continue;
      n++;
      sum += v;
    }
    const mean = n > 0 ? sum / n : NaN;
    for (let i = 0; i < data.results.length; i++) {
      const v = data.results[i];
      if (Number.isFinite(v)) squares += (v - mean) ** 2;
    }
    // Sample standard deviation (n − 1), as the cluster models use.
    if (n > 0) district.results = { mean, sd: n > 1 ? Math.sqrt(squares / (n - 1)) : 0 };
  }
  if (data.failNow) district.failNow = data.failNow.map((v) => new DistrictRanking(v));
  if (data.failBefore) district.failBefore = data.failBefore.map((v) => new DistrictRanking(v));
  return district;
}

const EPSILON = 1e-9;

/** How much `evaluateStatus` writes. */
export interface StatusOptions {
  /**
   * Whether the reasons carry their Russian texts (default true). Without them every reason still has its
   * rule, category and procedures, and `text` is empty: the categories are the same, and a spilled STATUS
   * that shows only the categories does not format a sentence per school.
   */
  reasonTexts?: boolean;
}

/**
 * Every category of the criteria profile that applies to a school — «ШНОР», «зона риска», «ШНСУ», most
 * serious first — with the reasons. Procedures with fewer participants than `sampleSize.limited` are not
 * counted; those below `sampleSize.usable` are counted and marked «выборка ограничена».
 *
 * - ШНОР: low (failure share ≥ 30 %, or the district's worst quarter in the relative mode) on
 *   `minLowProcedures` procedures of the last year, or on the same procedure in both years.
 * - зона риска (only when not ШНОР): low on fewer procedures; failure share up by ≥ `riskRise` п.п.;
 *   result at or above the district mean but within `riskBand` standard deviations of it.
 * - ШНСУ: context index in the district's worst `shnsuWorstShare`.
 *
 * Fails (`no-school-data`) when nothing can be judged: no counted procedure of the last year and no context.
 * With `{ reasonTexts: false }` the reasons are built without their texts (empty `text`), for callers that
 * show only the categories.
 *
 * @example evaluateStatus({ procedures: [{ failNow: 35 }, { failNow: 31 }] }, {}, DEFAULT_CRITERIA_PROFILE)
 * // { ok: true, value: { categories: ["ШНОР"], text: "ШНОР", … } }
 */
export function evaluateStatus(
  school: StatusSchool,
  district: StatusDistrict,
  profile: Readonly<CriteriaProfile>,
  options: StatusOptions = {},
): Result<StatusOutcome> {
  // Called once per school of a spilled STATUS: no closures here, and no sentence unless it is asked for.
  const say = options.reasonTexts !== false;
  const rules = profile.sampleSize;
  const limited: number[] = [];
  const excluded: number[] = [];
  const lowNow: number[] = [];
  const lowBoth: number[] = [];
  const rises: number[] = [];
  let judged = 0;
  for (let i = 0; i < school.procedures.length; i++) {
    const p = school.procedures[i];
    const hasNow = p.failNow !== undefined && Number.isFinite(p.failNow);
    const hasBefore = p.failBefore !== undefined && Number.isFinite(p.failBefore);
    const bandNow = hasNow ? sampleBand(p.nNow, rules) : undefined;
    const bandBefore = hasBefore ? sampleBand(p.nBefore, rules) : undefined;
    if (bandNow === "excluded" || bandBefore === "excluded") excluded.push(i);
    if (bandNow === "limited" || bandBefore === "limited") limited.push(i);
    if (bandNow === undefined || bandNow === "excluded") continue;
    const now = lowShare(p.failNow!, district.failNow?.[i], profile);
    if (now === undefined) {
      return fail(issue("not-enough-data", { min: 1 }));
    }
    judged++;
    if (now) lowNow.push(i);
    if (bandBefore !== undefined && bandBefore !== "excluded") {
      const before = lowShare(p.failBefore!, district.failBefore?.[i], profile);
      if (now && before) lowBoth.push(i);
      if (p.failNow! - p.failBefore! >= profile.riskRise - EPSILON) rises.push(i);
    }
  }

  const contextRanking = district.contexts;
  const hasContext =
    school.context !== undefined &&
    Number.isFinite(school.context) &&
    contextRanking !== undefined &&
    contextRanking.size > 0;
  if (judged === 0 && !hasContext) {
    const why = excluded.length > 0 ? T.excluded(labels(school, excluded), rules.limited) : T.noData();
    return fail(issue("no-school-data", { text: why }));
  }

  const reasons: StatusReason[] = [];
  const lowText = say ? T.low(profile.mode, profile.failShareThreshold, profile.relativeWorstShare) : "";

  if (lowNow.length >= profile.minLowProcedures) {
    reasons.push({
      category: "ШНОР",
      rule: "many-procedures",
      procedures: lowNow,
      text: say ? T.manyProcedures(lowText, lowNow.length, failList(school, lowNow)) : "",
    });
  }
  if (profile.sameProcedureTwoYears) {
    for (const i of lowBoth) {
      const p = school.procedures[i];
      reasons.push({
        category: "ШНОР",
        rule: "same-procedure",
        procedures: [i],
        text: say ? T.sameProcedure(lowText, labelOf(school, i), p.failBefore!, p.failNow!) : "",
      });
    }
  }
  const shnor = reasons.length > 0;
  if (!shnor) {
    if (lowNow.length > 0) {
      reasons.push({
        category: "зона риска",
        rule: "one-procedure",
        procedures: lowNow,
        text: say ? T.oneProcedure(lowText, failList(school, lowNow)) : "",
      });
    }
    for (const i of rises) {
      const p = school.procedures[i];
      reasons.push({
        category: "зона риска",
        rule: "rise",
        procedures: [i],
        text: say ? T.rise(labelOf(school, i), p.failBefore!, p.failNow!, profile.riskRise) : "",
      });
    }
    const results = district.results;
    if (school.result !== undefined && Number.isFinite(school.result) && results && results.sd > 0) {
      const z = (school.result - results.mean) / results.sd;
      if (z >= -EPSILON && z <= profile.riskBand + EPSILON) {
        reasons.push({
          category: "зона риска",
          rule: "risk-band",
          procedures: [],
          text: say ? T.riskBand(z, profile.riskBand) : "",
        });
      }
    }
  }
  if (hasContext) {
    const higherIsBetter = !profile.contextHigherIsWorse;
    if (contextRanking.isLow(school.context!, profile.shnsuWorstShare, higherIsBetter)) {
      const cut = say ? (contextRanking.cut(profile.shnsuWorstShare, higherIsBetter) ?? school.context!) : 0;
      reasons.push({
        category: "ШНСУ",
        rule: "context",
        procedures: [],
        text: say ? T.context(school.context!, cut, profile.shnsuWorstShare) : "",
      });
    }
  }

  if (limited.length > 0) {
    reasons.push({
      rule: "limited-sample",
      procedures: limited,
      text: say ? T.limited(labels(school, limited), rules.limited, rules.usable - 1) : "",
    });
  }
  if (excluded.length > 0) {
    reasons.push({
      rule: "excluded-sample",
      procedures: excluded,
      text: say ? T.excluded(labels(school, excluded), rules.limited) : "",
    });
  }

  const categories = CATEGORY_ORDER.filter((c) => reasons.some((r) => r.category === c));
  return ok({ categories, text: categories.join("; "), reasons, limited, excluded });
}

/** Whether a failure share is low: at the threshold, or in the district's worst share (undefined: no district). */
function lowShare(
  value: number,
  ranking: DistrictRanking | undefined,
  profile: Readonly<CriteriaProfile>,
): boolean | undefined {
  if (profile.mode !== "relative") return value >= profile.failShareThreshold - EPSILON;
  if (!ranking || ranking.size === 0) return undefined;
  return ranking.isLow(value, profile.relativeWorstShare, false);
}

function labelOf(school: StatusSchool, i: number): string {
  return school.procedures[i].label ?? T.procedureLabel(i);
}

function labels(school: StatusSchool, indices: readonly number[]): string {
  return indices.map((i) => labelOf(school, i)).join(", ");
}

function failList(school: StatusSchool, indices: readonly number[]): string {
  return indices.map((i) => T.procedure(labelOf(school, i), school.procedures[i].failNow!)).join(", ");
}

/**
 * The status with its reasons as one line, for a cell that asks for details: «ШНОР: …; ШНСУ: …».
 * @example statusDetails(outcome) // "ШНОР: доля «2» не менее 30 % по 2 процедурам последнего года (…)"
 */
export function statusDetails(outcome: StatusOutcome): string {
  const parts = outcome.reasons.map((r) => (r.category ? `${r.category}: ${r.text}` : r.text));
  return parts.join("; ");
}
