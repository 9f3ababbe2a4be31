import { a1 } from "../../cells/a1";
import type { Rule } from "../rule";

/**
 * `structure.unrecognised-header` (info): a column of a results, contingent, staffing or microdistrict sheet
 * whose header no role is recognised for — its values take no part in the analysis. Lists of schools and
 * sheets of unknown kind may hold any extra columns and are not checked. Reported at the header cell.
 * @example unrecognisedHeaderRule.run(context) // «Примечание школы» over column L of «ВПР 2023» → L3
 */
export const unrecognisedHeaderRule: Rule = {
  id: "structure.unrecognised-header",
  severity: "info",
  run(context) {
    for (const { map, table } of context.sheets) {
      if (map.kind === "registry" || map.kind === "unknown") continue;
      const row = table.headerRow + table.headerHeight - 1;
      for (const column of table.columns) {
        if (column.role) continue;
        context.report(this.id, map.name, a1(row, column.index), { header: column.header });
      }
    }
  },
};
