import { foldText } from "../../cells/cell-text";
import type { Rule } from "../rule";

/**
 * `consistency.name-differs` (info): one school is written differently on different sheets («ГБОУ СОШ № 221
 * Кировского района» and «СОШ №221»). All spellings were taken as the same school; the note lets the user
 * check that. One finding per school, at the first cell whose spelling differs from the school's first one.
 * @example nameDiffersRule.run(context) // 221 spelt three ways → one finding at «ВПР 2022»!A5
 */
export const nameDiffersRule: Rule = {
  id: "consistency.name-differs",
  severity: "info",
  run(context) {
    const spellings = new Map<
      string,
      { first: string; folded: Set<string>; other?: { text: string; sheet: string; cell: string } }
    >();
    const foldedOf = new Map<string, string>();
    for (const sheet of context.map.sheets) {
      // Names in the order they are first written: later rows repeat a spelling already seen.
      for (const name of sheet.schools.names) {
        if (!name.resolved.ok) continue;
        const key = name.resolved.value.key;
        let folded = foldedOf.get(name.text);
        if (folded === undefined) {
          folded = foldText(name.text);
          foldedOf.set(name.text, folded);
        }
        const known = spellings.get(key);
        if (!known) {
          spellings.set(key, { first: name.text, folded: new Set([folded]) });
          continue;
        }
        if (known.folded.has(folded)) continue;
        known.folded.add(folded);
        known.other ??= { text: name.text, sheet: sheet.name, cell: sheet.schools.cellOf(name.row) };
      }
    }
    for (const [school, { first, folded, other }] of spellings) {
      if (!other) continue;
      context.report(
        this.id,
        other.sheet,
        other.cell,
        { school, count: folded.size, first, other: other.text },
        school,
      );
    }
  },
};
