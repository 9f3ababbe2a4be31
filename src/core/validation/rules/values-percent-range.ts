import { keyOf, rowCell } from "../context";
import type { Rule } from "../rule";

/**
 * `values.percent-range` (error): a percent below 0 or above 100 in a percent column (a fraction column reads
 * 1,2 as 120 %). Reported at the cell.
 * @example percentRangeRule.run(context) // «112» under «Доля «2», %» → finding at F9
 */
export const percentRangeRule: Rule = {
  id: "values.percent-range",
  severity: "error",
  run(context) {
    for (const sheet of context.sheets) {
      for (const { values, column } of sheet.numeric) {
        if (!column.percent) continue;
        for (let i = 0; i < values.length; i++) {
          const value = values[i];
          if (!(value < -1e-9 || value > 100 + 1e-9)) continue; // NaN passes
          context.report(
            this.id,
            sheet.map.name,
            rowCell(sheet, i, column),
            { value, header: column.header },
            keyOf(context, sheet, i),
          );
        }
      }
    }
  },
};
