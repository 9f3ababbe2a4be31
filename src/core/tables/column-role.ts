/** Roles that name a school and break its rows down (year, procedure, grade, subject). */
const IDENTITY = [
  "rowNumber",
  "school",
  "schoolCode",
  "schoolType",
  "address",
  "year",
  "procedure",
  "grade",
  "subject",
] as const;

/** Roles of a контингент (social passport) sheet. */
const CONTINGENT = ["students", "ovz", "inophone", "lowIncome", "registered", "contextIndex"] as const;

/** Roles of a кадры (staffing) sheet. */
const STAFFING = [
  "teachers",
  "categoryHighest",
  "categoryFirst",
  "experienceUnder3",
  "over65",
  "vacancies",
  "staffingIndex",
] as const;

/** Roles of a микрорайон sheet. */
const MICRODISTRICT = ["microdistrictIndex", "newHousing", "transportAccess", "cultureAccess"] as const;

/**
 * What a column of a district sheet holds, whatever its header says. The closed set the data layer
 * recognises; everything else is an unrecognised column.
 */
export const COLUMN_ROLES = [
  ...IDENTITY,
  // assessment results
  "participants",
  "mark2",
  "mark3",
  "mark4",
  "mark5",
  "lowered",
  "confirmed",
  "raised",
  "avgScore",
  "avgMark",
  "failShare",
  "belowMin",
  "share80_100",
  "success",
  "quality",
  ...CONTINGENT,
  ...STAFFING,
  ...MICRODISTRICT,
  // status
  "shnorFlag",
] as const;

/** One of the closed set of column roles. */
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Roles that name a school and break its rows down: not numbers to check or to compute with. */
export const IDENTITY_ROLES: readonly ColumnRole[] = IDENTITY;

/** Roles of a контингент sheet: students and the shares that make a contingent difficult. */
export const CONTINGENT_ROLES: readonly ColumnRole[] = CONTINGENT;

/** Roles of a кадры sheet: teachers, their categories, experience, age and vacancies. */
export const STAFFING_ROLES: readonly ColumnRole[] = STAFFING;

/** Roles of a микрорайон sheet. */
export const MICRODISTRICT_ROLES: readonly ColumnRole[] = MICRODISTRICT;

/** Roles that describe a school's context (контингент, кадры, микрорайон) rather than its results. */
export const CONTEXT_ROLES: readonly ColumnRole[] = [...CONTINGENT, ...STAFFING, ...MICRODISTRICT];

/** Roles whose numbers are percents unless the header says they are counts. */
const PERCENT_BY_NATURE: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  "lowered",
  "confirmed",
  "raised",
  "failShare",
  "belowMin",
  "share80_100",
  "success",
  "quality",
]);

/** Roles that may hold either counts or percents, decided by the header or, failing that, by the numbers. */
export const COUNT_OR_PERCENT_ROLES: readonly ColumnRole[] = [
  "mark2",
  "mark3",
  "mark4",
  "mark5",
  "ovz",
  "inophone",
  "lowIncome",
  "registered",
  "categoryHighest",
  "categoryFirst",
  "experienceUnder3",
  "over65",
  "vacancies",
  "newHousing",
];
const COUNT_OR_PERCENT: ReadonlySet<ColumnRole> = new Set(COUNT_OR_PERCENT_ROLES);

/**
 * True when a role's numbers are percents unless the header says otherwise (ВПР-versus-journal shares,
 * failure shares, ЕГЭ shares).
 * @example isPercentByNature("failShare") // true
 * @example isPercentByNature("participants") // false
 */
export function isPercentByNature(role: ColumnRole): boolean {
  return PERCENT_BY_NATURE.has(role);
}

/**
 * True when a role may hold counts or percents (marks, contingent and staffing shares).
 * @example mayBePercent("ovz") // true
 * @example mayBePercent("avgScore") // false
 */
export function mayBePercent(role: ColumnRole): boolean {
  return COUNT_OR_PERCENT.has(role) || PERCENT_BY_NATURE.has(role);
}

/**
 * True when a string names a column role (for corrections saved in the workbook).
 * @example isColumnRole("avgScore") // true
 * @example isColumnRole("score") // false
 */
export function isColumnRole(text: string): text is ColumnRole {
  return (COLUMN_ROLES as readonly string[]).includes(text);
}
