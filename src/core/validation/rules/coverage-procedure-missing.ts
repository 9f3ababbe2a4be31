import { rowCell, keyOf } from "../context";
import { KIND_RU, RESULT_KINDS } from "../kinds";
import type { SheetKind } from "../../workbook/sheet-kind";
import { CELL, procedureKey, subjectOf } from "../parsed-sheet";
import type { Rule } from "../rule";

interface Seen {
  sheet: string;
  cell: string;
  what: string;
}

/**
 * `coverage.procedure-missing-next-year` (info): a school that has a grade and subject one year (ВПР 5 класс
 * математика) has results of that kind the next year but not for that grade and subject. A note: subjects
 * chosen by students (ЕГЭ, ОГЭ by choice) come and go. Only tables whose rows name a grade or subject count.
 * Reported at the earlier year's cell of the procedure's first number.
 * @example procedureMissingRule.run(context) // 221 ВПР 2022 6 класс история, no 2023 row → «ВПР 2022»!D9
 */
export const procedureMissingRule: Rule = {
  id: "coverage.procedure-missing-next-year",
  severity: "info",
  run(context) {
    // kind → year → "school procedure" → where; and kind → year → schools with any procedure.
    const seen = new Map<SheetKind, Map<number, Map<string, Seen>>>();
    const schools = new Map<SheetKind, Map<number, Set<string>>>();
    for (const sheet of context.sheets) {
      const kind = sheet.map.kind;
      if (!RESULT_KINDS.has(kind)) continue;
      const byYear = seen.get(kind) ?? new Map<number, Map<string, Seen>>();
      seen.set(kind, byYear);
      const present = schools.get(kind) ?? new Map<number, Set<string>>();
      schools.set(kind, present);
      for (const block of sheet.blocks) {
        const columns = [...block.byRole.values()];
        const keys: (string | undefined)[] = [];
        for (let i = 0; i < sheet.schoolKey.length; i++) {
          const school = keyOf(context, sheet, i);
          const year = sheet.year[i];
          if (school === undefined || year === 0) continue;
          let filled: (typeof columns)[number] | undefined;
          for (const c of columns) if (c.status[i] <= CELL.textNumber) filled = filled ?? c;
          if (!filled) continue;
          const id = sheet.procedure[i];
          const procedure = (keys[id] ??= procedureKey(sheet, block, i));
          if (procedure === "|") continue;
          const inYear = present.get(year) ?? new Set<string>();
          present.set(year, inYear);
          inYear.add(school);
          const map = byYear.get(year) ?? new Map<string, Seen>();
          byYear.set(year, map);
          const key = `${school}\u0000${procedure}`;
          if (map.has(key)) continue;
          const grade = sheet.grade?.[i];
          const what = [
            grade ? `${grade} класс`.replace(/класс класс$/u, "класс") : "",
            subjectOf(sheet, block, i) ?? "",
          ]
            .filter((p) => p !== "")
            .join(", ");
          map.set(key, { sheet: sheet.map.name, cell: rowCell(sheet, i, filled.column), what });
        }
      }
    }
    for (const [kind, byYear] of seen) {
      for (const [year, procedures] of byYear) {
        const next = byYear.get(year + 1);
        const nextSchools = schools.get(kind)?.get(year + 1);
        if (!next || !nextSchools) continue;
        for (const [key, where] of procedures) {
          const school = key.slice(0, key.indexOf("\u0000"));
          if (!nextSchools.has(school) || next.has(key)) continue;
          context.report(
            this.id,
            where.sheet,
            where.cell,
            { school, kind: KIND_RU[kind], year, next: year + 1, what: where.what },
            school,
          );
        }
      }
    }
  },
};
