import { round } from "../random";
import { SheetBuilder } from "../sheet-builder";
import type { SampleSheet, SheetTruth } from "../types";
import { nameIn, type SampleContext } from "./context";

/**
 * «Кадры <год>»: teachers, highest and first category, under 3 years of experience, over 65 (persons) and
 * vacancies (positions; «н/д» where a school did not report), «Среднее по району» at the foot.
 * @example staffingSheet(context, 2023).sheet.name // "Кадры 2023"
 */
export function staffingSheet(
  context: SampleContext,
  year: number,
): { sheet: SampleSheet; truth: SheetTruth } {
  const b = new SheetBuilder(`Кадры ${year}`, "staffing", year, [year]);
  b.title(`Кадровое обеспечение ОО Кировского района, ${year} год`, 7);
  b.spacer();
  b.row(
    [
      "ОО",
      "Всего педагогических работников, чел.",
      "Высшая квалификационная категория, чел.",
      "Первая квалификационная категория, чел.",
      "Стаж работы до 3 лет, чел.",
      "Старше 65 лет, чел.",
      "Вакансии, ед.",
    ],
    { bold: true },
  );
  const rows = context.data.staffing.filter((r) => r.year === year);
  for (const school of context.schools) {
    const r = rows.find((x) => x.key === school.key);
    if (!r) continue;
    const name = nameIn(context, school, year === 2022 ? ["number", "compact"] : ["short-district", "short"]);
    b.school(
      b.row([name, r.teachers, r.highest, r.first, r.under3, r.over65, r.vacancies ?? "н/д"]),
      0,
      school.key,
    );
  }
  const mean = (f: (r: (typeof rows)[number]) => number | null) => {
    const values = rows.map(f).filter((v): v is number => v !== null);
    return round(values.reduce((s, v) => s + v, 0) / values.length, 1);
  };
  b.aggregate(
    b.row(
      [
        "Среднее по району",
        mean((r) => r.teachers),
        mean((r) => r.highest),
        mean((r) => r.first),
        mean((r) => r.under3),
        mean((r) => r.over65),
        mean((r) => r.vacancies),
      ],
      { bold: true },
    ),
  );
  b.columnWidths([48, 16, 16, 16, 14, 12, 12]);
  return b.build();
}
