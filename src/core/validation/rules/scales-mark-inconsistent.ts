import { keyOf, rowCell } from "../context";
import { subjectOf } from "../parsed-sheet";
import type { Rule } from "../rule";
import { markOnScale, ogeScaleFor } from "./exam-scale";

/**
 * `scales.mark-inconsistent` (warning): an ОГЭ average mark more than one mark away from the mark the average
 * primary score gives on the year's scale (average 10 points in mathematics 2023 is «3», so an average mark
 * of 4,6 does not fit). Only subjects and years with a scale in the profile. Reported at the mark's cell.
 * @example markInconsistentRule.run(context) // score 10, mark 4,6 → finding at I9
 */
export const markInconsistentRule: Rule = {
  id: "scales.mark-inconsistent",
  severity: "warning",
  run(context) {
    for (const sheet of context.sheets) {
      if (sheet.map.kind !== "oge") continue;
      for (const block of sheet.blocks) {
        const score = block.byRole.get("avgScore");
        const mark = block.byRole.get("avgMark");
        if (!score || !mark) continue;
        for (let i = 0; i < score.values.length; i++) {
          const s = score.values[i];
          const m = mark.values[i];
          if (Number.isNaN(s) || Number.isNaN(m) || m < 2 || m > 5) continue;
          const found = ogeScaleFor(context.profile, subjectOf(sheet, block, i), sheet.year[i]);
          if (!found || s < 0 || s > found.scale.max) continue;
          const expected = markOnScale(s, found.scale);
          if (Math.abs(m - expected) <= 1 + 1e-9) continue;
          context.report(
            this.id,
            sheet.map.name,
            rowCell(sheet, i, mark.column),
            { mark: m, score: s, year: found.year, expected, ...found.scale },
            keyOf(context, sheet, i),
          );
        }
      }
    }
  },
};
