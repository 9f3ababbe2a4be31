import { DEFAULT_EGE_MINIMUMS, DEFAULT_OGE_SCALES, type EgeMinimums, type OgeScales } from "./exam-scales";

/** The version of the criteria-profile JSON this code writes and reads. */
export const CRITERIA_PROFILE_VERSION = 1;

/**
 * How a procedure counts as low: `absolute` — the failure share reaches the threshold (30 % by default);
 * `relative` — the school is in the district's worst quarter on that procedure (St. Petersburg РСОКО
 * compares schools by the lower quartile).
 */
export type CriteriaMode = "absolute" | "relative";

/** Sample-size bands of a procedure, in participants (ФИОКО recommendations on ВПР analysis). */
export interface SampleSizeRules {
  /** At or above: the result is informative (50). */
  informative: number;
  /** At or above (and below `informative`): usable (20). */
  usable: number;
  /** At or above (and below `usable`): counted but marked «выборка ограничена» (10); below it: not counted. */
  limited: number;
}

/** Signs of non-objectivity of ВПР results (a flag, not a category). */
export interface ObjectivityRules {
  /** «Повысили» (ВПР mark above the journal mark), % of participants, at or above which the flag is set (15). */
  raisedThreshold: number;
  /** Robust z of ВПР качество against the district, at or above which (with ОГЭ failures above the district) the flag is set (2). */
  robustZ: number;
  /** Flagged schools are not counted as "improved" (true). */
  excludeFromImproved: boolean;
}

/**
 * The criteria profile: every number the ШНОР / зона риска / ШНСУ rules use. The default is
 * `DEFAULT_CRITERIA_PROFILE` (criteria.md); a district edits it and the add-in stores it in the workbook.
 */
export interface CriteriaProfile {
  /** Format version of the stored JSON (`CRITERIA_PROFILE_VERSION`). */
  version: number;
  /** A name the district gives its profile, shown in generated sheets. */
  name: string;
  /** Absolute threshold or the district's worst quarter. */
  mode: CriteriaMode;
  /** Failure share, %, at or above which a procedure counts as low in the absolute mode (30). */
  failShareThreshold: number;
  /** Share of the district (0–1) that counts as its worst part in the relative mode (0,25). */
  relativeWorstShare: number;
  /** Low procedures of the last year that make a school ШНОР (2). */
  minLowProcedures: number;
  /** The same procedure low in both of the last two years makes a school ШНОР (true). */
  sameProcedureTwoYears: boolean;
  /** A rise of the failure share against last year, п.п., that puts a school into the зона риска (10). */
  riskRise: number;
  /** Results above the district mean but within this many standard deviations of it: зона риска (0,25). */
  riskBand: number;
  /** Share of the district (0–1) with the most difficult context that is ШНСУ (0,25). */
  shnsuWorstShare: number;
  /** A higher context index means a more difficult contingent (true). */
  contextHigherIsWorse: boolean;
  /** Sample-size bands. */
  sampleSize: SampleSizeRules;
  /** Non-objectivity flags. */
  objectivity: ObjectivityRules;
  /** Dynamics tolerance, п.п.: changes within ±tolerance are "stable" (1). */
  dynamicsTolerance: number;
  /** ЕГЭ minimum test scores (or marks) per year and subject. */
  egeMinimums: EgeMinimums;
  /** ОГЭ primary-score scales per year and subject. */
  ogeScales: OgeScales;
}

/**
 * The default profile of criteria.md. Its numbers are defaults, not law: each is shown with its source
 * (`PROFILE_FIELDS`) and every one is editable by the district.
 *
 * @example DEFAULT_CRITERIA_PROFILE.failShareThreshold // 30
 */
export const DEFAULT_CRITERIA_PROFILE: Readonly<CriteriaProfile> = Object.freeze({
  version: CRITERIA_PROFILE_VERSION,
  name: "По умолчанию (федеральный индикатор риска)",
  mode: "absolute",
  failShareThreshold: 30,
  relativeWorstShare: 0.25,
  minLowProcedures: 2,
  sameProcedureTwoYears: true,
  riskRise: 10,
  riskBand: 0.25,
  shnsuWorstShare: 0.25,
  contextHigherIsWorse: true,
  sampleSize: { informative: 50, usable: 20, limited: 10 },
  objectivity: { raisedThreshold: 15, robustZ: 2, excludeFromImproved: true },
  dynamicsTolerance: 1,
  egeMinimums: DEFAULT_EGE_MINIMUMS,
  ogeScales: DEFAULT_OGE_SCALES,
});

/**
 * A deep, mutable copy of a profile (the default is frozen), for a district to edit.
 * @example cloneProfile(DEFAULT_CRITERIA_PROFILE).failShareThreshold // 30
 */
export function cloneProfile(profile: Readonly<CriteriaProfile>): CriteriaProfile {
  return JSON.parse(JSON.stringify(profile)) as CriteriaProfile;
}
