import { cellText } from "../../cells/cell-text";
import { rowCell, keyOf } from "../context";
import { CELL } from "../parsed-sheet";
import type { Rule } from "../rule";

/**
 * `values.not-a-number` (error): text that is not a number («сорок», «12 чел.», ИСТИНА) in a column that
 * holds numbers. Blanks, dashes and «н/д» are "no value", not this finding. Reported at the cell.
 * @example notANumberRule.run(context) // «двадцать» under «Кол-во участников» → finding at D8
 */
export const notANumberRule: Rule = {
  id: "values.not-a-number",
  severity: "error",
  run(context) {
    for (const sheet of context.sheets) {
      for (const parsed of sheet.numeric) {
        const { status, column } = parsed;
        for (let i = 0; i < status.length; i++) {
          if (status[i] !== CELL.text) continue;
          const text = cellText(sheet.table.rows[i].cells[column.offset]);
          context.report(
            this.id,
            sheet.map.name,
            rowCell(sheet, i, column),
            { text, header: column.header },
            keyOf(context, sheet, i),
          );
        }
      }
    }
  },
};
