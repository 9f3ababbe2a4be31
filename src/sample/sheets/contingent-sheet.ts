import type { CellValue } from "../../core/cells/cell-value";
import { SAMPLE_YEARS } from "../build-schools";
import { SheetBuilder } from "../sheet-builder";
import { thousandsText } from "../text-format";
import type { SampleSheet, SheetTruth } from "../types";
import { nameIn, type SampleContext } from "./context";

/**
 * «Соц. паспорт»: one long table for both years with a year column, a two-row merged header («Из них:» over
 * ОВЗ, инофоны, малоимущие, учёт), counts of students (large ones typed as text with a thousands space),
 * «Итого по району» per year at the foot.
 * @example contingentSheet(context).truth.years // [2022, 2023]
 */
export function contingentSheet(context: SampleContext): { sheet: SampleSheet; truth: SheetTruth } {
  const b = new SheetBuilder("Соц. паспорт", "contingent", null, [...SAMPLE_YEARS]);
  b.title("Социальный паспорт общеобразовательных организаций Кировского района (на 1 сентября)", 8);
  b.spacer();
  const top = b.row(["№", "ОО", "Год", "Всего обучающихся, чел.", "Из них, чел.:", null, null, null], {
    bold: true,
  });
  b.row(
    [
      null,
      null,
      null,
      null,
      "с ОВЗ",
      "инофоны (дети-мигранты)",
      "из малоимущих семей",
      "на учёте (ПДН, ВШУ)",
    ],
    { bold: true },
  );
  for (const column of [0, 1, 2, 3]) b.merge(top, column, top + 1, column);
  b.merge(top, 4, top, 7);
  context.schools.forEach((school, index) => {
    for (const year of SAMPLE_YEARS) {
      const r = context.data.contingent.find((x) => x.key === school.key && x.year === year);
      if (!r) continue;
      const students: CellValue =
        r.students >= 1000 && context.random() < 0.5 ? thousandsText(r.students) : r.students;
      const row = b.row([
        year === 2022 ? index + 1 : null,
        nameIn(context, school, ["number", "casual", "compact"]),
        year,
        students,
        r.ovz,
        r.foreign,
        r.lowIncome,
        r.registered,
      ]);
      b.school(row, 1, school.key);
    }
  });
  b.spacer();
  for (const year of SAMPLE_YEARS) {
    const rows = context.data.contingent.filter((r) => r.year === year);
    const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
    b.aggregate(
      b.row(
        [
          null,
          "Итого по району",
          year,
          sum((r) => r.students),
          sum((r) => r.ovz),
          sum((r) => r.foreign),
          sum((r) => r.lowIncome),
          sum((r) => r.registered),
        ],
        { bold: true },
      ),
    );
  }
  b.columnWidths([6, 30, 8, 14, 10, 14, 14, 14]);
  return b.build();
}
