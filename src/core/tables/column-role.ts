/**
 * What a column of a district sheet holds, whatever its header says. The closed set the data layer
 * recognises; everything else is an unrecognised column.
 */
export const COLUMN_ROLES = [
  // identity and breakdown
  "rowNumber",
  "school",
  "schoolCode",
  "schoolType",
  "address",
  "year",
  "procedure",
  "grade",
  "subject",
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
  // contingent
  "students",
  "ovz",
  "inophone",
  "lowIncome",
  "registered",
  "contextIndex",
  // staffing
  "teachers",
  "categoryHighest",
  "categoryFirst",
  "experienceUnder3",
  "over65",
  "vacancies",
  "staffingIndex",
  // microdistrict
  "microdistrictIndex",
  "newHousing",
  "transportAccess",
  "cultureAccess",
  // status
  "shnorFlag",
] as const;

/** One of the closed set of column roles. */
export type ColumnRole = (typeof COLUMN_ROLES)[number];

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
const COUNT_OR_PERCENT: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
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
]);

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
