import { keyOf, rowCell } from "../context";
import type { Rule } from "../rule";

/**
 * `values.mark-range` (error): an average mark outside the 2–5 scale of Russian school marks.
 * Reported at the cell.
 * @example markRangeRule.run(context) // «23,4» under «Средняя отметка» → finding at E9
 */
export const markRangeRule: Rule = {
  id: "values.mark-range",
  severity: "error",
  run(context) {
    for (const sheet of context.sheets) {
      for (const { values, column, role } of sheet.numeric) {
        if (role !== "avgMark") continue;
        for (let i = 0; i < values.length; i++) {
          const value = values[i];
          if (!(value < 2 - 1e-9 || value > 5 + 1e-9)) continue;
          context.report(
            this.id,
            sheet.map.name,
            rowCell(sheet, i, column),
            { value },
            keyOf(context, sheet, i),
          );
        }
      }
    }
  },
};
