import type { CellValue } from "../cells/cell-value";
import { cellText } from "../cells/cell-text";
import { issue } from "../issue-codes";
import { fail, ok, type Result } from "../result";
import type { OrdinaryType } from "./school-kinds";
import { keyOf, readSchoolName, type ParsedSchool } from "./school-name";

/** One school of the district list: its key and the name it is shown by. */
export interface SchoolEntry {
  /** The key: `schoolId` of the name, or "гимназия 1" / "школа 1" where two ordinary schools share a number. */
  key: string;
  /** The name as the list first writes it (spaces tidied). */
  name: string;
}

/** The district's list of schools, against which names from other sheets are resolved. */
export interface SchoolRegistry {
  entries: readonly SchoolEntry[];
}

/**
 * Builds the registry from the names of a school list, in their order. Spellings of one school give one
 * entry (the first name is kept). Where ordinary schools of different types share a number («Школа № 1» and
 * «Гимназия № 1», as in towns that number them apart) each gets the type in its key ("школа 1",
 * "гимназия 1") and a name of that number stating no type is left out as ambiguous. Blank, unreadable and
 * ambiguous names (totals rows, «Вся выборка», «СОШ № 221, 223») are left out.
 *
 * @example buildRegistry(["ГБОУ СОШ № 221", "СОШ №221", "ГБОУ ЦО № 162", "Итого"]).entries
 * // [{ key: "221", name: "ГБОУ СОШ № 221" }, { key: "ЦО 162", name: "ГБОУ ЦО № 162" }]
 */
export function buildRegistry(names: readonly CellValue[]): SchoolRegistry {
  const groups = new Map<string, { school: ParsedSchool; name: string }[]>();
  for (const name of names) {
    const read = readSchoolName(name);
    if (!read.ok) continue;
    const group = groups.get(read.value.key) ?? [];
    group.push({ school: read.value, name: cellText(name) });
    groups.set(read.value.key, group);
  }
  const entries: SchoolEntry[] = [];
  for (const [key, group] of groups) {
    const types = [...new Set(group.map((g) => g.school.ordinary).filter((t) => t !== null))];
    if (group[0].school.special !== null || types.length < 2) {
      entries.push({ key, name: group[0].name });
      continue;
    }
    for (const type of types) {
      const first = group.find((g) => g.school.ordinary === type);
      if (first) entries.push({ key: `${type} ${first.school.number}`, name: first.name });
    }
  }
  return { entries };
}

interface Indexed {
  entry: SchoolEntry;
  special: string | null;
  ordinary: OrdinaryType | null;
}

/** Registry entries by school number, built once per entries array. */
const INDEXES = new WeakMap<readonly SchoolEntry[], Map<number, Indexed[]>>();

function indexOf(registry: SchoolRegistry): Map<number, Indexed[]> {
  const cached = INDEXES.get(registry.entries);
  if (cached) return cached;
  const index = new Map<number, Indexed[]>();
  for (const entry of registry.entries) {
    const byKey = readSchoolName(entry.key);
    const read = byKey.ok ? byKey : readSchoolName(entry.name);
    if (!read.ok) continue;
    const byName = readSchoolName(entry.name);
    const sameSchool = byName.ok && keyOf(byName.value.special, byName.value.number) === read.value.key;
    const ordinary = read.value.ordinary ?? (sameSchool && byName.ok ? byName.value.ordinary : null);
    const list = index.get(read.value.number) ?? [];
    list.push({ entry, special: read.value.special, ordinary });
    index.set(read.value.number, list);
  }
  INDEXES.set(registry.entries, index);
  return index;
}

/** The registry entries a read name may denote (see `resolveSchool`). */
function candidatesFor(school: ParsedSchool, sameNumber: readonly Indexed[]): readonly Indexed[] {
  if (school.special !== null) return sameNumber.filter((c) => c.special === school.special);
  if (!school.typed) return sameNumber;
  const ordinary = sameNumber.filter((c) => c.special === null);
  if (ordinary.length === 0) return sameNumber;
  if (ordinary.length > 1 && school.ordinary !== null) {
    const sameType = ordinary.filter((c) => c.ordinary === school.ordinary);
    if (sameType.length > 0) return sameType;
  }
  return ordinary;
}

/**
 * Finds the registry entry a name in any spelling denotes.
 *
 * - A special kind («ЦО № 162», «школа-интернат № 2») matches only that kind with that number.
 * - An ordinary type («СОШ № 2», «школа 162», «ОУ 1») matches the ordinary school with that number; where the
 *   registry has none, the one special school with that number («школа 162» → "ЦО 162"); where two ordinary
 *   schools share it, the one of the stated type («Гимназия №1» → "гимназия 1").
 * - A bare number («2», 2) matches any school with that number — ambiguous when the registry has both "2" and
 *   "интернат 2".
 *
 * Issues: those of `schoolId` (`school-empty`, `excel-error`, `school-unknown`, `school-ambiguous`), plus
 * `school-unknown` when no entry matches and `school-ambiguous` with the matching keys in `params.candidates`.
 *
 * @example resolveSchool("школа 162", buildRegistry(["ГБОУ ЦО № 162"])) // { ok: true, value: { key: "ЦО 162", name: "ГБОУ ЦО № 162" } }
 * @example resolveSchool("2", buildRegistry(["СОШ № 2", "школа-интернат № 2"])).issue?.params?.candidates // ["2", "интернат 2"]
 */
export function resolveSchool(name: CellValue, registry: SchoolRegistry): Result<SchoolEntry> {
  const read = readSchoolName(name);
  if (!read.ok) return fail(read.issue);
  const sameNumber = indexOf(registry).get(read.value.number) ?? [];
  const candidates = candidatesFor(read.value, sameNumber);
  if (candidates.length === 1) return ok(candidates[0].entry);
  const text = cellText(name);
  if (candidates.length === 0) return fail(issue("school-unknown", { text }));
  return fail(issue("school-ambiguous", { text, candidates: candidates.map((c) => c.entry.key) }));
}

/**
 * `resolveSchool` against one registry, remembering each distinct name: a long table repeats a few hundred
 * names a million times, and each is read once. Use one resolver per registry (per workbook map).
 *
 * @example const resolve = schoolResolver(buildRegistry(["ГБОУ СОШ № 221"]))
 * resolve("СОШ №221") // { ok: true, value: { key: "221", name: "ГБОУ СОШ № 221" } }
 * resolve("СОШ №221") === resolve("СОШ №221") // true: read once
 */
export function schoolResolver(registry: SchoolRegistry): (name: CellValue) => Result<SchoolEntry> {
  const known = new Map<CellValue, Result<SchoolEntry>>();
  return (name) => {
    let resolved = known.get(name);
    if (resolved === undefined) {
      resolved = resolveSchool(name, registry);
      known.set(name, resolved);
    }
    return resolved;
  };
}
