import { formula, num, text, type PlanCell, type SheetPlan } from "../../plans/sheet-plan";
import { SheetDraft } from "../../roadmap/sheet/sheet-draft";
import type { MonitoringModel } from "../model";
import type { SourcedValue } from "../types";
import { CHANGE_FORMAT, changeFormula, SIGN_FORMAT, signFormula, YES_NO_FORMAT } from "./formulas";
import { COLUMNS, ROWS, monitoringLayout, type IndicatorColumns, type MonitoringLayout } from "./layout";
import { writeSummary } from "./summary-block";
import {
  GROUP_FILLS,
  GROUP_TITLES,
  MONITORING_SHEET_NAME,
  journalLines,
  listText,
  titleText,
} from "./texts-ru";

const GOOD = { fontColor: "#1E7B34", fill: "#E2F0D9", bold: true };
const BAD = { fontColor: "#C00000", fill: "#FBE2E2", bold: true };
const at = (column: number, row: number) => `${letters(column)}${row + 1}`;

function letters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The note of a base value: where it came from and how it was computed. */
export function sourceNote(value: SourcedValue): string {
  const cells = value.sources
    .map((s) => (s.cells.length > 0 ? `«${s.sheet}»!${s.cells.join(", ")}` : `«${s.sheet}»`))
    .join("; ");
  return value.how ? `Источник: ${cells}. ${value.how}.` : `Источник: ${cells}.`;
}

/** Up to this many ШНОР, base values carry their source in a note. */
export const NOTES_LIMIT = 200;

/**
 * The sources of a school's values as one text, by sheet.
 * @example rowSources(values) // "«ВПР 2022»!E15,F15,G15,H15; «ОГЭ 2022»!D8,F8"
 */
export function rowSources(values: readonly (SourcedValue | undefined)[]): string {
  const bySheet = new Map<string, Set<string>>();
  for (const v of values)
    for (const s of v?.sources ?? []) {
      const set = bySheet.get(s.sheet) ?? new Set<string>();
      bySheet.set(s.sheet, set);
      s.cells.forEach((c) => set.add(c));
    }
  return [...bySheet].map(([sheet, cells]) => `«${sheet}»!${[...cells].join(",")}`).join("; ");
}

/** Options of the tab. */
export interface MonitoringSheetOptions {
  /**
   * Source notes on base values; default: for up to `NOTES_LIMIT` ШНОР. Without notes, a last column «Источники
   * значений» lists per school the sheets and cells its values came from (notes on 50 000 cells are slow).
   */
  notes?: boolean;
}

/**
 * The «Мониторинг» tab as a sheet plan: title and list source, the plan's targets and the status × change view
 * (formulas), a chart of the dynamics of results, one row per ШНОР with four columns per indicator (value of
 * each year with its source in a note; change and sign as native formulas, arrows by number format, colours by
 * conditional formats), the district row, and the journal block.
 * @example monitoringSheetPlan(model).name // "Мониторинг"
 */
