import { quoteSheetName } from "../../cells/a1";
import { formula, num, text } from "../../plans/sheet-plan";
import type { SheetDraft } from "../../roadmap/sheet/sheet-draft";
import { STATUS_ROWS, TARGETS } from "../figures";
import type { MonitoringModel } from "../model";
import { COLUMNS, ROWS, columnRange, type MonitoringLayout } from "./layout";

const HEADER_FILL = "#D9E1F2";
const GOOD = { fontColor: "#1E7B34", fill: "#E2F0D9", bold: true };
const BAD = { fontColor: "#C00000", fill: "#FBE2E2", bold: true };

/** Zero-based row of each target in the summary block. */
export const TARGET_ROWS = {
  positiveDynamics: ROWS.summaryFirst,
  positiveChanges: ROWS.summaryFirst + 1,
  exit: ROWS.summaryFirst + 2,
  respondents: ROWS.summaryFirst + 3,
  roadmap: ROWS.summaryFirst + 4,
} as const;

/** Zero-based first column of the status × change view, and its first data row. */
export const MATRIX = { column: 7, firstRow: ROWS.summaryFirst } as const;

/**
 * Writes the plan's targets (achieved share as a COUNTIF formula over the tab, the target, «достигнут» /
 * «не достигнут» as a formula) and the status × change view (COUNTIFS of the status and the dynamics columns).
 * @example writeSummary(draft, model, layout, 9) // rows 5–10 filled
 */
export function writeSummary(
  draft: SheetDraft,
  model: MonitoringModel,
  layout: MonitoringLayout,
  resultsSign: number,
): void {
  const head = ROWS.summaryHeader;
  ["№", "Целевой показатель плана мероприятий", "Достигнуто", "Цель", "Итог"].forEach((h, c) =>
    draft.set(head, c, text(h)),
  );
  draft.merge({ row: head, column: 4, columnCount: 2 });
  draft.style({ row: head, column: 0, columnCount: 6 }, { bold: true, fill: HEADER_FILL, wrap: true });
  const names = columnRange(layout, COLUMNS.name);
  const count = `COUNTA(${names})`;
  const shareOf = (column: number) =>
    formula(`IF(${count}=0,0,COUNTIF(${columnRange(layout, column)},1)/${count})`);
  const y = model.years.after;
  const rows: [number, string, ReturnType<typeof text>, number][] = [
    [
      TARGET_ROWS.positiveDynamics,
      "Доля ШНОР с положительной динамикой образовательных результатов",
      shareOf(resultsSign),
      TARGETS.positiveDynamics,
    ],
    [
      TARGET_ROWS.positiveChanges,
      "Доля ШНОР, достигших уровня позитивных изменений",
      shareOf(COLUMNS.positive),
      TARGETS.positiveChanges,
    ],
    [
      TARGET_ROWS.exit,
      `Доля ШНОР, которые по профилю критериев не относятся к ШНОР в ${y} г. (выход из перечня)`,
      shareOf(COLUMNS.exit),
      TARGETS.exit,
    ],
    [
      TARGET_ROWS.respondents,
      "Участие респондентов в опросах и мониторингах",
      text("нет данных"),
      TARGETS.respondents,
    ],
    [TARGET_ROWS.roadmap, "Выполнение мероприятий дорожной карты", roadmapCell(model), TARGETS.roadmap],
  ];
  rows.forEach(([row, label, achieved, target], i) => {
    draft.set(row, 0, num(i + 1));
    draft.set(row, 1, text(label));
    draft.set(row, 2, achieved);
    draft.set(row, 3, num(target));
    const r = row + 1;
    draft.set(row, 4, formula(`IF(ISNUMBER(C${r}),IF(C${r}>=D${r},"достигнут","не достигнут"),"—")`));
    draft.merge({ row, column: 4, columnCount: 2 });
  });
  const first = ROWS.summaryFirst;
  draft.style({ row: first, column: 1, rowCount: 5 }, { wrap: true });
  draft.style({ row: first, column: 2, rowCount: 5, columnCount: 2 }, { numberFormat: "0%", bold: true });
  draft.conditionalFormats.push(
    { range: { row: first, column: 4, rowCount: 5 }, formula: `E${first + 1}="достигнут"`, style: GOOD },
    { range: { row: first, column: 4, rowCount: 5 }, formula: `E${first + 1}="не достигнут"`, style: BAD },
  );
  writeMatrix(draft, model, layout, resultsSign);
}

function roadmapCell(model: MonitoringModel) {
  if (!model.roadmap) return text("нет листа");
  const range = `${quoteSheetName(model.roadmap.sheet)}!${model.roadmap.range}`;
  return formula(`IF(COUNTA(${range})=0,0,COUNTIF(${range},"выполнено")/COUNTA(${range}))`);
}

function writeMatrix(
  draft: SheetDraft,
  model: MonitoringModel,
  layout: MonitoringLayout,
  resultsSign: number,
): void {
  const c0 = MATRIX.column;
  const head = ROWS.summaryHeader;
  const headers = [
    `Статус ${model.years.after} г.`,
    "▲ рост",
    "● без изм.",
    "▼ сниж.",
    "нет данных",
    "Всего",
  ];
  headers.forEach((h, i) => draft.set(head, c0 + i, text(h)));
  draft.style(
    { row: head, column: c0, columnCount: headers.length },
    { bold: true, fill: HEADER_FILL, wrap: true },
  );
  const status = columnRange(layout, COLUMNS.status);
  const sign = columnRange(layout, resultsSign);
  const letter = (i: number) => String.fromCharCode(65 + c0 + i);
  STATUS_ROWS.forEach((label, i) => {
    const row = MATRIX.firstRow + i;
    const r = row + 1;
    const criterion = `"${label === "—" ? "—" : `${label}*`}"`;
    draft.set(row, c0, text(label === "—" ? "нет" : label));
    [1, 0, -1].forEach((s, j) =>
      draft.set(row, c0 + 1 + j, formula(`COUNTIFS(${status},${criterion},${sign},${s})`)),
    );
    draft.set(row, c0 + 5, formula(`COUNTIF(${status},${criterion})`));
    draft.set(row, c0 + 4, formula(`${letter(5)}${r}-SUM(${letter(1)}${r}:${letter(3)}${r})`));
  });
  const total = MATRIX.firstRow + STATUS_ROWS.length;
  draft.set(total, c0, text("Итого"));
  for (let j = 1; j <= 5; j++) {
    const l = letter(j);
    draft.set(total, c0 + j, formula(`SUM(${l}${MATRIX.firstRow + 1}:${l}${total})`));
  }
  draft.style({ row: total, column: c0, columnCount: 6 }, { bold: true });
  draft.style({ row: MATRIX.firstRow, column: c0 + 1, rowCount: 5 }, { fontColor: "#1E7B34" });
  draft.style({ row: MATRIX.firstRow, column: c0 + 3, rowCount: 5 }, { fontColor: "#C00000" });
}
