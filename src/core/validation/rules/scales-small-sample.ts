import { keyOf, rowCell } from "../context";
import { RESULT_KINDS } from "../kinds";
import type { Rule } from "../rule";

/**
 * `scales.small-sample` (info): a procedure with fewer participants than the profile's lowest sample band
 * (10 by default): by the criteria it is not counted. A note, so that nobody reads a 100 % «2» of 3 pupils as
 * a school's result. Reported at the participants cell.
 * @example smallSampleRule.run(context) // 4 participants → finding at C17
 */
export const smallSampleRule: Rule = {
  id: "scales.small-sample",
  severity: "info",
  run(context) {
    const limit = context.profile.sampleSize.limited;
    for (const sheet of context.sheets) {
      if (!RESULT_KINDS.has(sheet.map.kind)) continue;
      for (const block of sheet.blocks) {
        const participants = block.byRole.get("participants");
        if (!participants || participants.column.percent) continue;
        for (let i = 0; i < participants.values.length; i++) {
          const value = participants.values[i];
          if (!(value > 0 && value < limit)) continue;
          context.report(
            this.id,
            sheet.map.name,
            rowCell(sheet, i, participants.column),
            { participants: value, limit },
            keyOf(context, sheet, i),
          );
        }
      }
    }
  },
};
