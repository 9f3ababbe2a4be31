import { monthOfWord } from "./russian-months";

/** A token of a Russian deadline text. */
export type DeadlineToken =
  | { t: "date"; day: number; month: number; year?: number }
  | { t: "year"; year: number; second?: number }
  | { t: "num"; n: number }
  | { t: "month"; month: number }
  | { t: "roman"; n: number }
  | { t: "word"; w: string }
  | { t: "-" }
  | { t: "," }
  | { t: "(" }
  | { t: ")" };

/** Words that carry no meaning in a deadline («2023 года», «г.», «включительно»). */
const FILLER: ReadonlySet<string> = new Set([
  "г",
  "гг",
  "год",
  "года",
  "году",
  "включительно",
  "числа",
  "срок",
]);

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, і: 1, іі: 2 };

const TOKEN =
  /(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?(?!\d)|(\d{4})(?:\s*\/\s*(\d{4}))?(?!\d)|(\d{1,2})(?!\d)|([a-zа-яё]+)|(-)|([,;])|(\()|(\))|(\S)/giu;

/**
 * Splits a deadline text into tokens; undefined when it holds a character a deadline never has.
 * Latin «C» at the start (a typing slip for «С») reads as «с»; dashes of every kind read as "-".
 * @example tokenizeDeadline("до 30 сентября")?.map((t) => t.t) // ["word", "num", "month"]
 */
export function tokenizeDeadline(text: string): DeadlineToken[] | undefined {
  const s = text
    .toLowerCase()
    .replace(/ё/gu, "е")
    .replace(/[\u2010-\u2015\u2212]/gu, "-")
    .replace(/^c(?=[\s\d])/u, "с")
    .replace(/[\s\u00a0]+/gu, " ")
    .trim();
  const tokens: DeadlineToken[] = [];
  for (const m of s.matchAll(TOKEN)) {
    if (m[1] !== undefined) {
      const y = m[3] === undefined ? undefined : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
      tokens.push({ t: "date", day: Number(m[1]), month: Number(m[2]), year: y });
    } else if (m[4] !== undefined) {
      tokens.push({ t: "year", year: Number(m[4]), second: m[5] === undefined ? undefined : Number(m[5]) });
    } else if (m[6] !== undefined) {
      tokens.push({ t: "num", n: Number(m[6]) });
    } else if (m[7] !== undefined) {
      const w = m[7];
      if (FILLER.has(w)) continue;
      if (w === "и") {
        tokens.push({ t: "," });
        continue;
      }
      const month = monthOfWord(w);
      if (month > 0) tokens.push({ t: "month", month });
      else if (ROMAN[w] !== undefined) tokens.push({ t: "roman", n: ROMAN[w] });
      else tokens.push({ t: "word", w });
    } else if (m[8] !== undefined) tokens.push({ t: "-" });
    else if (m[9] !== undefined) tokens.push({ t: "," });
    else if (m[10] !== undefined) tokens.push({ t: "(" });
    else if (m[11] !== undefined) tokens.push({ t: ")" });
    else if (m[12] === ".") continue;
    else return undefined;
  }
  return tokens;
}
