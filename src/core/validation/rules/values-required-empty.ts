import { keyOf, rowCell } from "../context";
import { REQUIRED_CELL } from "../kinds";
import { CELL } from "../parsed-sheet";
import type { Rule } from "../rule";

/**
 * `values.required-empty` (error): the cell a row cannot be counted without (participants of a result,
 * students of a contingent row, teachers of a staffing row) is blank, a dash or «н/д» while the row has other
 * numbers. A row with no numbers at all is a school that did not take part, not an error.
 * @example requiredEmptyRule.run(context) // participants «-» beside marks → finding at D11
 */
export const requiredEmptyRule: Rule = {
  id: "values.required-empty",
  severity: "error",
  run(context) {
    for (const sheet of context.sheets) {
      const role = REQUIRED_CELL[sheet.map.kind];
      if (!role) continue;
      for (const block of sheet.blocks) {
        const required = block.byRole.get(role);
        if (!required) continue;
        const others = [...block.byRole.values()].filter((c) => c !== required);
        for (let i = 0; i < required.status.length; i++) {
          if (required.status[i] !== CELL.empty) continue;
          if (!others.some((c) => c.status[i] <= CELL.textNumber)) continue;
          context.report(
            this.id,
            sheet.map.name,
            rowCell(sheet, i, required.column),
            { header: required.column.header },
            keyOf(context, sheet, i),
          );
        }
      }
    }
  },
};
