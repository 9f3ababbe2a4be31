import { cellText } from "../../cells/cell-text";
import { rowCell, keyOf } from "../context";
import { CELL } from "../parsed-sheet";
import type { Rule } from "../rule";

/**
 * `values.excel-error` (error): an Excel error value (#Н/Д, #ДЕЛ/0!, #ЗНАЧ!) where a number belongs, in a row
 * that has data (some number in the same procedure's cells). Errors in a row with no number at all are what
 * formulas give over missing data (#ДЕЛ/0! for a subject nobody took, #Н/Д for a school a lookup did not
 * find): "no data", not an error. Reported at the cell.
 * @example excelErrorRule.run(context) // «#ДЕЛ/0!» under «Средний балл» beside 25 participants → E12
 */
export const excelErrorRule: Rule = {
  id: "values.excel-error",
  severity: "error",
  run(context) {
    for (const sheet of context.sheets) {
      for (const block of sheet.blocks) {
        const columns = [...block.byRole.values()];
        for (const { status, column } of columns) {
          for (let i = 0; i < status.length; i++) {
            if (status[i] !== CELL.error) continue;
            if (!columns.some((c) => c.status[i] <= CELL.textNumber)) continue;
            const text = cellText(sheet.table.rows[i].cells[column.offset]);
            context.report(
              this.id,
              sheet.map.name,
              rowCell(sheet, i, column),
              { text },
              keyOf(context, sheet, i),
            );
          }
        }
      }
    }
  },
};