export function monitoringSheetPlan(model: MonitoringModel, options: MonitoringSheetOptions = {}): SheetPlan {
  const notes = options.notes ?? model.schools.length <= NOTES_LIMIT;
  const layout = monitoringLayout(model);
  const draft = new SheetDraft();
  draft.set(ROWS.title, 0, text(titleText(model)));
  draft.style({ row: ROWS.title, column: 0, columnCount: 6 }, { bold: true, fontColor: "#1F3864" });
  draft.set(ROWS.subtitle, 0, text(listText(model)));
  draft.set(ROWS.tolerance, 1, text("Допуск «без изменений» по результатам, ± п.п."));
  draft.set(ROWS.tolerance, 2, num(model.profile.tolerance));
  draft.style({ row: ROWS.tolerance, column: 2 }, { bold: true, fill: "#FFF2CC" });
  const results = layout.columns[0];
  writeSummary(draft, model, layout, results.sign);
  writeHeader(draft, model, layout);
  model.schools.forEach((school, i) => {
    const row = layout.schoolRows[i];
    draft.set(row, COLUMNS.key, text(school.key));
    draft.set(row, COLUMNS.name, text(school.name));
    if (notes && school.listCell && model.list.kind === "flag")
      draft.notes.push({
        row,
        column: COLUMNS.name,
        text: `В перечне ШНОР: «${model.list.sheet}»!${school.listCell}.`,
      });
    const status = school.status.ok ? school.status.outcome.text || "—" : "нет данных";
    draft.set(row, COLUMNS.status, text(status));
    if (notes && school.status.ok && school.status.outcome.reasons.length > 0)
      draft.notes.push({
        row,
        column: COLUMNS.status,
        text: school.status.outcome.reasons
          .map((r) => r.text)
          .join("\n")
          .slice(0, 1500),
      });
    const r = row + 1;
    draft.set(row, COLUMNS.exit, formula(`IF(C${r}="нет данных","",IF(LEFT(C${r},4)="ШНОР",0,1))`));
    const context = layout.columns.filter(
      (c) =>
        (c.indicator.def.group === "contingent" || c.indicator.def.group === "staffing") &&
        c.indicator.def.higherIsBetter !== undefined,
    );
    draft.set(
      row,
      COLUMNS.contextCount,
      formula(context.length > 0 ? context.map((c) => `(${at(c.sign, row)}=1)`).join("+") : "0"),
    );
    const s = at(results.sign, row);
    draft.set(
      row,
      COLUMNS.positive,
      formula(`IF(OR(${s}=1,AND(${s}<>-1,${at(COLUMNS.contextCount, row)}>=2)),1,0)`),
    );
    for (const c of layout.columns)
      writeValues(draft, c, row, c.indicator.values.get(school.key) ?? [undefined, undefined], notes);
    if (!notes) {
      const values = layout.columns.flatMap((c) => [...(c.indicator.values.get(school.key) ?? [])]);
      draft.set(row, layout.width, text(rowSources(values)));
    }
  });
  if (!notes) {
    draft.set(ROWS.groupHeader, layout.width, text("Источники значений (лист!ячейки)"));
    draft.style({ row: ROWS.groupHeader, column: layout.width }, { bold: true });
  }
  const d = layout.districtRow;
  draft.set(d, COLUMNS.name, text(`Среднее по району`));
  for (const c of layout.columns) writeValues(draft, c, d, c.indicator.district, notes);
  draft.style({ row: d, column: 0, columnCount: layout.width }, { bold: true, fill: "#F2F2F2" });
  formatTable(draft, layout);
  journalLines(model).forEach((line, i) => draft.set(layout.journalRow + 1 + i, 0, text(line)));
  draft.set(layout.journalRow, 0, text("Как сформирован лист"));
  draft.style({ row: layout.journalRow, column: 0 }, { bold: true });
  const n = Math.max(1, model.schools.length);
  return draft.toPlan(
    MONITORING_SHEET_NAME,
    layout.width,
    { generator: "monitoring", version: model.version, createdAt: model.createdAt },
    {
      columnWidths: columnWidths(layout),
      rowHeights: [
        { row: ROWS.summaryHeader, height: 42 },
        { row: ROWS.groupHeader, height: 30 },
        ...[0, 1, 2, 3, 4].map((i) => ({ row: ROWS.summaryFirst + i, height: 30 })),
        { row: ROWS.indicatorHeader, height: 45 },
      ],
      print: { landscape: true, repeatRows: 3, repeatFrom: ROWS.groupHeader },
      charts: [
        {
          type: "column",
          title: `Успеваемость ШНОР, взвешенная по участникам: ${model.years.before} и ${model.years.after} гг., %`,
          categories: { row: ROWS.firstSchool, column: COLUMNS.key, rowCount: n },
          series: [
            {
              name: String(model.years.before),
              values: { row: ROWS.firstSchool, column: results.before, rowCount: n },
            },
            {
              name: String(model.years.after),
              values: { row: ROWS.firstSchool, column: results.after, rowCount: n },
            },
          ],
          anchor: { row: 0, column: 14, rowCount: 11, columnCount: 10 },
          valueAxisTitle: "%",
        },
      ],
    },
  );
}

function writeValues(
  draft: SheetDraft,
  c: IndicatorColumns,
  row: number,
  pair: readonly (SourcedValue | undefined)[],
  notes: boolean,
): void {
  [c.before, c.after].forEach((column, i) => {
    const v = pair[i];
    if (!v) return;
    draft.set(row, column, num(v.value));
    if (notes) draft.notes.push({ row, column, text: sourceNote(v) });
  });
  draft.set(row, c.change, formula(changeFormula(c, row)));
  draft.set(row, c.sign, formula(signFormula(c, row)));
}

