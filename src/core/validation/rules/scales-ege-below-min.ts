import { canonicalSubject } from "../../criteria/exam-scales";
import { keyOf, rowCell } from "../context";
import { subjectOf } from "../parsed-sheet";
import type { Rule } from "../rule";
import { egeMinimumFor } from "./exam-scale";

/** Slack for rounded averages, test points. */
const SLACK = 0.5;

/**
 * The range a ЕГЭ average test score can take when `share` % of participants are below `minimum`: those below
 * score 0…minimum − 1, the others minimum…100.
 * @example egeAverageBounds(0, 24) // [24, 100]
 * @example egeAverageBounds(50, 24) // [12, 61.5]
 */
export function egeAverageBounds(share: number, minimum: number): [number, number] {
  const below = share / 100;
  return [(1 - below) * minimum, below * (minimum - 1) + (1 - below) * 100];
}

/**
 * `scales.ege-below-min-disagrees` (warning): a ЕГЭ share of participants below the subject's minimum score
 * that the average score rules out (none below the minimum yet an average under it; everyone below it yet an
 * average above it) — `egeAverageBounds` with the year's minimum from the criteria profile. Reported at the
 * share's cell.
 * @example egeBelowMinRule.run(context) // русский язык: 0 % below 24, average 18 → finding at E9
 */
export const egeBelowMinRule: Rule = {
  id: "scales.ege-below-min-disagrees",
  severity: "warning",
  run(context) {
    for (const sheet of context.sheets) {
      if (sheet.map.kind !== "ege") continue;
      for (const block of sheet.blocks) {
        const score = block.byRole.get("avgScore");
        const below = block.byRole.get("belowMin");
        if (!score || !below || !below.column.percent) continue;
        for (let i = 0; i < score.values.length; i++) {
          const s = score.values[i];
          const b = below.values[i];
          if (Number.isNaN(s) || Number.isNaN(b) || b < 0 || b > 100) continue;
          const subject = subjectOf(sheet, block, i);
          const minimum = egeMinimumFor(context.profile, subject, sheet.year[i]);
          if (minimum === undefined) continue;
          const [low, high] = egeAverageBounds(b, minimum);
          if (s >= low - SLACK && s <= high + SLACK) continue;
          context.report(
            this.id,
            sheet.map.name,
            rowCell(sheet, i, below.column),
            {
              share: b,
              score: s,
              minimum,
              subject: canonicalSubject(subject ?? ""),
              low,
              high,
            },
            keyOf(context, sheet, i),
          );
        }
      }
    }
  },
};
