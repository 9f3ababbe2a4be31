/** The values a template's placeholders are filled with. */
export interface PlaceholderValues {
  year: number;
  /** The district in the nominative: «Кировский район». */
  district: string;
  /** The district in the genitive: «Кировского района»; derived from `district` when absent. */
  districtGen?: string;
  school?: string;
  cluster?: string | number;
  status?: string;
  risk?: string | number;
  mentor?: string;
  mentee?: string;
}

/** The placeholder names a template may use ({year+N} and {year-N} besides). */
export const PLACEHOLDER_NAMES: readonly string[] = [
  "year",
  "schoolYear",
  "district",
  "districtGen",
  "school",
  "cluster",
  "status",
  "risk",
  "mentor",
  "mentee",
];

/** What a placeholder without a value prints: a blank line to fill in by hand. */
export const BLANK_VALUE = "________";

const PLACEHOLDER = /\{([A-Za-z]+)([+-]\d{1,2})?\}/gu;

/**
 * The genitive of a district's name, for «… администрации Кировского района»: adjectives before «район» /
 * «округ» take «-ого», the noun «-а»; the rest (e.g. «Санкт-Петербурга») is kept. A name without «район» or
 * «округ» is returned as is.
 * @example districtGenitive("Кировский район") // "Кировского района"
 * @example districtGenitive("Всеволожский муниципальный район") // "Всеволожского муниципального района"
 */
export function districtGenitive(district: string): string {
  const words = district.trim().split(/\s+/u);
  const noun = words.findIndex((w) => /^(район|округ)$/iu.test(w));
  if (noun < 0) return district.trim();
  const adjectives = words.slice(0, noun).map((w) =>
    w
      .replace(/(ск|цк|ж|ш|ч|щ|к|г|х)ий$/u, "$1ого")
      .replace(/ний$/u, "него")
      .replace(/[ыо]й$/u, "ого"),
  );
  return [...adjectives, `${words[noun]}а`, ...words.slice(noun + 1)].join(" ");
}

/**
 * Fills the placeholders of a template text: {year}, {year+1}, {year-2}, {schoolYear} («2023/2024»),
 * {district}, {districtGen}, {school}, {cluster}, {status}, {risk}, {mentor}, {mentee}. A placeholder with no
 * value prints a blank line; an unknown one is left as written.
 * @example fillPlaceholders("План {districtGen} на {year} год", { year: 2024, district: "Кировский район" })
 *   // "План Кировского района на 2024 год"
 * @example fillPlaceholders("за {year-1}/{year} учебный год", { year: 2024, district: "" }) // "за 2023/2024 учебный год"
 */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string, shift?: string) => {
    if (name === "year") return String(values.year + (shift ? Number(shift) : 0));
    if (shift !== undefined) return whole;
    switch (name) {
      case "schoolYear":
        return `${values.year}/${values.year + 1}`;
      case "district":
        return values.district || BLANK_VALUE;
      case "districtGen":
        return values.districtGen ?? (values.district ? districtGenitive(values.district) : BLANK_VALUE);
      case "school":
      case "cluster":
      case "status":
      case "risk":
      case "mentor":
      case "mentee": {
        const v = values[name];
        return v === undefined || v === "" ? BLANK_VALUE : String(v);
      }
      default:
        return whole;
    }
  });
}

/**
 * The placeholders of a text that no template knows (typing slips such as «{yaer}»).
 * @example unknownPlaceholders("на {year} год, {distrct}") // ["{distrct}"]
 */
export function unknownPlaceholders(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const known = m[1] === "year" || (m[2] === undefined && PLACEHOLDER_NAMES.includes(m[1]));
    if (!known) out.push(m[0]);
  }
  return out;
}
