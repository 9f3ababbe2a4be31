import { keyOf, rowCell } from "../context";
import type { Rule } from "../rule";

/** Tolerance of a sum of mark shares against 100 %, п.п.: four shares rounded to whole percents drift by ≤ 2. */
export const MARKS_SUM_TOLERANCE = 2;

/**
 * `values.marks-sum` (error): the shares of marks «2»–«5» of a row do not sum to 100 % (± 2 п.п. for
 * rounding), or their counts do not sum to the participants. Rows where any of the four is missing are left
 * to the other rules. Reported at the «2» cell.
 * @example marksSumRule.run(context) // 10 + 40 + 35 + 25 = 110 % → finding at E7
 */
export const marksSumRule: Rule = {
  id: "values.marks-sum",
  severity: "error",
  run(context) {
    for (const sheet of context.sheets) {
      for (const block of sheet.blocks) {
        const marks = (["mark2", "mark3", "mark4", "mark5"] as const).map((r) => block.byRole.get(r));
        const [m2, m3, m4, m5] = marks;
        if (!m2 || !m3 || !m4 || !m5) continue;
        const percent = m2.column.percent;
        if (marks.some((m) => m?.column.percent !== percent)) continue;
        const participants = block.byRole.get("participants");
        if (!percent && (!participants || participants.column.percent)) continue;
        const n = m2.values.length;
        for (let i = 0; i < n; i++) {
          const sum = m2.values[i] + m3.values[i] + m4.values[i] + m5.values[i];
          if (Number.isNaN(sum)) continue;
          if (percent) {
            if (sum === 0 || Math.abs(sum - 100) <= MARKS_SUM_TOLERANCE + 1e-9) continue;
            context.report(
              this.id,
              sheet.map.name,
              rowCell(sheet, i, m2.column),
              { unit: "percent", sum, tolerance: MARKS_SUM_TOLERANCE },
              keyOf(context, sheet, i),
            );
          } else {
            const total = participants!.values[i];
            if (Number.isNaN(total) || Math.abs(sum - total) < 0.5) continue;
            context.report(
              this.id,
              sheet.map.name,
              rowCell(sheet, i, m2.column),
              { unit: "count", sum, participants: total },
              keyOf(context, sheet, i),
            );
          }
        }
      }
    }
  },
};
