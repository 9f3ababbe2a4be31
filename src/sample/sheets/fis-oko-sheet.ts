import { round } from "../random";
import { SheetBuilder } from "../sheet-builder";
import { commaText } from "../text-format";
import type { SampleSheet, SheetTruth } from "../types";
import { nameIn, type SampleContext } from "./context";

/** The procedure the ФИС ОКО export of the sample shows. */
export const FIS_OKO_PROCEDURE = { year: 2023, grade: 5, subject: "Математика", maxScore: 20 } as const;

/** Shares of «2»–«5» in Russia and St. Petersburg for the aggregate rows (synthetic, plausible). */
const RUSSIA = { participants: 1_391_587, shares: [10.2, 38.9, 35.4, 15.5] };
const CITY = { participants: 45_310, shares: [7.9, 36.1, 38.2, 17.8] };

/**
 * A ФИС ОКО export «Статистика по отметкам» for one ВПР procedure (2023, 5 класс, математика): a title block
 * (work, date, subject, grade, maximum primary score), the header `ОО | Кол-во уч. | 2 | 3 | 4 | 5` with
 * percents as text with a decimal comma, aggregate rows «Вся выборка», «Санкт-Петербург», «Кировский район»
 * nested above the schools, school names prefixed with their ФИС ОКО login.
 * @example fisOkoSheet(context).sheet.values[6] // ["ОО", "Кол-во уч.", "2", "3", "4", "5"]
 */
export function fisOkoSheet(context: SampleContext): { sheet: SampleSheet; truth: SheetTruth } {
  const { year, grade, subject, maxScore } = FIS_OKO_PROCEDURE;
  const b = new SheetBuilder(`ФИС ОКО ВПР ${year} МА${grade}`, "vpr", year, [year]);
  b.title(`Всероссийские проверочные работы ${year} (${grade} класс)`, 6);
  b.row([`Дата: 18.04.${year}`]);
  b.row([`Предмет: ${subject}`]);
  b.row(["Статистика по отметкам"], { bold: true });
  b.row([`Максимальный первичный балл: ${maxScore}`]);
  b.spacer();
  b.row(["ОО", "Кол-во уч.", "2", "3", "4", "5"], { bold: true });
  const rows = context.data.vpr.filter((r) => r.year === year && r.grade === grade && r.subject === subject);
  const total = rows.reduce((sum, r) => sum + r.participants, 0);
  const district = [0, 1, 2, 3].map((i) =>
    round((100 * rows.reduce((sum, r) => sum + r.counts[i], 0)) / total, 2),
  );
  b.aggregate(b.row(["Вся выборка", RUSSIA.participants, ...RUSSIA.shares.map((s) => commaText(s, 2))]));
  b.aggregate(b.row(["  Санкт-Петербург", CITY.participants, ...CITY.shares.map((s) => commaText(s, 2))]));
  b.aggregate(b.row(["    Кировский район", total, ...district.map((s) => commaText(s, 2))]));
  for (const school of context.schools) {
    const r = rows.find((x) => x.key === school.key);
    if (!r) continue;
    const row = b.row([
      nameIn(context, school, ["login"]),
      r.participants,
      ...r.shares.map((s) => commaText(s, 2)),
    ]);
    b.school(row, 0, school.key);
  }
  b.columnWidths([80, 11, 8, 8, 8, 8]);
  return b.build();
}
