import type { CellValue } from "../cells/cell-value";
import { cellText } from "../cells/cell-text";
import { excelErrorText } from "../cells/excel-error";
import { issue } from "../issue-codes";
import { fail, ok, type Result } from "../result";
import { endsWithKindWord, kindWords, type OrdinaryType } from "./school-kinds";
import { foldSchoolName } from "./school-text";

/** What a school's name says about the school. */
export interface ParsedSchool {
  /** The canonical key (`schoolId`): "221", "ЦО 162", "интернат 2". */
  key: string;
  /** The school's number, 1–9999. */
  number: number;
  /** The special kind's prefix ("ЦО", "интернат", …), or null for an ordinary numbered school. */
  special: string | null;
  /** The ordinary type the name states (школа, гимназия, лицей), or null when it states none. */
  ordinary: OrdinaryType | null;
  /** True when the name states any kind at all («СОШ», «ОУ», «ЦО»…); false for a bare number. */
  typed: boolean;
}

/** Text that means "no value": dashes, «н/д», «нет данных». */
const NO_DATA = /^(?:[-‐‑‒–—―−]+|н\s*\/\s*д|нд|нет\s+данных)$/iu;
/** A list of numbers: "221", "221, 223", "221/223", "221 и 223". */
const NUMBER_LIST = /\d+(?:(?:\s*[,;/+&-]\s*|\s+и\s+)\d+)*/gu;
/** Words after which a number is not the school's: honorifics, addresses, subdivisions, classes. */
const NOT_SCHOOL_BEFORE = new Set(
  "им имени д дом корп корпус к стр строение кв лит литера отделение отд отделения филиал подразделение здание каб кабинет пом помещение тел телефон индекс класс кл параллель приказ распоряжение".split(
    " ",
  ),
);
/** Words right after a number that make it an anniversary, an ordinal, a grade or a share. */
const NOT_SCHOOL_AFTER = /^\s*-?\s*(?:лет\p{L}*|го|й|я|ой|ая|ти|класс\p{L}*|кл|%)(?!\p{L})/u;
/** Words right after a year. */
const YEAR_AFTER = /^\s*-?\s*(?:г|гг|год\p{L}*|уч)(?!\p{L})/u;
const HONORIFIC = /(?<!\p{L})(?:им|имени)(?!\p{L})/u;

const isYearLike = (n: number): boolean => n >= 1900 && n <= 2099;

/**
 * The key of a school of the given special kind (null: ordinary) and number.
 * @example keyOf("ЦО", 162) // "ЦО 162"
 * @example keyOf(null, 221) // "221"
 */
export function keyOf(special: string | null, number: number): string {
  return special === null ? String(number) : `${special} ${number}`;
}

interface Found extends ParsedSchool {
  strong: boolean;
}

/** Every number of folded text that may be a school's number, with what the words around it say. */
function findNumbers(folded: string): Found[] {
  const whole = kindWords(folded);
  const found: Found[] = [];
  let previousEnd = 0;
  for (const match of folded.matchAll(NUMBER_LIST)) {
    const start = match.index ?? 0;
    const before = folded.slice(previousEnd, start);
    const after = folded.slice(start + match[0].length);
    previousEnd = start + match[0].length;
    const trimmed = before.trimEnd();
    const hasSign = trimmed.endsWith("№");
    const context = (hasSign ? trimmed.slice(0, -1) : trimmed).trimEnd();
    const lastWord = context.slice(context.lastIndexOf(" ") + 1);
    const right = !hasSign && endsWithKindWord(context);
    if (NOT_SCHOOL_BEFORE.has(lastWord) || NOT_SCHOOL_AFTER.test(after)) continue;
    if (!hasSign && !right && HONORIFIC.test(context)) continue;
    const own = kindWords(before);
    const words = own.typed ? own : whole;
    const digits = match[0].match(/\d+/gu) ?? [];
    digits.forEach((raw, i) => {
      const number = Number(raw);
      if (number < 1 || number > 9999) return;
      if (i === digits.length - 1 && isYearLike(number) && YEAR_AFTER.test(after)) return;
      found.push({
        key: keyOf(words.special, number),
        number,
        special: words.special,
        ordinary: words.ordinary,
        typed: words.typed,
        strong: hasSign || right,
      });
    });
  }
  return found;
}

/** Picks the school numbers among the numbers found: the strong ones when any, then not years when any. */
function pickCandidates(found: Found[]): ParsedSchool[] {
  const strong = found.filter((f) => f.strong);
  let picked = strong.length > 0 ? strong : found;
  const notYears = picked.filter((f) => !isYearLike(f.number));
  if (notYears.length > 0) picked = notYears;
  const byKey = new Map<string, ParsedSchool>();
  for (const f of picked) {
    const school: ParsedSchool = {
      key: f.key,
      number: f.number,
      special: f.special,
      ordinary: f.ordinary,
      typed: f.typed,
    };
    if (!byKey.has(school.key)) byKey.set(school.key, school);
  }
  return [...byKey.values()].sort((a, b) => a.number - b.number || a.key.localeCompare(b.key));
}

/**
 * Reads a school's name in any spelling (rules: see `schoolId`). Besides the key it tells the kind the name
 * states, which `resolveSchool` needs to match names against a registry.
 *
 * @example readSchoolName("ГБОУ ЦО № 162") // { ok: true, value: { key: "ЦО 162", number: 162, special: "ЦО", ordinary: null, typed: true } }
 * @example readSchoolName("СОШ № 221, 223") // { ok: false, issue: { code: "school-ambiguous", params: { text: "СОШ № 221, 223", candidates: ["221", "223"] } } }
 */
export function readSchoolName(name: CellValue): Result<ParsedSchool> {
  if (typeof name === "number") {
    if (Number.isInteger(name) && name >= 1 && name <= 9999) {
      return ok({ key: String(name), number: name, special: null, ordinary: null, typed: false });
    }
    return fail(issue("school-unknown", { text: cellText(name) }));
  }
  const text = cellText(name);
  if (text === "" || NO_DATA.test(text)) return fail(issue("school-empty"));
  if (typeof name === "boolean") return fail(issue("school-unknown", { text }));
  const error = excelErrorText(text);
  if (error !== undefined) return fail(issue("excel-error", { text: error }));
  const candidates = pickCandidates(findNumbers(foldSchoolName(text)));
  if (candidates.length === 0) return fail(issue("school-unknown", { text }));
  if (candidates.length > 1) {
    return fail(issue("school-ambiguous", { text, candidates: candidates.map((c) => c.key) }));
  }
  return ok(candidates[0]);
}
