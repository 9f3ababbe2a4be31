import type { ColumnRole } from "../../tables/column-role";
import type { SheetKind } from "../../workbook/sheet-kind";
import { keyOf, rowCell } from "../context";
import { procedureKey } from "../parsed-sheet";
import { NumberMap } from "../number-map";
import type { Rule } from "../rule";

/** Roles followed from year to year. */
const JUMP_ROLES: readonly ColumnRole[] = [
  "participants",
  "mark2",
  "failShare",
  "belowMin",
  "avgScore",
  "avgMark",
  "students",
  "teachers",
];

/**
 * Whether a change from `before` to `after` is implausible for one school and procedure in one year:
 * percents by 50 п.п. or more; ЕГЭ test scores by 35 points, other scores by 15; average marks by 1,5;
 * counts threefold or more (both at least 10).
 * @example isImplausibleJump("failShare", true, "oge", 5, 70) // true
 * @example isImplausibleJump("participants", false, "vpr", 25, 30) // false
 */
export function isImplausibleJump(
  role: ColumnRole,
  percent: boolean,
  kind: SheetKind,
  before: number,
  after: number,
): boolean {
  const change = Math.abs(after - before);
  if (percent) return change >= 50;
  if (role === "avgScore") return change >= (kind === "ege" ? 35 : 15);
  if (role === "avgMark") return change >= 1.5;
  const low = Math.min(before, after);
  const high = Math.max(before, after);
  return low >= 10 && high >= 3 * low;
}

/**
 * `plausibility.year-jump` (warning): one school's value for one procedure (same kind, grade, subject, column
 * role) changes between consecutive years by an implausible amount (`isImplausibleJump`). Reported at the
 * later year's cell, naming the earlier one. Keys are packed numbers (no string per row).
 * @example yearJumpRule.run(context) // ОГЭ математика failure share 4 % → 71 % → finding at «ОГЭ 2023»!J12
 */
export const yearJumpRule: Rule = {
  id: "plausibility.year-jump",
  severity: "warning",
  run(context) {
    // Global ids of procedures (kind, grade, subject) across sheets and blocks.
    const procedureIds = new Map<string, number>();
    // Packed key (school, procedure, year) → packed place (sheet, block, row) of its first row.
    const earlier = new NumberMap(context.sheets.reduce((n, s) => n + s.schoolKey.length, 0));
    const visit = (report: boolean): void => {
      context.sheets.forEach((sheet, sheetIndex) => {
        const kind = sheet.map.kind;
        if (kind === "registry" || kind === "unknown") return;
        sheet.blocks.forEach((block, blockIndex) => {
          const columns = JUMP_ROLES.flatMap((role) => {
            const column = block.byRole.get(role);
            return column ? [{ column }] : [];
          });
          if (columns.length === 0) return;
          const firstRow = new Int32Array(sheet.procedures.length).fill(-1);
          for (let i = 0; i < sheet.procedure.length; i++)
            if (firstRow[sheet.procedure[i]] < 0) firstRow[sheet.procedure[i]] = i;
          const ids = sheet.procedures.map((_, id) => {
            const row = firstRow[id];
            const text = `${kind}|${procedureKey(sheet, block, row)}`;
            let global = procedureIds.get(text);
            if (global === undefined) {
              global = procedureIds.size;
              procedureIds.set(text, global);
            }
            return global;
          });
          for (let i = 0; i < sheet.schoolKey.length; i++) {
            const school = sheet.schoolKey[i];
            const year = sheet.year[i];
            if (school < 0 || year <= 0 || year >= 4096) continue;
            const procedure = ids[sheet.procedure[i]];
            if (procedure >= 4096) continue; // more procedures than a workbook holds: not followed
            const key = (school * 4096 + procedure) * 4096 + year; // < 2^45
            if (!report) {
              if (!earlier.has(key)) earlier.set(key, (sheetIndex * 1024 + blockIndex) * 2097152 + i);
              continue;
            }
            const place = earlier.get(key - 1);
            if (place === undefined) continue;
            const row = place % 2097152;
            const where = Math.floor(place / 2097152);
            const beforeSheet = context.sheets[Math.floor(where / 1024)];
            const beforeBlock = beforeSheet.blocks[where % 1024];
            for (const { column } of columns) {
              const value = column.values[i];
              const beforeColumn = beforeBlock.byRole.get(column.role);
              if (Number.isNaN(value) || !beforeColumn) continue;
              const old = beforeColumn.values[row];
              const percent = column.column.percent;
              if (Number.isNaN(old) || percent !== beforeColumn.column.percent) continue;
              if (!isImplausibleJump(column.role, percent, kind, old, value)) continue;
              context.reportWith(this.id, sheet.map.name, () => ({
                cell: rowCell(sheet, i, column.column),
                params: {
                  header: column.column.header,
                  before: old,
                  value,
                  year: year - 1,
                  source: beforeSheet.map.name,
                  sourceCell: rowCell(beforeSheet, row, beforeColumn.column),
                },
                school: keyOf(context, sheet, i),
              }));
            }
          }
        });
      });
    };
    visit(false);
    visit(true);
  },
};
