import type { CellValue } from "../cells/cell-value";
import { cellText } from "../cells/cell-text";

/** A school year: «2022/2023», «2022-2023», «2022–23». */
const SCHOOL_YEAR = /(?<!\d)(20\d{2})\s*(?:\/|-|–|—|−)\s*(20\d{2}|\d{2})(?!\d)/u;
/** A date: «18.04.2023». */
const DATE = /(?<!\d)\d{1,2}\.\d{1,2}\.(20\d{2})(?!\d)/u;
/** A year on its own: «ВПР 2023», «ОГЭ-2022», «2023 г.». */
const YEAR = /(?<!\d)(20\d{2})(?!\d)/u;

/**
 * The calendar year of an assessment named in a text: a school year gives its second (spring) year, else a
 * date's year, else the first year written. Undefined when the text names no year.
 *
 * @example yearFromText("ВПР 2023") // 2023
 * @example yearFromText("ОГЭ-2022") // 2022
 * @example yearFromText("Итоги 2022/2023 уч. года") // 2023
 * @example yearFromText("Соц. паспорт") // undefined
 */
export function yearFromText(text: string): number | undefined {
  const span = SCHOOL_YEAR.exec(text);
  if (span) {
    const first = Number(span[1]);
    const second = span[2].length === 2 ? Math.floor(first / 100) * 100 + Number(span[2]) : Number(span[2]);
    if (second === first + 1) return second;
  }
  const date = DATE.exec(text);
  if (date) return Number(date[1]);
  const year = YEAR.exec(text);
  return year ? Number(year[1]) : undefined;
}

/**
 * The year in a cell of a year column: a whole number 2000…2099, or text as `yearFromText` reads it.
 * @example yearFromCell(2023) // 2023
 * @example yearFromCell("2022-2023 уч.г.") // 2023
 * @example yearFromCell(45.5) // undefined
 */
export function yearFromCell(value: CellValue): number | undefined {
  if (typeof value === "number")
    return Number.isInteger(value) && value >= 2000 && value <= 2099 ? value : undefined;
  if (typeof value !== "string") return undefined;
  return yearFromText(cellText(value));
}
