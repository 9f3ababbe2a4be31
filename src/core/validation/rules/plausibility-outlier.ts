import type { ColumnRole } from "../../tables/column-role";
import { keyOf, rowCell } from "../context";
import { robustCentre } from "../robust";
import type { Rule } from "../rule";

/** Robust z at or beyond which a value is far from the district (Iglewicz–Hoaglin use 3,5; we want typos only). */
export const OUTLIER_Z = 5;
/** Fewer values than this in a group give no district to compare with. */
export const OUTLIER_MIN_GROUP = 10;

/** Roles whose values are compared with the district. */
export const OUTLIER_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  "avgScore",
  "avgMark",
  "participants",
  "students",
  "teachers",
]);

/**
 * `plausibility.outlier` (warning): a value far from the district's others in the same column, grade and
 * subject — robust z = (value − median) / (1,4826 × MAD) of at least 5 in absolute value — the signature of a
 * typo (250 participants for 25, a test score in a primary-score column). Groups of fewer than 10 values or
 * without spread are not judged. Reported at the cell.
 * @example outlierRule.run(context) // average score 310 among 20–35 → finding at D14
 */
export const outlierRule: Rule = {
  id: "plausibility.outlier",
  severity: "warning",
  run(context) {
    for (const sheet of context.sheets) {
      const groups = sheet.procedures.length;
      const n = sheet.procedure.length;
      for (const block of sheet.blocks) {
        for (const parsed of block.byRole.values()) {
          if (!OUTLIER_ROLES.has(parsed.role)) continue;
          const { values, column } = parsed;
          const counts = new Int32Array(groups + 1);
          for (let i = 0; i < n; i++) if (!Number.isNaN(values[i])) counts[sheet.procedure[i] + 1]++;
          for (let g = 0; g < groups; g++) counts[g + 1] += counts[g];
          const starts = counts.slice(0, groups);
          const scratch = new Float64Array(counts[groups]);
          const fill = starts.slice();
          for (let i = 0; i < n; i++)
            if (!Number.isNaN(values[i])) scratch[fill[sheet.procedure[i]]++] = values[i];
          const median = new Float64Array(groups).fill(NaN);
          const scale = new Float64Array(groups);
          for (let g = 0; g < groups; g++) {
            const size = counts[g + 1] - starts[g];
            if (size < OUTLIER_MIN_GROUP) continue;
            const centre = robustCentre(scratch.subarray(starts[g], starts[g] + size), size);
            if (centre.scale <= 0) continue;
            median[g] = centre.median;
            scale[g] = centre.scale;
          }
          for (let i = 0; i < n; i++) {
            const g = sheet.procedure[i];
            const z = (values[i] - median[g]) / scale[g];
            if (!(Math.abs(z) >= OUTLIER_Z)) continue; // NaN (no value, no district) passes
            context.report(
              this.id,
              sheet.map.name,
              rowCell(sheet, i, column),
              { value: values[i], header: column.header, median: median[g], z },
              keyOf(context, sheet, i),
            );
          }
        }
      }
    }
  },
};
