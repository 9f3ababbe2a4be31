/**
 * The words that tell what kind of school a name describes. Matched on folded text (see `school-text.ts`):
 * lower case, «ё» as «е», Latin look-alikes as Cyrillic, punctuation as spaces.
 */

/** A kind of institution numbered apart from the ordinary schools: its key carries the prefix ("ЦО 162"). */
export interface SpecialKind {
  /** The prefix of the key, as a district analyst writes it. */
  readonly prefix: string;
  /** Alternatives (regular-expression source) for the words that name the kind. */
  readonly words: string;
}

/** An ordinary school's type: it shares the district's number sequence, so its key is the plain number. */
export type OrdinaryType = "школа" | "гимназия" | "лицей";

const L = "\\p{L}*";

/**
 * Special kinds in order of precedence: when a name holds several ("специальная (коррекционная)
 * школа-интернат"), the first wins, so the short and the full name of one school get one key.
 */
export const SPECIAL_KINDS: readonly SpecialKind[] = [
  { prefix: "НШДС", words: `начальн${L} школ${L} -? ?детск${L} сад${L}|ншдс|нш -? ?дс` },
  { prefix: "ДОУ", words: `детск${L} сад${L}|\\p{L}{0,3}доу|д ?/ ?с` },
  { prefix: "интернат", words: `${L}интернат${L}` },
  { prefix: "коррекционная", words: `коррекц${L}|с к оу|скоу|скош` },
  { prefix: "ЦО", words: `цо|центр${L} образования` },
  { prefix: "вечерняя", words: `вечерн${L}` },
  { prefix: "спортивная", words: `спортивн${L}|дюсш|сдюшор|сшор` },
  { prefix: "колледж", words: `колледж${L}|техникум${L}` },
  { prefix: "ДДТ", words: `ддт|ддют|дом${L} детского творчества` },
  { prefix: "ШРЯ", words: "шря" },
];

/** Words of the ordinary types. */
export const ORDINARY_TYPES: readonly { readonly type: OrdinaryType; readonly words: string }[] = [
  { type: "гимназия", words: `гимназ${L}` },
  { type: "лицей", words: `лице[йяюие]${L}` },
  { type: "школа", words: `школ${L}|сош|оош|нош` },
];

/** Words that say "an educational institution" without a type: ОУ, ГБОУ, ОО, учреждение. */
export const GENERIC_WORDS = `\\p{L}{0,3}оу|оо|учреждени${L}|организаци${L}`;

/**
 * Wraps alternatives so that they match whole words only (JavaScript's \b does not know Cyrillic).
 * @example wholeWords("цо").test("гбоу цо 162") // true
 * @example wholeWords("цо").test("гбоу соцо 162") // false
 */
export function wholeWords(words: string, flags = "u", tail = ""): RegExp {
  return new RegExp(`(?<![\\p{L}\\d])(?:${words})(?!\\p{L})${tail}`, flags);
}

const SPECIAL_PATTERNS = SPECIAL_KINDS.map((kind) => ({ prefix: kind.prefix, re: wholeWords(kind.words) }));
const ORDINARY_PATTERNS = ORDINARY_TYPES.map((t) => ({ type: t.type, re: wholeWords(t.words) }));
const ANY_KIND = [
  ...SPECIAL_KINDS.map((k) => k.words),
  ...ORDINARY_TYPES.map((t) => t.words),
  GENERIC_WORDS,
].join("|");
const ANY_KIND_RE = wholeWords(ANY_KIND);
const ENDS_WITH_KIND_RE = wholeWords(ANY_KIND, "u", "\\s*$");

/** What the words of a piece of folded text say about the kind of school. */
export interface KindWords {
  /** The prefix of the first special kind found, or null for an ordinary school. */
  special: string | null;
  /** The ordinary type named, or null when none is named. */
  ordinary: OrdinaryType | null;
  /** True when any kind word at all was found (including the generic ОУ, ОО). */
  typed: boolean;
}

/**
 * Reads the kind words of folded text.
 * @example kindWords("гбоу школа-интернат") // { special: "интернат", ordinary: "школа", typed: true }
 * @example kindWords("кировского района") // { special: null, ordinary: null, typed: false }
 */
export function kindWords(folded: string): KindWords {
  const special = SPECIAL_PATTERNS.find((k) => k.re.test(folded))?.prefix ?? null;
  const ordinary = ORDINARY_PATTERNS.find((t) => t.re.test(folded))?.type ?? null;
  return { special, ordinary, typed: ANY_KIND_RE.test(folded) };
}

/**
 * True when folded text ends with a kind word, so that a number right after it is the school's number.
 * @example endsWithKindWord("гбоу сош") // true
 * @example endsWithKindWord("кировского района") // false
 */
export function endsWithKindWord(folded: string): boolean {
  return ENDS_WITH_KIND_RE.test(folded);
}
