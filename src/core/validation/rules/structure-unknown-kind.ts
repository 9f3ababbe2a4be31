import type { Rule } from "../rule";

/**
 * `structure.unknown-kind` (warning): a sheet with data whose kind (ВПР, ОГЭ, кадры, …) cannot be told from
 * its name, title or columns. Reported at the sheet's first filled cell; empty sheets are left alone.
 * @example unknownKindRule.run(context) // «Лист1» with a table of unknown headers → one finding at A1
 */
export const unknownKindRule: Rule = {
  id: "structure.unknown-kind",
  severity: "warning",
  run(context) {
    for (const sheet of context.map.sheets) {
      if (sheet.kind !== "unknown") continue;
      const cell = context.firstCell(sheet.name);
      if (cell) context.report(this.id, sheet.name, cell, { sheet: sheet.name });
    }
  },
};
