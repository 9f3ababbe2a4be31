import type { ColumnRole } from "../../tables/column-role";
import type { SheetKind } from "../../workbook/sheet-kind";
import { keyOf, rowCell } from "../context";
import type { ParsedColumn, ParsedSheet } from "../parsed-sheet";
import { procedureKey } from "../parsed-sheet";
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

interface Earlier {
  sheet: ParsedSheet;
  column: ParsedColumn;
  row: number;
}

/**
 * `plausibility.year-jump` (warning): one school's value for one procedure (same kind, grade, subject, column
 * role) changes between consecutive years by an implausible amount (`isImplausibleJump`). Reported at the
 * later year's cell, naming the earlier one.
 * @example yearJumpRule.run(context) // ОГЭ математика failure share 4 % → 71 % → finding at «ОГЭ 2023»!J12
 */
export const yearJumpRule: Rule = {
  id: "plausibility.year-jump",
  severity: "warning",
  run(context) {
    const earlier = new Map<string, Earlier>();
    const visit = (report: boolean): void => {
      for (const sheet of context.sheets) {
        const kind = sheet.map.kind;
        if (kind === "registry" || kind === "unknown") continue;
        for (const block of sheet.blocks) {
          const columns = JUMP_ROLES.flatMap((role) => block.byRole.get(role) ?? []);
          if (columns.length === 0) continue;
          const procedures: (string | undefined)[] = [];
          for (let i = 0; i < sheet.schoolKey.length; i++) {
            const school = sheet.schoolKey[i];
            const year = sheet.year[i];
            if (school < 0 || year === 0) continue;
            const id = sheet.procedure[i];
            const procedure = (procedures[id] ??= procedureKey(sheet, block, i));
            const base = `${kind}|${context.keys[school]}|${procedure}|`;
            for (const column of columns) {
              const value = column.values[i];
              if (Number.isNaN(value)) continue;
              const key = `${base}${column.role}|`;
              if (!report) {
                if (!earlier.has(key + year)) earlier.set(key + year, { sheet, column, row: i });
                continue;
              }
              const before = earlier.get(key + (year - 1));
              if (!before) continue;
              const old = before.column.values[before.row];
              const percent = column.column.percent;
              if (percent !== before.column.column.percent) continue;
              if (!isImplausibleJump(column.role, percent, kind, old, value)) continue;
              context.report(
                this.id,
                sheet.map.name,
                rowCell(sheet, i, column.column),
                {
                  header: column.column.header,
                  before: old,
                  value,
                  year: year - 1,
                  source: before.sheet.map.name,
                  sourceCell: rowCell(before.sheet, before.row, before.column.column),
                },
                keyOf(context, sheet, i),
              );
            }
          }
        }
      }
    };
    visit(false);
    visit(true);
  },
};
