import { raisedShare } from "../../criteria/objectivity";
import { keyOf, rowCell } from "../context";
import type { Rule } from "../rule";

/**
 * `objectivity.raised-share` (warning): a ВПР row where «повысили» (the ВПР mark above the journal mark)
 * reaches the profile's threshold (15 % by default) — a sign of non-objective results, flagged for attention
 * as the Московский district checklist does. Rows with fewer participants than the profile's lowest sample
 * band are not judged. Reported at the «повысили» cell.
 * @example raisedShareRule.run(context) // повысили 22 % → finding at K9
 */
export const raisedShareRule: Rule = {
  id: "objectivity.raised-share",
  severity: "warning",
  run(context) {
    const threshold = context.profile.objectivity.raisedThreshold;
    const limit = context.profile.sampleSize.limited;
    for (const sheet of context.sheets) {
      if (sheet.map.kind !== "vpr") continue;
      for (const block of sheet.blocks) {
        const raised = block.byRole.get("raised");
        if (!raised) continue;
        const lowered = block.byRole.get("lowered");
        const confirmed = block.byRole.get("confirmed");
        const participants = block.byRole.get("participants");
        for (let i = 0; i < raised.values.length; i++) {
          const r = raised.values[i];
          if (Number.isNaN(r)) continue;
          const n = participants && !participants.column.percent ? participants.values[i] : NaN;
          if (n < limit) continue;
          let share = raised.column.percent ? r : NaN;
          if (lowered && confirmed) {
            const computed = raisedShare(lowered.values[i], confirmed.values[i], r);
            if (computed.ok) share = computed.value;
          }
          if (!(share >= threshold - 1e-9) || share > 100) continue;
          context.reportWith(this.id, sheet.map.name, () => ({
            cell: rowCell(sheet, i, raised.column),
            params: { share, threshold },
            school: keyOf(context, sheet, i),
          }));
        }
      }
    }
  },
};
