import type { CellValue } from "./cell-value";

/**
 * The text a cell shows, trimmed: numbers in plain notation, booleans as Russian Excel shows them, blanks as "".
 * @example cellText("  СОШ № 221 ") // "СОШ № 221"
 * @example cellText(2023) // "2023"
 * @example cellText(null) // ""
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "ИСТИНА" : "ЛОЖЬ";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return value.replace(/[\s\u00a0\u202f]+/gu, " ").trim();
}

/**
 * True when a cell holds nothing: null, undefined, or only spaces.
 * @example isBlankCell("  ") // true
 * @example isBlankCell(0) // false
 */
export function isBlankCell(value: CellValue): boolean {
  return cellText(value) === "" && typeof value !== "number";
}

/**
 * Text folded for matching: lower case, «ё» as «е», line breaks and runs of spaces as one space, quotes
 * unified, trimmed.
 * @example foldText("Кол-во\nучастников, %") // "кол-во участников, %"
 * @example foldText("Четвёрки") // "четверки"
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/gu, "е")
    .replace(/[«»“”„"']/gu, '"')
    .replace(/[‐‑‒–—―−]/gu, "-")
    .replace(/[\s\u00a0\u202f]+/gu, " ")
    .trim();
}
