import type { CellValue } from "../cells/cell-value";
import { fail, ok, type Result } from "../result";
import { readSchoolName } from "./school-name";

/**
 * The canonical key of a school from any spelling of its name — the value of `SHNOR.SCHOOLID`, by which
 * the add-in joins the rows of one school across sheets and years.
 *
 * Keys:
 * - ordinary numbered schools — СОШ, ООШ, школа, гимназия, лицей (one number sequence in the district) — get the
 *   plain number: "ГБОУ СОШ № 221 Кировского района Санкт-Петербурга", "СОШ №221", "ОУ 221", "221", 221 → "221";
 * - special kinds, whose numbers overlap with the ordinary schools', get a prefix and the number: ЦО (центр
 *   образования) → "ЦО 162"; школа-интернат → "интернат 2"; специальная (коррекционная) школа, С(К)ОУ →
 *   "коррекционная 5"; начальная школа – детский сад → "НШДС 662"; детский сад, ДОУ → "ДОУ 5"; вечерняя
 *   школа → "вечерняя 3"; спортивная школа, ДЮСШ → "спортивная 1"; колледж, техникум → "колледж 4"; ДДТ → "ДДТ 1";
 *   ШРЯ → "ШРЯ 1". When a name holds several kinds, the earlier in this list wins
 *   («специальная (коррекционная) школа-интернат № 2» → "интернат 2").
 *
 * Reading:
 * - the number is the one after «№» (also «N», «No», «Nº», «#», «номер»), or right after a kind word («гимназия 397»),
 *   or else the only number in the name; a ФИС ОКО login (`sch780221`) is ignored;
 * - numbers after «им.»/«имени», house, building, branch or class words, anniversaries («60-летия»), grades,
 *   percents and years («2023 г.», or any 1900–2099 when another number is present) are not school numbers;
 * - case, «ё», Latin look-alike letters, quotes «», brackets and extra spaces do not matter.
 *
 * Issues: blank, a dash or «н/д» → `school-empty`; an Excel error → `excel-error`; no school number (or a
 * number outside 1–9999, a fraction, TRUE/FALSE) → `school-unknown`; several schools («СОШ № 221, 223»,
 * «221/223», «СОШ № 221 Кировского района № 2») → `school-ambiguous` with `params.candidates` — never a guess.
 *
 * The key is its own key: `schoolId(key)` gives `key` back.
 *
 * @example schoolId("ГБОУ СОШ № 221 Кировского района Санкт-Петербурга") // { ok: true, value: "221" }
 * @example schoolId("ГБОУ ЦО № 162") // { ok: true, value: "ЦО 162" }
 * @example schoolId("школа-интернат № 2") // { ok: true, value: "интернат 2" }
 * @example schoolId("221/223") // { ok: false, issue: { code: "school-ambiguous", params: { text: "221/223", candidates: ["221", "223"] } } }
 */
export function schoolId(name: CellValue): Result<string> {
  const read = readSchoolName(name);
  return read.ok ? ok(read.value.key) : fail(read.issue);
}
