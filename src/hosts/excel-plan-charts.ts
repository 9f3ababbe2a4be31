/**
 * Charts and row heights of a sheet plan as Office.js decorations (see `excel-plan-format.ts`): queued with the
 * other decorations and sent in the same formatting sync, so a chart or a row height costs no sync of its own.
 *
 * A chart is added by `worksheet.charts.add` from its first series' values, then every series is given its
 * name, values and category labels explicitly (`chart.series.add`, `setValues`, `setXAxisValues`: ExcelApi
 * 1.7), so ranges anywhere on the sheet work and Excel's guessing of headers plays no part. The chart gets the
 * plan's title, the value axis title, a legend at the bottom, and covers the plan's anchor block of cells.
 */
import { a1 } from "../core/cells/a1";
import type { PlanChart, PlanRange, SheetPlan } from "../core/plans/sheet-plan";
import { utf8Bytes } from "./excel-write-chunks";
import type { Decoration } from "./excel-plan-format";

/** Exact chart series (`chart.series.add`, `setValues`, `setXAxisValues`); `charts.add` itself is 1.1. */
export const CHART_API_VERSION = "1.7";

/** The request size of one chart operation besides its text (as `OPERATION_BYTES` of the other decorations). */
const OPERATION_BYTES = 300;

/** Excel's chart type for a plan chart's type. */
export const EXCEL_CHART_TYPES = {
  column: "ColumnClustered",
  line: "LineMarkers",
} as const satisfies Record<PlanChart["type"], `${Excel.ChartType}`>;

/** Consecutive rows of one height: a single `rowHeight` operation. */
export interface RowHeightRun {
  row: number;
  rowCount: number;
  /** Points. */
  height: number;
}

/**
 * The plan's row heights as runs of consecutive rows of equal height, top to bottom; where a row is listed
 * twice, the later height wins (as it would when set one after the other). Non-positive or non-finite
 * heights are left out.
 * @example rowHeightRuns([{ row: 4, height: 30 }, { row: 3, height: 30 }, { row: 8, height: 45 }]) // [{ row: 3, rowCount: 2, height: 30 }, { row: 8, rowCount: 1, height: 45 }]
 */
export function rowHeightRuns(rowHeights: SheetPlan["rowHeights"]): RowHeightRun[] {
  const byRow = new Map<number, number>();
  for (const { row, height } of rowHeights ?? [])
    if (Number.isInteger(row) && row >= 0 && Number.isFinite(height) && height > 0) byRow.set(row, height);
  const runs: RowHeightRun[] = [];
  for (const [row, height] of [...byRow].sort((a, b) => a[0] - b[0])) {
    const last = runs[runs.length - 1];
    if (last && last.row + last.rowCount === row && last.height === height) last.rowCount++;
    else runs.push({ row, rowCount: 1, height });
  }
  return runs;
}

const rangeOf = (sheet: Excel.Worksheet, r: PlanRange): Excel.Range =>
  sheet.getRangeByIndexes(r.row, r.column, r.rowCount ?? 1, r.columnCount ?? 1);

/** One chart as a decoration (the operations of one chart: a fixed number per series). */
function chartStep(chart: PlanChart): Decoration {
  const { categories, anchor } = chart;
  // Labels down a column: one value per row, so series run by columns; labels along a row: by rows.
  const seriesBy: "Columns" | "Rows" =
    (categories.rowCount ?? 1) >= (categories.columnCount ?? 1) ? "Columns" : "Rows";
  const from = a1(anchor.row, anchor.column);
  const to = a1(anchor.row + (anchor.rowCount ?? 1) - 1, anchor.column + (anchor.columnCount ?? 1) - 1);
  const texts = [chart.title, chart.valueAxisTitle ?? "", ...chart.series.map((s) => s.name)];
  return {
    bytes: OPERATION_BYTES * (6 + 3 * chart.series.length) + texts.reduce((sum, t) => sum + utf8Bytes(t), 0),
    apply: (sheet) => {
      const added = sheet.charts.add(
        EXCEL_CHART_TYPES[chart.type],
        rangeOf(sheet, chart.series[0].values),
        seriesBy,
      );
      added.title.text = chart.title;
      added.legend.visible = true;
      added.legend.position = "Bottom";
      if (chart.valueAxisTitle) added.axes.valueAxis.title.text = chart.valueAxisTitle;
      const labels = rangeOf(sheet, categories);
      chart.series.forEach(({ name, values }, i) => {
        // The chart was made from the first series' values: that series is there already.
        const series = i === 0 ? added.series.getItemAt(0) : added.series.add(name);
        if (i === 0) series.name = name;
        series.setValues(rangeOf(sheet, values));
        series.setXAxisValues(labels);
      });
      added.setPosition(from, to);
    },
  };
}

/**
 * The decorations of a plan's charts and row heights. Charts need ExcelApi 1.7 (`supports`); without it they
 * are left out and reported through `skip(feature, version)` — writing a sheet needs 1.7 anyway, so in practice
 * every chart is drawn. A chart without series is nothing to draw and is left out.
 * @example chartAndRowDecorations(plan, () => true, skip).length // plan.charts.length + the row-height runs
 */
export function chartAndRowDecorations(
  plan: SheetPlan,
  supports: (version: string) => boolean,
  skip: (feature: string, version: string) => void,
): Decoration[] {
  const steps: Decoration[] = rowHeightRuns(plan.rowHeights).map(({ row, rowCount, height }) => ({
    bytes: OPERATION_BYTES,
    apply: (sheet) => (sheet.getRangeByIndexes(row, 0, rowCount, 1).format.rowHeight = height),
  }));
  const charts = (plan.charts ?? []).filter((chart) => chart.series.length > 0);
  if (charts.length > 0 && !supports(CHART_API_VERSION)) skip("диаграммы", CHART_API_VERSION);
  else steps.push(...charts.map(chartStep));
  return steps;
}
