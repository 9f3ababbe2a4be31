import { COUNT_OR_PERCENT_ROLES, type ColumnRole } from "../tables/column-role";
import type { SheetKind } from "../workbook/sheet-kind";

/** Sheet kinds that hold assessment results. */
export const RESULT_KINDS: ReadonlySet<SheetKind> = new Set<SheetKind>(["vpr", "oge", "ege", "rdr"]);

/** Sheet kinds whose data belong to a year. */
export const YEARLY_KINDS: ReadonlySet<SheetKind> = new Set<SheetKind>([
  ...RESULT_KINDS,
  "contingent",
  "staffing",
]);

/** Roles a sheet of each kind must have; an inner array lists alternatives (any one will do). */
export const REQUIRED_COLUMNS: Readonly<Partial<Record<SheetKind, readonly (readonly ColumnRole[])[]>>> = {
  registry: [["school"]],
  vpr: [["school"], ["participants"], ["mark2"], ["mark3"], ["mark4"], ["mark5"]],
  oge: [["school"], ["participants"], ["failShare", "mark2", "avgScore"]],
  ege: [["school"], ["participants"], ["avgScore", "belowMin"]],
  rdr: [["school"], ["participants"]],
  contingent: [["school"], ["students"]],
  staffing: [["school"], ["teachers"]],
  microdistrict: [["school"]],
};

/** The cell of a data row that must be filled when the row has any other number. */
export const REQUIRED_CELL: Readonly<Partial<Record<SheetKind, ColumnRole>>> = {
  vpr: "participants",
  oge: "participants",
  ege: "participants",
  rdr: "participants",
  contingent: "students",
  staffing: "teachers",
};

/** Roles that hold counts of people or units when not marked as percents. */
export const COUNT_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  "participants",
  "lowered",
  "confirmed",
  "raised",
  "students",
  "teachers",
  ...COUNT_OR_PERCENT_ROLES,
]);
