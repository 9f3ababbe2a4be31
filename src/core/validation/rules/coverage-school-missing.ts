import { keyOf, schoolCell } from "../context";
import { SHEET_KIND_RU } from "../../labels-ru";
import type { SheetKind } from "../../workbook/sheet-kind";
import { RESULT_KINDS } from "../kinds";
import type { Rule } from "../rule";

/** Where a school first appears in a year's data of one kind. */
interface Seen {
  sheet: string;
  cell: string;
}

/**
 * `coverage.school-missing-next-year` (warning): a school has results of a kind (ВПР, ОГЭ, ЕГЭ, РДР) in one
 * year and none in the next year the workbook holds data of that kind for. Reported at the school's cell in
 * the earlier year.
 * @example schoolMissingRule.run(context) // 221 in «ВПР 2022», absent from «ВПР 2023» → «ВПР 2022»!A5
 */
export const schoolMissingRule: Rule = {
  id: "coverage.school-missing-next-year",
  severity: "warning",
  run(context) {
    const byKind = new Map<SheetKind, Map<number, Map<string, Seen>>>();
    for (const sheet of context.sheets) {
      if (!RESULT_KINDS.has(sheet.map.kind)) continue;
      const years = byKind.get(sheet.map.kind) ?? new Map<number, Map<string, Seen>>();
      byKind.set(sheet.map.kind, years);
      let lastSchool = -2;
      let lastYear = -1;
      for (let i = 0; i < sheet.schoolKey.length; i++) {
        if (sheet.schoolKey[i] === lastSchool && sheet.year[i] === lastYear) continue;
        lastSchool = sheet.schoolKey[i];
        lastYear = sheet.year[i];
        const school = keyOf(context, sheet, i);
        if (school === undefined || lastYear === 0) continue;
        const schools = years.get(lastYear) ?? new Map<string, Seen>();
        years.set(lastYear, schools);
        if (!schools.has(school)) schools.set(school, { sheet: sheet.map.name, cell: schoolCell(sheet, i) });
      }
    }
    for (const [kind, years] of byKind) {
      for (const [year, schools] of years) {
        const next = years.get(year + 1);
        if (!next) continue;
        for (const [school, seen] of schools) {
          if (next.has(school)) continue;
          context.report(
            this.id,
            seen.sheet,
            seen.cell,
            { school, kind: SHEET_KIND_RU[kind], year, next: year + 1 },
            school,
          );
        }
      }
    }
  },
};
