import type { CellValue } from "../../core/cells/cell-value";
import { OGE_SUBJECTS, type OgeResult } from "../district-data";
import { round } from "../random";
import { SheetBuilder } from "../sheet-builder";
import { commaText, percentText, weightedMean } from "../text-format";
import type { SampleSheet, SheetTruth } from "../types";
import { nameIn, type SampleContext } from "./context";

/**
 * An ОГЭ sheet for one year, one row per school and a block of four columns per subject under a two-row merged
 * header (участники, средний первичный балл, средняя отметка, % «2»), «Итого по району» at the foot. A subject
 * missing for a school (lost in the lookup it was assembled with) shows «#Н/Д».
 * @example ogeSheet(context, 2022).sheet.merges.includes("C3:F3") // true
 */
export function ogeSheet(context: SampleContext, year: number): { sheet: SampleSheet; truth: SheetTruth } {
  const b = new SheetBuilder(`ОГЭ ${year}`, "oge", year, [year]);
  const width = 2 + 4 * OGE_SUBJECTS.length;
  b.title(`Результаты ОГЭ ${year} года (основной период) по ОО Кировского района`, width);
  b.spacer();
  const top = b.row(["№ п/п", "Наименование ОО", ...OGE_SUBJECTS.flatMap((s) => [s, null, null, null])], {
    bold: true,
  });
  b.row(
    [
      null,
      null,
      ...OGE_SUBJECTS.flatMap(() => [
        "Кол-во участников",
        "Средний первичный балл",
        "Средняя отметка",
        "Доля «2», %",
      ]),
    ],
    { bold: true },
  );
  b.merge(top, 0, top + 1, 0);
  b.merge(top, 1, top + 1, 1);
  OGE_SUBJECTS.forEach((_, i) => b.merge(top, 2 + 4 * i, top, 5 + 4 * i));
  const results = context.data.oge.filter((r) => r.year === year);
  context.schools.forEach((school, index) => {
    const cells: CellValue[] = [
      index + 1,
      nameIn(
        context,
        school,
        year === 2022 ? ["short-district", "full", "short-district"] : ["short", "short", "casual"],
      ),
    ];
    for (const subject of OGE_SUBJECTS) {
      const r = results.find((x) => x.key === school.key && x.subject === subject);
      if (!r) cells.push("#Н/Д", "#Н/Д", "#Н/Д", "#Н/Д");
      else
        cells.push(
          r.participants,
          commaText(r.meanScore),
          year === 2022 ? r.meanMark : commaText(r.meanMark, 2),
          year === 2022 ? commaText(r.shares[0]) : percentText(r.shares[0]),
        );
    }
    b.school(b.row(cells), 1, school.key);
  });
  const totals: CellValue[] = [null, "Итого по району"];
  for (const subject of OGE_SUBJECTS) {
    const rows = results.filter((r) => r.subject === subject);
    const mean = (f: (r: OgeResult) => number) =>
      weightedMean(rows.map((r) => [f(r), r.participants] as const));
    const n = rows.reduce((sum, r) => sum + r.participants, 0);
    const fail = (100 * rows.reduce((sum, r) => sum + r.counts[0], 0)) / n;
    totals.push(
      n,
      commaText(mean((r) => r.meanScore)),
      year === 2022
        ? round(
            mean((r) => r.meanMark),
            2,
          )
        : commaText(
            mean((r) => r.meanMark),
            2,
          ),
      year === 2022 ? commaText(fail) : percentText(fail),
    );
  }
  b.aggregate(b.row(totals, { bold: true }));
  b.columnWidths([7, 70, ...OGE_SUBJECTS.flatMap(() => [12, 12, 11, 11])]);
  return b.build();
}
