import { COUNT_ROLES } from "../kinds";
import { keyOf, rowCell } from "../context";
import type { Rule } from "../rule";

/**
 * `values.negative-count` (error): a negative number of participants, marks, students, teachers or other
 * people counted. (Negative percents are `values.percent-range`.) Reported at the cell.
 * @example negativeCountRule.run(context) // «-3» under «Кол-во участников» → finding at D7
 */
export const negativeCountRule: Rule = {
  id: "values.negative-count",
  severity: "error",
  run(context) {
    for (const sheet of context.sheets) {
      for (const { values, column, role } of sheet.numeric) {
        if (column.percent || !COUNT_ROLES.has(role)) continue;
        for (let i = 0; i < values.length; i++) {
          if (!(values[i] < 0)) continue;
          context.report(
            this.id,
            sheet.map.name,
            rowCell(sheet, i, column),
            { value: values[i], header: column.header },
            keyOf(context, sheet, i),
          );
        }
      }
    }
  },
};
