import type { CellValue } from "../../core/cells/cell-value";
import { EGE_SUBJECTS } from "../district-data";
import { round } from "../random";
import { SheetBuilder } from "../sheet-builder";
import { commaText, fraction, percentText, weightedMean } from "../text-format";
import type { SampleSheet, SheetTruth } from "../types";
import { nameIn, type SampleContext } from "./context";

/**
 * An ЕГЭ sheet for one year, one row per school × subject: participants, средний тестовый балл, % below the
 * minimum, % 80–100; «Среднее по району» per subject at the foot. 2022 stores percents as fractions of one
 * under a percent format (and a subject nobody took shows «—», a pasted «#ДЕЛ/0!» and real #DIV/0! errors);
 * 2023 writes everything as text with a decimal comma.
 * @example egeSheet(context, 2023).truth.kind // "ege"
 */
export function egeSheet(context: SampleContext, year: number): { sheet: SampleSheet; truth: SheetTruth } {
  const b = new SheetBuilder(`ЕГЭ ${year}`, "ege", year, [year]);
  const asText = year === 2023;
  b.title(`Результаты ЕГЭ-${year} по общеобразовательным организациям Кировского района`, 6);
  b.row(["Средний тестовый балл и доли участников, % от числа сдававших"]);
  b.spacer();
  b.row(
    [
      "ОО",
      "Предмет",
      "Кол-во участников",
      "Средний тестовый балл",
      "Не преодолели минимальный порог, %",
      "Набрали 80–100 баллов, %",
    ],
    { bold: true },
  );
  const firstData = b.nextRow;
  const results = context.data.ege.filter((r) => r.year === year);
  const percent = (value: number): CellValue => (asText ? percentText(value) : fraction(value));
  for (const school of context.schools) {
    for (const r of results.filter((x) => x.key === school.key)) {
      const name = nameIn(
        context,
        school,
        asText ? ["compact", "short", "compact"] : ["short", "short-district"],
      );
      const cells: CellValue[] =
        r.meanScore === null || r.belowMinimum === null || r.high === null
          ? [name, r.subject, "—", "#ДЕЛ/0!", "#DIV/0!", "#DIV/0!"]
          : [
              name,
              r.subject,
              r.participants,
              asText ? commaText(r.meanScore) : r.meanScore,
              percent(r.belowMinimum),
              percent(r.high),
            ];
      b.school(b.row(cells), 0, school.key);
    }
  }
  b.spacer();
  for (const subject of EGE_SUBJECTS) {
    const rows = results.filter((r) => r.subject === subject.name && r.participants > 0);
    const n = rows.reduce((sum, r) => sum + r.participants, 0);
    const mean = (f: (r: (typeof rows)[number]) => number | null) =>
      round(weightedMean(rows.map((r) => [f(r) ?? 0, r.participants] as const)), 1);
    const row = b.row(
      [
        "Среднее по району",
        subject.name,
        n,
        asText ? commaText(mean((r) => r.meanScore)) : mean((r) => r.meanScore),
        percent(mean((r) => r.belowMinimum)),
        percent(mean((r) => r.high)),
      ],
      { bold: true },
    );
    b.aggregate(row);
  }
  if (!asText) b.format(firstData, 4, b.nextRow - 1, 5, "0.0%");
  b.columnWidths([48, 32, 12, 12, 18, 16]);
  return b.build();
}
