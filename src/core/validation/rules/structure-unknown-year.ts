import { YEARLY_KINDS } from "../kinds";
import type { Rule } from "../rule";

/**
 * `structure.unknown-year` (warning): a sheet of results, contingent or staffing whose year is found neither
 * in its name, its title rows nor a year column. Reported at the sheet's first filled cell.
 * @example unknownYearRule.run(context) // «ВПР» without a year → one finding at A1
 */
export const unknownYearRule: Rule = {
  id: "structure.unknown-year",
  severity: "warning",
  run(context) {
    for (const sheet of context.map.sheets) {
      if (!YEARLY_KINDS.has(sheet.kind) || sheet.years.length > 0) continue;
      const cell = context.firstCell(sheet.name);
      if (cell)
        context.report(this.id, sheet.name, cell, { sheet: sheet.name, example: `${sheet.name} 2023` });
    }
  },
};
