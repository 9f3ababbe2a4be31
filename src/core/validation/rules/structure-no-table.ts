import type { Rule } from "../rule";

/**
 * `structure.no-table` (error): a sheet whose kind is known (by its name or title) but where no header row
 * of a table is found, so none of its values can be read. Reported at the sheet's first filled cell.
 * @example noTableRule.run(context) // «ОГЭ 2023» holding only a title → one finding at A1
 */
export const noTableRule: Rule = {
  id: "structure.no-table",
  severity: "error",
  run(context) {
    for (const sheet of context.map.sheets) {
      if (sheet.kind === "unknown" || sheet.table) continue;
      const cell = context.firstCell(sheet.name);
      if (cell) context.report(this.id, sheet.name, cell, { sheet: sheet.name });
    }
  },
};
