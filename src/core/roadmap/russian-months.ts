/** Stems of the Russian month names, January first; a stem matches every case form (март, марта, марте). */
const MONTH_STEMS: readonly string[] = [
  "январ",
  "феврал",
  "март",
  "апрел",
  "ма",
  "июн",
  "июл",
  "август",
  "сентябр",
  "октябр",
  "ноябр",
  "декабр",
];

const MAY_FORMS: ReadonlySet<string> = new Set(["май", "мая", "мае", "маю", "маем"]);

/** The month names in the nominative, for messages. */
export const MONTH_NAMES_RU: readonly string[] = [
  "январь",
  "февраль",
  "март",
  "апрель",
  "май",
  "июнь",
  "июль",
  "август",
  "сентябрь",
  "октябрь",
  "ноябрь",
  "декабрь",
];

/**
 * The month number (1–12) of a Russian month word in any case, or 0 when the word is not a month.
 * @example monthOfWord("сентября") // 9
 * @example monthOfWord("Май") // 5
 * @example monthOfWord("мероприятие") // 0
 */
export function monthOfWord(word: string): number {
  const w = word.toLowerCase();
  if (MAY_FORMS.has(w)) return 5;
  for (let i = 0; i < MONTH_STEMS.length; i++) {
    const stem = MONTH_STEMS[i];
    if (i === 4) continue;
    if (w.startsWith(stem) && w.length <= stem.length + 3) return i + 1;
  }
  return 0;
}

/**
 * The number of days in a month of a year (Gregorian).
 * @example daysInMonth(2024, 2) // 29
 * @example daysInMonth(2023, 2) // 28
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * An ISO date (YYYY-MM-DD) from year, month (1–12) and day.
 * @example isoDate(2023, 3, 9) // "2023-03-09"
 */
export function isoDate(year: number, month: number, day: number): string {
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
