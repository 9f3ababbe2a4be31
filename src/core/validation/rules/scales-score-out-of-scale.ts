import { keyOf, rowCell } from "../context";
import { subjectOf } from "../parsed-sheet";
import type { Rule } from "../rule";
import { egeScoreRange, ogeScaleFor } from "./exam-scale";

/**
 * `scales.score-out-of-scale` (error): an average score outside the exam's scale — ЕГЭ 0–100 test points
 * (базовая математика 0–21), ОГЭ 0 to the maximum primary score of the subject's scale for that year in the
 * criteria profile (not judged where the profile has no scale). Reported at the cell.
 * @example scoreOutOfScaleRule.run(context) // ОГЭ математика 2023 average 35 > 31 → finding at H9
 */
export const scoreOutOfScaleRule: Rule = {
  id: "scales.score-out-of-scale",
  severity: "error",
  run(context) {
    for (const sheet of context.sheets) {
      const kind = sheet.map.kind;
      if (kind !== "oge" && kind !== "ege") continue;
      for (const block of sheet.blocks) {
        const score = block.byRole.get("avgScore");
        if (!score) continue;
        for (let i = 0; i < score.values.length; i++) {
          const value = score.values[i];
          if (Number.isNaN(value)) continue;
          const subject = subjectOf(sheet, block, i);
          let range: [number, number];
          if (kind === "ege") range = egeScoreRange(subject);
          else {
            const found = ogeScaleFor(context.profile, subject, sheet.year[i]);
            if (!found) continue;
            range = [0, found.scale.max];
          }
          if (value >= range[0] && value <= range[1]) continue;
          context.report(
            this.id,
            sheet.map.name,
            rowCell(sheet, i, score.column),
            { value, exam: kind === "ege" ? "ЕГЭ" : "ОГЭ", range: `${range[0]}–${range[1]}` },
            keyOf(context, sheet, i),
          );
        }
      }
    }
  },
};