function writeHeader(draft: SheetDraft, model: MonitoringModel, layout: MonitoringLayout): void {
  const g = ROWS.groupHeader;
  const fixed: [number, string][] = [
    [COLUMNS.key, "Код ОО"],
    [COLUMNS.name, "Образовательная организация"],
    [COLUMNS.status, `Статус ${model.years.after} г. по профилю`],
    [COLUMNS.exit, "Выход из перечня"],
    [COLUMNS.positive, "Позитивные изменения"],
    [COLUMNS.contextCount, "Улучшилось показателей кадров и контингента"],
  ];
  for (const [column, label] of fixed) {
    draft.set(g, column, text(label));
    draft.merge({ row: g, column, rowCount: 3 });
  }
  draft.style(
    { row: g, column: 0, rowCount: 3, columnCount: COLUMNS.firstIndicator },
    { bold: true, fill: "#D9E1F2", wrap: true },
  );
  let start = 0;
  layout.columns.forEach((c, i) => {
    const def = c.indicator.def;
    const fill = GROUP_FILLS[def.group];
    const next = layout.columns[i + 1];
    if (!next || next.indicator.def.group !== def.group) {
      const first = layout.columns[start].before;
      draft.set(g, first, text(GROUP_TITLES[def.group]));
      draft.merge({ row: g, column: first, columnCount: c.sign - first + 1 });
      start = i + 1;
    }
    draft.set(ROWS.indicatorHeader, c.before, text(def.unit ? `${def.label}, ${def.unit}` : def.label));
    draft.merge({ row: ROWS.indicatorHeader, column: c.before, columnCount: 4 });
    [String(model.years.before), String(model.years.after), "Δ", "дин."].forEach((h, j) =>
      draft.set(ROWS.yearHeader, c.before + j, text(h)),
    );
    draft.style({ row: g, column: c.before, rowCount: 3, columnCount: 4 }, { bold: true, fill, wrap: true });
  });
}

function formatTable(draft: SheetDraft, layout: MonitoringLayout): void {
  const first = ROWS.firstSchool;
  const rows = layout.districtRow - first + 1;
  draft.style(
    { row: first, column: COLUMNS.exit, rowCount: rows - 1, columnCount: 2 },
    { numberFormat: YES_NO_FORMAT },
  );
  for (const c of layout.columns) {
    const digits = c.indicator.def.unit === "чел." || c.indicator.def.unit === "ед." ? "0" : "0.0";
    draft.style({ row: first, column: c.before, rowCount: rows, columnCount: 2 }, { numberFormat: digits });
    draft.style(
      { row: first, column: c.change, rowCount: rows },
      { numberFormat: digits === "0" ? "+0;-0;0" : CHANGE_FORMAT },
    );
    draft.style({ row: first, column: c.sign, rowCount: rows }, { numberFormat: SIGN_FORMAT, bold: true });
    if (c.indicator.def.higherIsBetter === undefined) continue;
    const range = { row: first, column: c.sign, rowCount: rows };
    draft.conditionalFormats.push(
      { range, formula: `${at(c.sign, first)}=1`, style: GOOD },
      { range, formula: `${at(c.sign, first)}=-1`, style: BAD },
    );
  }
  draft.conditionalFormats.push(
    {
      range: { row: first, column: COLUMNS.positive, rowCount: rows - 1 },
      formula: `${at(COLUMNS.positive, first)}=1`,
      style: GOOD,
    },
    {
      range: { row: first, column: COLUMNS.exit, rowCount: rows - 1 },
      formula: `${at(COLUMNS.exit, first)}=1`,
      style: GOOD,
    },
  );
}

function columnWidths(layout: MonitoringLayout): { column: number; width: number }[] {
  const fixed = [9, 57, 15, 11, 12, 14];
  const out = fixed.map((width, column) => ({ column, width }));
  for (const c of layout.columns)
    out.push(
      { column: c.before, width: 8 },
      { column: c.after, width: 8 },
      { column: c.change, width: 7 },
      { column: c.sign, width: 5 },
    );
  return out;
}

/** Re-exported for callers that build cells of the tab. */
export type { PlanCell };
