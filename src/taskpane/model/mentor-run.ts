/**
 * Mentor pairs for the группа внимания («Школа – школе»): each school of a list gets the nearest school in
 * standardised context among those with results above the district mean, not on the list, not special.
 */
import { findMentor, type MentorMatch } from "../../core/mentors";
import { isSpecialSchool, messageRu, type Measure } from "../../core";

/** A mentor pair with why they match. */
export interface MentorPair {
  school: { key: string; name: string };
  mentor?: { key: string; name: string };
  /** Context variables closest first. */
  matches: MentorMatch[];
  distance?: number;
  why: string;
}

/**
 * Pairs every school of `mentees` with its mentor.
 * @example mentorPairs(["240"], schools, results, [contingent, staffing, micro])[0].mentor?.key // "231"
 */
export function mentorPairs(
  mentees: readonly string[],
  schools: readonly { key: string; name: string }[],
  results: Measure,
  contexts: readonly { name: string; measure: Measure }[],
): MentorPair[] {
  const usable = schools.filter(
    (s) => results.values.has(s.key) && contexts.every((c) => c.measure.values.has(s.key)),
  );
  const district = {
    keys: usable.map((s) => s.key),
    contexts: usable.map((s) => contexts.map((c) => c.measure.values.get(s.key)!)),
    results: usable.map((s) => results.values.get(s.key)!),
    variables: contexts.map((c) => c.name),
  };
  const exclude = new Set([...mentees, ...schools.map((s) => s.key).filter(isSpecialSchool)]);
  const nameOf = new Map(schools.map((s) => [s.key, s.name]));
  return mentees.map((key) => {
    const school = { key, name: nameOf.get(key) ?? key };
    const found = findMentor(key, district, exclude);
    if (!found.ok) return { school, matches: [], why: messageRu(found.issue) };
    const m = found.value;
    return {
      school,
      mentor: { key: m.key, name: nameOf.get(m.key) ?? m.key },
      matches: m.matches,
      distance: m.distance,
      why: m.why,
    };
  });
}
