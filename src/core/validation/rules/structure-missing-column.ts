import { a1 } from "../../cells/a1";
import { COLUMN_ROLE_RU, SHEET_KIND_RU } from "../../labels-ru";
import { REQUIRED_COLUMNS } from "../kinds";
import type { Rule } from "../rule";

/**
 * `structure.missing-column` (error): a column the sheet's kind needs is not among its recognised columns
 * (ВПР: ОО, participants, «2»–«5»; ОГЭ: ОО, participants and a failure share or score; ЕГЭ: ОО, participants
 * and a score or the share below the minimum; контингент: students; кадры: teachers). Reported at the first
 * cell of the header row, once per missing column.
 * @example missingColumnRule.run(context) // a ВПР sheet without «5» → finding at A2, column «5»
 */
export const missingColumnRule: Rule = {
  id: "structure.missing-column",
  severity: "error",
  run(context) {
    for (const { map, table } of context.sheets) {
      const required = REQUIRED_COLUMNS[map.kind] ?? [];
      const roles = new Set(table.columns.map((c) => c.role));
      const cell = a1(table.headerRow, table.firstColumn);
      for (const alternatives of required) {
        if (alternatives.some((role) => roles.has(role))) continue;
        const column = alternatives.map((role) => COLUMN_ROLE_RU[role]).join("» или «");
        context.report(this.id, map.name, cell, { kind: SHEET_KIND_RU[map.kind], column });
      }
    }
  },
};
