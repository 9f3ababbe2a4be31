import type { CellValue } from "../../core/cells/cell-value";
import { VPR_GRADES, VPR_SUBJECTS, type VprResult } from "../district-data";
import { pick, round } from "../random";
import { SheetBuilder } from "../sheet-builder";
import { fraction, percentText, weightedMean } from "../text-format";
import type { SampleSheet, SheetTruth } from "../types";
import { nameIn, type SampleContext } from "./context";

const NO_DATA = ["н/д", "-", "—", null] as const;

/**
 * A ВПР sheet for one year, school × grade × subject in blocks by procedure: a two-row merged header (marks
 * «2»–«5» and the comparison with journal marks), spacer rows between blocks, «Итого по району» at the foot.
 * 2022 writes percents as text "12,5%" and short spellings of names; 2023 writes fractions of one under a
 * percent format and bare numbers.
 * @example vprSheet(context, 2023).sheet.name // "ВПР 2023"
 */
export function vprSheet(context: SampleContext, year: number): { sheet: SampleSheet; truth: SheetTruth } {
  const b = new SheetBuilder(`ВПР ${year}`, "vpr", year, [year]);
  const asText = year === 2022;
  b.title(`Результаты Всероссийских проверочных работ ${year} года, Кировский район`, 11);
  b.title("Доли отметок и соответствие отметкам по журналу, % от числа участников", 11);
  b.spacer();
  const top = b.row(
    [
      "ОО",
      "Класс",
      "Предмет",
      "Кол-во участников",
      "Распределение отметок, %",
      null,
      null,
      null,
      "Соответствие отметок за ВПР отметкам по журналу, %",
      null,
      null,
    ],
    { bold: true },
  );
  b.row([null, null, null, null, "«2»", "«3»", "«4»", "«5»", "Понизили", "Подтвердили", "Повысили"], {
    bold: true,
  });
  for (const column of [0, 1, 2, 3]) b.merge(top, column, top + 1, column);
  b.merge(top, 4, top, 7);
  b.merge(top, 8, top, 10);
  const firstData = b.nextRow;
  const percent = (value: number | null): CellValue =>
    value === null ? pick(context.random, NO_DATA) : asText ? percentText(value) : fraction(value);
  let firstBlock = true;
  for (const grade of VPR_GRADES) {
    for (const subject of VPR_SUBJECTS) {
      if (!firstBlock) b.spacer();
      firstBlock = false;
      for (const school of context.schools) {
        const r = find(context.data.vpr, school.key, year, grade, subject);
        const name = nameIn(
          context,
          school,
          asText ? ["compact", "compact", "casual", "short"] : ["number", "number", "short", "compact"],
        );
        const shares = r.shares.map((s) => percent(s));
        const row = b.row([
          name,
          grade,
          subject,
          r.participants,
          ...shares,
          percent(r.lowered),
          percent(r.confirmed),
          percent(r.raised),
        ]);
        b.school(row, 0, school.key);
      }
    }
  }
  b.spacer();
  const all = context.data.vpr.filter((r) => r.year === year);
  const total = all.reduce((sum, r) => sum + r.participants, 0);
  const district = [0, 1, 2, 3].map((i) =>
    round((100 * all.reduce((sum, r) => sum + r.counts[i], 0)) / total, 1),
  );
  const comparison = (pick: (r: VprResult) => number | null) =>
    round(
      weightedMean(all.filter((r) => pick(r) !== null).map((r) => [pick(r) ?? 0, r.participants] as const)),
      1,
    );
  const totals = b.row(
    [
      "Итого по району",
      null,
      null,
      total,
      ...district.map(percent),
      percent(comparison((r) => r.lowered)),
      percent(comparison((r) => r.confirmed)),
      percent(comparison((r) => r.raised)),
    ],
    { bold: true },
  );
  b.aggregate(totals);
  if (!asText) b.format(firstData, 4, totals, 10, "0.0%");
  b.columnWidths([30, 7, 16, 12, 9, 9, 9, 9, 12, 13, 11]);
  return b.build();
}

function find(
  rows: readonly VprResult[],
  key: string,
  year: number,
  grade: number,
  subject: string,
): VprResult {
  const found = rows.find(
    (r) => r.key === key && r.year === year && r.grade === grade && r.subject === subject,
  );
  if (!found) throw new Error(`No ВПР result for ${key} ${year} ${grade} ${subject}`);
  return found;
}
