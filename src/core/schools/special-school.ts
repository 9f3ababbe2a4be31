import { SPECIAL_KINDS } from "./school-kinds";

const PREFIXES = SPECIAL_KINDS.map((kind) => kind.prefix.toLowerCase());

/**
 * The special kind a school key names («ЦО», «ШРЯ», «интернат», «коррекционная», …), or undefined for an
 * ordinary school: a plain number ("221") or an ordinary type sharing a number ("гимназия 1", "школа 1").
 * The kinds are those of `SPECIAL_KINDS`, whose prefixes `schoolId` puts in the keys.
 *
 * @example specialKindOf("ЦО 162") // "ЦО"
 * @example specialKindOf("гимназия 1") // undefined
 */
export function specialKindOf(key: string): string | undefined {
  const head = key.trim().split(/\s+/u)[0].toLowerCase();
  const index = PREFIXES.indexOf(head);
  return index < 0 ? undefined : SPECIAL_KINDS[index].prefix;
}

/**
 * The one rule of «особая школа»: a school of a special kind — ЦО, ШРЯ, школа-интернат, коррекционная, вечерняя,
 * спортивная, НШДС, ДОУ, колледж, ДДТ — is left out of the cluster models and the mentor search «в силу вида и
 * уникальности» (seed 003: «ШРЯ и ГБОУ ЦО № 162 не были учтены в кластеризации»), but stays in the lists.
 * Ordinary schools — СОШ, гимназии, лицеи, also when their key carries the type ("гимназия 1") — take part.
 *
 * @example isSpecialSchool("ЦО 162") // true
 * @example isSpecialSchool("ШРЯ 1") // true
 * @example isSpecialSchool("221") // false
 * @example isSpecialSchool("лицей 1") // false
 */
export function isSpecialSchool(key: string): boolean {
  return specialKindOf(key) !== undefined;
}
