import type { CellValue } from "../cells/cell-value";
import { cellText, foldText } from "../cells/cell-text";
import { BoundedMemo } from "./bounded-memo";

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
 * first texts of the row, where districts write «Итого» even when the school column is elsewhere. A hole in
 * the row (a sparse array, a short row) is a blank cell. For many rows, `rowClassifier` is faster.
 *
 * @example classifyRow(["", null, "  "], { headerRows: [] }) // "spacer"
 * @example classifyRow(["Итого по району", 1520, 12.5], { schoolOffset: 0, headerRows: [] }) // "total"
 * @example classifyRow(["sch780123 ГБОУ СОШ № 221", 25], { schoolOffset: 0, headerRows: [] }) // undefined
 */
export function classifyRow(cells: readonly CellValue[], context: RowContext): SkipReason | undefined {
  return rowClassifier(context)(cells);
}

/** What a row's classification needs to know of one non-blank cell. */
interface CellInfo {
  /** The cell's text (`cellText`); a sentinel for plain numbers, which are never labels. */
  text: string;
  /** The text is digits, spaces, separators and signs only: not a label. */
  numeric: boolean;
  /** The folded text, to compare with the header ("" for plain numbers: they hold no letter). */
  folded: string;
  /** `LABEL_TOTAL`, `LABEL_AGGREGATE`, `LABEL_NOTE` bits of the text as a label. */
  flags: number;
}

const LABEL_TOTAL = 1;
const LABEL_AGGREGATE = 2;
const LABEL_NOTE = 4;
const NUMERIC_TEXT = /^[\d\s.,%+-]+$/u;
const LETTER = /\p{L}/u;
/** A finite number whose text has no exponent: never a label, never equal to a header text with letters. */
const PLAIN_NUMBER: CellInfo = { text: "\u0000number", numeric: true, folded: "", flags: 0 };

function describeText(value: string): CellInfo | undefined {
  const text = cellText(value);
  if (text === "") return undefined;
  const folded = foldText(text);
  const flags =
    (TOTAL.test(folded) ? LABEL_TOTAL : 0) |
    (isAggregateLabel(text) ? LABEL_AGGREGATE : 0) |
    (NOTE.test(folded) ? LABEL_NOTE : 0);
  return { text, numeric: NUMERIC_TEXT.test(text), folded, flags };
}

/** A header row prepared once: its columns whose folded label has a letter. */
interface PreparedHeader {
  columns: number[];
  texts: string[];
}

function prepareHeaders(headerRows: RowContext["headerRows"]): PreparedHeader[] {
  const prepared: PreparedHeader[] = [];
  for (const header of headerRows) {
    let filled = 0;
    const columns: number[] = [];
    const texts: string[] = [];
    for (let c = 0; c < header.length; c++) {
      const t = header[c];
      if (typeof t !== "string" || t === "") continue;
      filled++;
      if (LETTER.test(t)) {
        columns.push(c);
        texts.push(t);
      }
    }
    if (filled >= 2 && columns.length >= 2) prepared.push({ columns, texts });
  }
  return prepared;
}

/**
 * A classifier of the rows of one table, with `classifyRow`'s verdicts: the header is prepared once and the
 * texts of string cells are read once each (a long table repeats a few hundred texts), so a row of numbers
 * costs a type check per cell. Holes in a row are blank cells.
 *
 * @example const classify = rowClassifier({ schoolOffset: 0, headerRows: [["оо", "кол-во уч."]] })
 * classify(["Итого", 120]) // "total"
 * classify(["ОО", "Кол-во уч."]) // "header"
 * classify(["СОШ № 221", 25]) // undefined
 */
export function rowClassifier(context: RowContext): (cells: readonly CellValue[]) => SkipReason | undefined {
  const memo = new BoundedMemo(describeText);
  const headers = prepareHeaders(context.headerRows);
  const schoolOffset = context.schoolOffset;
  const describe = (value: CellValue): CellInfo | undefined => {
    if (typeof value === "number") {
      if (!Number.isFinite(value)) return undefined;
      const size = Math.abs(value);
      return size < 1e21 && (size >= 1e-6 || size === 0) ? PLAIN_NUMBER : memo.get(String(value));
    }
    if (typeof value === "string") return memo.get(value);
    if (typeof value === "boolean") return memo.get(value ? "ИСТИНА" : "ЛОЖЬ");
    return undefined;
  };
  const repeatsHeader = (cells: readonly CellValue[]): boolean =>
    headers.some(({ columns, texts }) => {
      let same = 0;
      for (let i = 0; i < columns.length; i++) {
        const c = columns[i];
        if (c < cells.length && describe(cells[c])?.folded === texts[i]) same++;
      }
      return same >= 2 && same * 2 >= columns.length;
    });
  return (cells) => {
    const own = schoolOffset === undefined ? undefined : describe(cells[schoolOffset]);
    let filled = 0;
    let labels = own ? 1 : 0;
    let flags = own ? own.flags : 0;
    let first = own;
    for (let c = 0; c < cells.length; c++) {
      const info = describe(cells[c]);
      if (info === undefined) continue;
      filled++;
      if (
        labels >= 3 ||
        info.numeric ||
        (own !== undefined && own !== PLAIN_NUMBER && info.text === own.text)
      )
        continue;
      labels++;
      flags |= info.flags & LABEL_TOTAL;
      first ??= info;
    }
    if (filled === 0) return "spacer";
    if (headers.length > 0 && repeatsHeader(cells)) return "header";
    if (flags & LABEL_TOTAL) return "total";
    if (first === undefined) return undefined;
    if (first.flags & LABEL_AGGREGATE) return "aggregate";
    if (filled <= 2 && first.flags & LABEL_NOTE) return "note";
    return undefined;
  };
}
