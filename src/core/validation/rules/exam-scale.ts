import { canonicalSubject, subjectEntry, yearEntry, type OgeScale } from "../../criteria/exam-scales";
import type { CriteriaProfile } from "../../criteria/profile";

/**
 * The ОГЭ primary-score scale of a subject in a year from the profile (the nearest earlier year's when the
 * year has none), or undefined when the profile does not know it.
 * @example ogeScaleFor(profile, "Математика", 2023) // { three: 8, four: 15, five: 22, max: 31 }
 */
export function ogeScaleFor(
  profile: Readonly<CriteriaProfile>,
  subject: string | undefined,
  year: number,
): { scale: OgeScale; year: string } | undefined {
  if (subject === undefined || year === 0) return undefined;
  const entry = yearEntry(profile.ogeScales, year);
  if (!entry) return undefined;
  const scale = subjectEntry(entry.value, subject);
  return scale ? { scale, year: entry.year } : undefined;
}

/**
 * The ЕГЭ minimum test score of a subject in a year, or undefined (unknown subject or year, or a subject
 * graded by marks: базовая математика).
 * @example egeMinimumFor(profile, "Русский язык", 2023) // 24
 */
export function egeMinimumFor(
  profile: Readonly<CriteriaProfile>,
  subject: string | undefined,
  year: number,
): number | undefined {
  if (subject === undefined || year === 0) return undefined;
  const entry = yearEntry(profile.egeMinimums, year);
  const minimum = entry ? subjectEntry(entry.value, subject) : undefined;
  return typeof minimum === "number" ? minimum : undefined;
}

/**
 * The range of a ЕГЭ average score: 0–100 test points; базовая математика 0–21 primary points (or a mark).
 * @example egeScoreRange("Математика (база)") // [0, 21]
 */
export function egeScoreRange(subject: string | undefined): [number, number] {
  return subject !== undefined && canonicalSubject(subject) === "математика базовая" ? [0, 21] : [0, 100];
}

/**
 * The mark an ОГЭ primary score gives on a scale.
 * @example markOnScale(16, { three: 8, four: 15, five: 22, max: 31 }) // 4
 */
export function markOnScale(score: number, scale: OgeScale): number {
  if (score >= scale.five) return 5;
  if (score >= scale.four) return 4;
  if (score >= scale.three) return 3;
  return 2;
}
