import { issue } from "../issue-codes";
import { fail, ok, type Result } from "../result";
import { standardizeColumns } from "../stats/standardize";
import { formatRu } from "../criteria/texts-ru";

/** The district's schools as MENTOR sees them; every array is aligned with `keys`. */
export interface MentorDistrict {
  /** School keys (SCHOOLID), one per row. */
  keys: readonly string[];
  /** Context variables per school (rows × variables); a row with a non-finite value takes no part. */
  contexts: readonly (readonly number[])[];
  /** Each school's result (higher is better); non-finite: no result, cannot mentor. */
  results: readonly number[];
  /** Each school's dynamics (DYNAMICS: 1 / 0 / −1); when given, a mentor needs positive dynamics. */
  dynamics?: readonly number[];
  /** Names of the context variables, for "why they match". */
  variables?: readonly string[];
}

/** One context variable in which mentor and school are close, in standard deviations. */
export interface MentorMatch {
  variable: string;
  /** |z(mentor) − z(school)|. */
  difference: number;
}

/** The mentor found and why it fits. */
export interface MentorChoice {
  key: string;
  /** Euclidean distance in standardised context. */
  distance: number;
  /** The context variables, closest first. */
  matches: MentorMatch[];
  /** Russian explanation for the task pane. */
  why: string;
}

/**
 * Compares school keys deterministically: numbers by value ("62" before "221"), then text by code points.
 * @example compareKeys("62", "221") // negative
 */
export function compareKeys(a: string, b: string): number {
  const na = /^\d+$/u.test(a) ? Number(a) : NaN;
  const nb = /^\d+$/u.test(b) ? Number(b) : NaN;
  if (!Number.isNaN(na) && !Number.isNaN(nb) && na !== nb) return na - nb;
  if (!Number.isNaN(na) !== !Number.isNaN(nb)) return Number.isNaN(na) ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The mentor for a school of the группа внимания («Школа – школе»): among schools with results above the
 * district mean (and positive dynamics where given), not excluded (`exclude` holds keys, e.g. every ШНОР),
 * never the school itself, the nearest in standardised context. Ties (equal distance up to rounding) go to
 * the smaller key, so the answer does not depend on the row order.
 *
 * @example
 * findMentor("221", { keys: ["221", "223", "240"], contexts: [[0.8], [0.7], [0.1]], results: [40, 70, 80] }, new Set())
 * // { ok: true, value: { key: "223", distance: 0.24, … } }
 */
export function findMentor(
  school: string,
  district: MentorDistrict,
  exclude: ReadonlySet<string>,
): Result<MentorChoice> {
  const { keys, contexts, results, dynamics } = district;
  const n = keys.length;
  if (contexts.length !== n || results.length !== n || (dynamics && dynamics.length !== n)) {
    return fail(issue("shape-mismatch"));
  }
  const width = contexts.reduce((w, row) => Math.max(w, row.length), 0);
  const usable: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = contexts[i];
    if (row.length === width && row.every(Number.isFinite)) usable.push(i);
  }
  const own = usable.find((i) => keys[i] === school);
  if (own === undefined) {
    return keys.includes(school)
      ? fail(issue("no-school-data", { text: "нет значений контекста школы." }))
      : fail(issue("school-unknown", { text: school }));
  }
  if (usable.length < 2) return fail(issue("not-enough-data", { min: 2 }));
  // A canonical row order (by key, then values) makes every sum, and so the answer, independent of how
  // the district's rows are ordered.
  usable.sort(
    (a, b) =>
      compareKeys(keys[a], keys[b]) ||
      compareRows(contexts[a], contexts[b]) ||
      compareNumbers(results[a], results[b]),
  );

  const { z } = standardizeColumns(usable.map((i) => contexts[i]));
  const zOf = new Map<number, readonly number[]>(usable.map((i, k) => [i, z[k]]));
  const finiteResults = results.filter(Number.isFinite).sort((a, b) => a - b);
  const mean = finiteResults.reduce((a, b) => a + b, 0) / finiteResults.length;

  const target = zOf.get(own)!;
  let best: { index: number; distance: number } | undefined;
  for (const i of usable) {
    if (i === own || keys[i] === school || exclude.has(keys[i])) continue;
    const result = results[i];
    if (!Number.isFinite(result) || !(result > mean)) continue;
    if (dynamics && !(dynamics[i] > 0)) continue;
    const zi = zOf.get(i)!;
    let squares = 0;
    for (let j = 0; j < width; j++) squares += (zi[j] - target[j]) ** 2;
    const distance = Math.sqrt(squares);
    if (!best) {
      best = { index: i, distance };
      continue;
    }
    const tolerance = 1e-9 * Math.max(1, best.distance, distance);
    const closer = distance < best.distance - tolerance;
    const tie = Math.abs(distance - best.distance) <= tolerance;
    if (closer || (tie && compareKeys(keys[i], keys[best.index]) < 0)) best = { index: i, distance };
  }
  if (!best) return fail(issue("not-enough-data", { min: 1 }));

  const names = district.variables;
  const mentorZ = zOf.get(best.index)!;
  const matches = target
    .map((value, j) => ({
      variable: names?.[j] ?? `показатель ${j + 1}`,
      difference: Math.abs(mentorZ[j] - value),
    }))
    .sort((a, b) => a.difference - b.difference);
  const why =
    `Школа ${keys[best.index]}: результат выше среднего по району` +
    (dynamics ? ", положительная динамика" : "") +
    `; ближе всех по контексту (расстояние ${formatRu(best.distance, 2)} ст. откл.): ` +
    matches.map((m) => `${m.variable} — разница ${formatRu(m.difference, 2)}`).join(", ") +
    ".";
  return ok({ key: keys[best.index], distance: best.distance, matches, why });
}

function compareRows(a: readonly number[], b: readonly number[]): number {
  for (let j = 0; j < a.length; j++) if (a[j] !== b[j]) return a[j] - b[j];
  return 0;
}

function compareNumbers(a: number, b: number): number {
  const fa = Number.isFinite(a);
  const fb = Number.isFinite(b);
  if (fa && fb) return a - b;
  return fa === fb ? 0 : fa ? -1 : 1;
}
