/**
 * ЕГЭ minimum scores and ОГЭ scales, per year and subject, as data of the criteria profile. Subjects are
 * keyed by their canonical Russian name (`canonicalSubject`); a district may add its own keys.
 */

/** A ЕГЭ minimum: a test score (most subjects) or a mark (базовая математика: «3»). */
export type EgeMinimum = number | { mark: number };

/** Year ("2024") → subject → minimum. */
export type EgeMinimums = Record<string, Record<string, EgeMinimum>>;

/**
 * An ОГЭ primary-score scale: the lowest score of «3», «4» and «5», and the maximum. Below `three` is «2».
 */
export interface OgeScale {
  three: number;
  four: number;
  five: number;
  max: number;
}

/** Year ("2023") → subject → scale. */
export type OgeScales = Record<string, Record<string, OgeScale>>;

/** ЕГЭ minimum test scores, unchanged over these years (confirmed for 2026 by Rosobrnadzor's announcement). */
const EGE_MINIMUMS_RECENT: Record<string, EgeMinimum> = {
  "русский язык": 24,
  "математика профильная": 27,
  "математика базовая": { mark: 3 },
  обществознание: 42,
  информатика: 40,
  география: 37,
  физика: 36,
  химия: 36,
  биология: 36,
  история: 32,
  литература: 32,
  "иностранный язык": 22,
};

/** Default ЕГЭ minimums, kept per year so that a change in one year does not rewrite the others. */
export const DEFAULT_EGE_MINIMUMS: EgeMinimums = Object.fromEntries(
  ["2022", "2023", "2024", "2025", "2026"].map((year) => [year, { ...EGE_MINIMUMS_RECENT }]),
);

/** Default ОГЭ scales (2023, confirmed); other years are added by the district as they are published. */
export const DEFAULT_OGE_SCALES: OgeScales = {
  "2023": {
    "русский язык": { three: 15, four: 23, five: 29, max: 33 },
    математика: { three: 8, four: 15, five: 22, max: 31 },
    физика: { three: 11, four: 23, five: 35, max: 45 },
  },
};

/** Keyword rules from any spelling of a subject to its canonical name (first match wins). */
const SUBJECT_RULES: ReadonlyArray<[RegExp, string]> = [
  [/рус/u, "русский язык"],
  [/мат.*проф|проф.*мат/u, "математика профильная"],
  [/мат.*баз|баз.*мат/u, "математика базовая"],
  [/^мат|алгебр/u, "математика"],
  [/общ/u, "обществознание"],
  [/информ|икт/u, "информатика"],
  [/геогр/u, "география"],
  [/физик/u, "физика"],
  [/хим/u, "химия"],
  [/биол/u, "биология"],
  [/истор/u, "история"],
  [/литер/u, "литература"],
  [/иностр|англ|немец|франц|испан|китай/u, "иностранный язык"],
];

/**
 * Normalises a subject name: lower case, «ё» → «е», the exam's name and punctuation removed.
 * @example normaliseSubject("ЕГЭ. Математика (профиль)") // "математика профиль"
 */
export function normaliseSubject(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/gu, "е")
    .replace(/егэ|огэ|гиа\s*-?\s*\d*|впр/gu, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * The canonical name of a subject from any spelling, or the normalised text when no rule knows it.
 * @example canonicalSubject("Профильная математика") // "математика профильная"
 * @example canonicalSubject("Английский язык") // "иностранный язык"
 */
export function canonicalSubject(text: string): string {
  const normal = normaliseSubject(text);
  for (const [pattern, name] of SUBJECT_RULES) if (pattern.test(normal)) return name;
  return normal;
}

/**
 * Which exam a subject text names: "ОГЭ" when it says ОГЭ or ГИА-9, else "ЕГЭ".
 * @example examOf("ОГЭ математика") // "ОГЭ"
 */
export function examOf(text: string): "ЕГЭ" | "ОГЭ" {
  return /огэ|гиа\s*-?\s*9/iu.test(text) ? "ОГЭ" : "ЕГЭ";
}

/**
 * The entry for `year` in a per-year table, or the nearest earlier year's (minimums and scales carry over
 * until a new one is published); undefined when the table has no year at or before it.
 * @example yearEntry({ "2023": 1, "2025": 2 }, 2024) // { year: "2023", value: 1 }
 */
export function yearEntry<T>(table: Record<string, T>, year: number): { year: string; value: T } | undefined {
  let best: string | undefined;
  for (const key of Object.keys(table)) {
    const y = Number(key);
    if (Number.isFinite(y) && y <= year && (best === undefined || y > Number(best))) best = key;
  }
  return best === undefined ? undefined : { year: best, value: table[best] };
}

/**
 * Looks a subject up in one year's table: by its canonical name, then by its normalised text (districts may
 * add subjects under their own names).
 * @example subjectEntry({ "русский язык": 24 }, "Русский") // 24
 */
export function subjectEntry<T>(table: Record<string, T>, subject: string): T | undefined {
  const canonical = canonicalSubject(subject);
  if (Object.prototype.hasOwnProperty.call(table, canonical)) return table[canonical];
  const normal = normaliseSubject(subject);
  for (const key of Object.keys(table)) if (normaliseSubject(key) === normal) return table[key];
  return undefined;
}
