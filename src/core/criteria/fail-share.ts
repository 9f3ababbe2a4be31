import { issue } from "../issue-codes";
import { fail, ok, type Result } from "../result";
import { canonicalSubject, examOf, subjectEntry, yearEntry } from "./exam-scales";
import type { CriteriaProfile } from "./profile";

/** What a failure share from exam scores was computed against. */
export interface ScoreFailShare {
  /** % of participants below the minimum. */
  share: number;
  exam: "ЕГЭ" | "ОГЭ";
  /** The profile year whose minimum was used (the nearest year at or before the one asked). */
  year: string;
  /** The minimum: a test score, a mark («3» for базовая математика) or the ОГЭ primary score of «3». */
  minimum: number;
  /** Whether the scores are read as marks (базовая математика) rather than test or primary scores. */
  marks: boolean;
  participants: number;
}

/**
 * Failure share from the scores of one school's participants: ЕГЭ — % below the subject's minimum test
 * score of that year (for базовая математика the scores are marks and the minimum is «3»); ОГЭ (when the
 * subject says «ОГЭ») — % below the primary score of «3» on that year's scale. Years the profile lacks use
 * its nearest earlier year.
 *
 * @example failShareFromScores([20, 30, 50, 70], "русский язык", 2024, profile) // share 25 (one of four below 24)
 * @example failShareFromScores([5, 9, 12, 20], "ОГЭ математика", 2023, profile) // share 25 (below 8)
 */
export function failShareFromScores(
  scores: readonly number[],
  subject: string,
  year: number,
  profile: Readonly<CriteriaProfile>,
): Result<ScoreFailShare> {
  const exam = examOf(subject);
  const table = exam === "ЕГЭ" ? profile.egeMinimums : profile.ogeScales;
  const entry = yearEntry<Record<string, unknown>>(table, year);
  const subjects = entry
    ? Object.keys(entry.value)
    : Object.keys((Object.values(table)[0] as Record<string, unknown> | undefined) ?? {});
  const unknown = () =>
    fail<ScoreFailShare>(
      issue("unknown-subject", {
        text: subject,
        exam,
        year: String(year),
        candidates: subjects.map((s) => `«${s}»`),
      }),
    );
  if (!entry) return unknown();

  let minimum: number;
  let max: number;
  let marks = false;
  if (exam === "ЕГЭ") {
    const found = subjectEntry(profile.egeMinimums[entry.year], subject);
    if (found === undefined) return unknown();
    marks = typeof found !== "number";
    minimum = typeof found === "number" ? found : found.mark;
    max = marks ? 5 : 100;
  } else {
    const scale = subjectEntry(profile.ogeScales[entry.year], subject);
    if (scale === undefined) return unknown();
    minimum = scale.three;
    max = scale.max;
  }

  if (scores.length === 0) return fail(issue("no-participants"));
  let below = 0;
  for (const score of scores) {
    if (!Number.isFinite(score) || score < 0 || score > max) {
      return fail(
        issue("out-of-range", { value: score, range: `0–${max} (${exam}, ${canonicalSubject(subject)})` }),
      );
    }
    if (score < minimum) below++;
  }
  return ok({
    share: (100 * below) / scores.length,
    exam,
    year: entry.year,
    minimum,
    marks,
    participants: scores.length,
  });
}
