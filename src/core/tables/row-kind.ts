import type { CellValue } from "../cells/cell-value";
import { cellText, foldText } from "../cells/cell-text";

/** Why a row below the header is not a data row. */
export type SkipReason = "spacer" | "total" | "aggregate" | "header" | "note";

/** A ФИС ОКО login in front of a school name: «sch780123 ГБОУ СОШ № 221». */
const LOGIN = /^(sch\d{3,})(?:\s*[-–—:,;|]\s*|\s+|$)(.*)$/iu;

/** Totals and district averages: «Итого по району», «Среднее по району», «Всего». */
const TOTAL =
  /^(?:итого|итог|всего|сумма|среднее|средний|в среднем|total)(?![\p{L}])|по (?:району|округу|городу|региону|оо района|школам района|району в целом)(?![\p{L}])/u;

/** Words that make a name a school's, never an aggregate's. */
const SCHOOL_WORD =
  /школ|сош|оош|нош|гимнази|лице|интернат|гбоу|гоу|мбоу|моу|маоу|мкоу|гбноу|чоу|ано |центр|^цо |кадет|прогимн|№|\d/u;

/** Aggregate rows of ФИС ОКО and РЦОИ exports: the whole sample, the country, the region, the district. */
const AGGREGATE =
  /^вся выборка$|^все (?:оо|участники)$|^(?:российская федерация|россия|рф)$|област|обл\.?$|(?:^|\s)край$|республик|автономн|^(?:г\.?\s*)?(?:санкт-петербург|москва|севастополь)$|(?:^|\s)(?:район|р-н|округ)$|муниципальн|^(?:город|г\.)\s/u;

/** Notes under a table: «Примечание: …», «* данные …», «Исполнитель: …». */
const NOTE = /^(?:примечани|прим\.|источник|\*|составил|исполнитель|ответственн|подпис)/u;

/**
 * Splits a ФИС ОКО login off a school name.
 * @example splitLogin("sch780123 ГБОУ СОШ № 221") // { login: "sch780123", name: "ГБОУ СОШ № 221" }
 * @example splitLogin("СОШ № 221") // { name: "СОШ № 221" }
 */
export function splitLogin(text: string): { login?: string; name: string } {
  const match = LOGIN.exec(text.trim());
  return match ? { login: match[1].toLowerCase(), name: match[2].trim() } : { name: text.trim() };
}

/**
 * True for a label of a totals row.
 * @example isTotalLabel("Итого по району:") // true
 * @example isTotalLabel("Средняя общеобразовательная школа № 5") // false
 */
export function isTotalLabel(text: string): boolean {
  return TOTAL.test(foldText(text));
}

/**
 * True for a label of an aggregate row that is not a school (ФИС ОКО «Вся выборка», the region, the district).
 * @example isAggregateLabel("Кировский район") // true
 * @example isAggregateLabel("ГБОУ СОШ № 221 Кировского района") // false
 */
export function isAggregateLabel(text: string): boolean {
  const folded = foldText(text);
  if (folded === "" || LOGIN.test(folded) || SCHOOL_WORD.test(folded)) return false;
  return AGGREGATE.test(folded);
}

/** What the classifier needs to know about the table. */
export interface RowContext {
  /** Grid column of the school names, when the table has one. */
  schoolOffset?: number;
  /** The header's rows as folded texts by grid column, to spot a repeated header. */
  headerRows: ReadonlyArray<ReadonlyArray<string>>;
}

/**
 * Why a row below the header is skipped, or undefined for a data row. Looks at the school cell and at the
 * first texts of the row, where districts write «Итого» even when the school column is elsewhere.
 *
 * @example classifyRow(["", null, "  "], { headerRows: [] }) // "spacer"
 * @example classifyRow(["Итого по району", 1520, 12.5], { schoolOffset: 0, headerRows: [] }) // "total"
 * @example classifyRow(["sch780123 ГБОУ СОШ № 221", 25], { schoolOffset: 0, headerRows: [] }) // undefined
 */
export function classifyRow(cells: readonly CellValue[], context: RowContext): SkipReason | undefined {
  const texts = cells.map(cellText);
  const filled = texts.filter((t) => t !== "").length;
  if (filled === 0) return "spacer";
  if (isRepeatedHeader(texts, context.headerRows)) return "header";
  const labels = leadingLabels(texts, context.schoolOffset);
  if (labels.some(isTotalLabel)) return "total";
  const label = labels[0] ?? "";
  if (isAggregateLabel(label)) return "aggregate";
  if (filled <= 2 && NOTE.test(foldText(label))) return "note";
  return undefined;
}

/** The school cell's text (when not blank) and the first two non-numeric texts of the row. */
function leadingLabels(texts: readonly string[], schoolOffset: number | undefined): string[] {
  const labels: string[] = [];
  const own = schoolOffset === undefined ? "" : (texts[schoolOffset] ?? "");
  if (own !== "") labels.push(own);
  for (const text of texts) {
    if (labels.length >= 3) break;
    if (text !== "" && !/^[\d\s.,%+-]+$/u.test(text) && text !== own) labels.push(text);
  }
  return labels;
}

/** True when at least half the labels of a header row (and two or more) come again in this row. */
function isRepeatedHeader(texts: readonly string[], headerRows: RowContext["headerRows"]): boolean {
  return headerRows.some((header) => {
    const filled = header.filter((t) => t !== "").length;
    if (filled < 2) return false;
    const same = header.filter(
      (t, c) => t !== "" && /\p{L}/u.test(t) && foldText(texts[c] ?? "") === t,
    ).length;
    return same >= 2 && same * 2 >= header.filter((t) => /\p{L}/u.test(t)).length;
  });
}
