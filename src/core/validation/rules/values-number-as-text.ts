import { rowCell } from "../context";
import { CELL } from "../parsed-sheet";
import type { Rule } from "../rule";

/**
 * `values.number-as-text` (warning): numbers written as text («45,5», «12 %»). They are read, but Excel's
 * own formulas skip them, and one conversion fixes a whole column — so one finding per column, at its first
 * such cell, with the count.
 * @example numberAsTextRule.run(context) // column E with 40 text numbers from E5 → one finding at E5
 */
export const numberAsTextRule: Rule = {
  id: "values.number-as-text",
  severity: "warning",
  run(context) {
    for (const sheet of context.sheets) {
      for (const { status, column } of sheet.numeric) {
        let first = -1;
        let count = 0;
        for (let i = 0; i < status.length; i++) {
          if (status[i] !== CELL.textNumber) continue;
          if (first < 0) first = i;
          count++;
        }
        if (first < 0) continue;
        const cell = rowCell(sheet, first, column);
        context.report(this.id, sheet.map.name, cell, { header: column.header, count, cell });
      }
    }
  },
};
