/**
 * Charts and row heights through Office.js (typed fake Excel): the operations each chart makes, the ExcelApi
 * version asked for, and the whole «Мониторинг» plan written by `ExcelHost.writeSheetPlan` with its chart and
 * row heights in the formatting sync — no sync more than the same sheet without them.
 */
import fc from "fast-check";
import { DEFAULT_CRITERIA_PROFILE } from "../../src/core/criteria";
import { buildMonitoringModel, monitoringSheetPlan } from "../../src/core/monitoring";
import { num, text, type SheetPlan } from "../../src/core/plans/sheet-plan";
import { buildWorkbookMap } from "../../src/core/workbook/workbook-map";
import { CHART_API_VERSION, chartAndRowDecorations, rowHeightRuns } from "../../src/hosts/excel-plan-charts";
import { planDecorations } from "../../src/hosts/excel-plan-format";
import { writeSyncCount } from "../../src/hosts/excel-plan-writer";
import { PlanGrid } from "../../src/hosts/excel-write-chunks";
import { ExcelHost } from "../../src/hosts/excel-host";
import { citySheets } from "../core/monitoring/city-fixture";
import { FakeExcel, type FakeSheet } from "./fake-excel";

const mark = { generator: "monitoring", version: "0.1.0", createdAt: "2024-03-15T09:00:00Z" };

/** The sheet's chart operations, with the long `charts.add(…)` prefix of each chart's calls shortened to `chart`. */
function chartLog(sheet: FakeSheet): string[] {
  const adds = sheet.log.filter((op) => /^charts\.add\([^)]*\)$/u.test(op));
  return sheet.log
    .filter((op) => op.startsWith("charts."))
    .map((op) => {
      const add = adds.find((a) => op.startsWith(`${a}.`));
      return add ? `chart${adds.length > 1 ? adds.indexOf(add) + 1 : ""}${op.slice(add.length)}` : op;
    });
}

/** Applies decorations to a fresh sheet of a fake workbook in one sync. */
async function applied(
  steps: ReturnType<typeof chartAndRowDecorations>,
): Promise<{ fake: FakeExcel; sheet: FakeSheet }> {
  const fake = new FakeExcel({ Лист: [] });
  const sheet = fake.sheets[0];
  steps.forEach((step) => step.apply(sheet as never, fake.context.workbook as never));
  await fake.context.sync();
  return { fake, sheet };
}

describe("rowHeightRuns", () => {
  it.each([
    ["nothing", undefined, []],
    ["one row", [{ row: 0, height: 42 }], [{ row: 0, rowCount: 1, height: 42 }]],
    [
      "consecutive equal rows merge, out of order too",
      [
        { row: 5, height: 30 },
        { row: 3, height: 30 },
        { row: 4, height: 30 },
        { row: 9, height: 45 },
      ],
      [
        { row: 3, rowCount: 3, height: 30 },
        { row: 9, rowCount: 1, height: 45 },
      ],
    ],
    [
      "a different height splits a run",
      [
        { row: 1, height: 30 },
        { row: 2, height: 42 },
        { row: 3, height: 30 },
      ],
      [
        { row: 1, rowCount: 1, height: 30 },
        { row: 2, rowCount: 1, height: 42 },
        { row: 3, rowCount: 1, height: 30 },
      ],
    ],
    [
      "a row listed twice: the later height",
      [
        { row: 2, height: 30 },
        { row: 2, height: 15 },
      ],
      [{ row: 2, rowCount: 1, height: 15 }],
    ],
    [
      "impossible heights and rows are left out",
      [
        { row: 1, height: 0 },
        { row: 2, height: NaN },
        { row: -1, height: 30 },
        { row: 1.5, height: 30 },
      ],
      [],
    ],
  ])("%s", (_what, heights, runs) => expect(rowHeightRuns(heights)).toEqual(runs));

  it("runs cover exactly the listed rows, each with its last height, never touching each other at one height", () => {
    const heights = fc.array(
      fc.record({ row: fc.integer({ min: 0, max: 40 }), height: fc.constantFrom(15, 30, 42) }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(heights, (list) => {
        const want = new Map(list.map(({ row, height }) => [row, height]));
        const runs = rowHeightRuns(list);
        const got = new Map(
          runs.flatMap((r) => Array.from({ length: r.rowCount }, (_, i) => [r.row + i, r.height] as const)),
        );
        expect(got).toEqual(want);
        runs.slice(1).forEach((r, i) => {
          const before = runs[i];
          expect(before.row + before.rowCount <= r.row).toBe(true);
          if (before.row + before.rowCount === r.row) expect(before.height).not.toBe(r.height);
        });
      }),
    );
  });
});

describe("chartAndRowDecorations", () => {
  const plan: SheetPlan = {
    name: "Мониторинг",
    rows: [
      [text("ОО"), text("2022"), text("2023")],
      [text("221"), num(91.5), num(94)],
      [text("ЦО 162"), num(88), num(86.25)],
    ],
    rowHeights: [
      { row: 0, height: 42 },
      { row: 4, height: 30 },
      { row: 5, height: 30 },
    ],
    charts: [
      {
        type: "column",
        title: "Успеваемость ШНОР: 2022 и 2023 гг., %",
        categories: { row: 1, column: 0, rowCount: 2 },
        series: [
          { name: "2022", values: { row: 1, column: 1, rowCount: 2 } },
          { name: "2023", values: { row: 1, column: 2, rowCount: 2 } },
        ],
        anchor: { row: 0, column: 14, rowCount: 11, columnCount: 10 },
        valueAxisTitle: "%",
      },
      {
        type: "line",
        title: "Динамика",
        categories: { row: 0, column: 1, columnCount: 2 },
        series: [{ name: "221", values: { row: 1, column: 1, columnCount: 2 } }],
        anchor: { row: 12, column: 0, rowCount: 5, columnCount: 4 },
      },
    ],
    mark,
  };

  it("sets row heights by runs and draws each chart: type, series with names, values and labels, title, legend, place", async () => {
    const asked: string[] = [];
    const skipped: string[] = [];
    const steps = chartAndRowDecorations(
      plan,
      (v) => (asked.push(v), true),
      (feature) => skipped.push(feature),
    );
    expect(asked).toEqual([CHART_API_VERSION]);
    expect(skipped).toEqual([]);
    const { sheet } = await applied(steps);
    expect(sheet.log.filter((op) => op.includes("rowHeight"))).toEqual([
      "A1.format.rowHeight=42",
      "A5:A6.format.rowHeight=30",
    ]);
    expect(chartLog(sheet)).toEqual([
      'charts.add("ColumnClustered",B2:B3,"Columns")',
      'chart1.title.text="Успеваемость ШНОР: 2022 и 2023 гг., %"',
      "chart1.legend.visible=true",
      'chart1.legend.position="Bottom"',
      'chart1.axes.valueAxis.title.text="%"',
      "chart1.series.getItemAt(0)",
      'chart1.series.getItemAt(0).name="2022"',
      "chart1.series.getItemAt(0).setValues(B2:B3)",
      "chart1.series.getItemAt(0).setXAxisValues(A2:A3)",
      'chart1.series.add("2023")',
      'chart1.series.add("2023").setValues(C2:C3)',
      'chart1.series.add("2023").setXAxisValues(A2:A3)',
      'chart1.setPosition("O1","X11")',
      'charts.add("LineMarkers",B2:C2,"Rows")',
      'chart2.title.text="Динамика"',
      "chart2.legend.visible=true",
      'chart2.legend.position="Bottom"',
      "chart2.series.getItemAt(0)",
      'chart2.series.getItemAt(0).name="221"',
      "chart2.series.getItemAt(0).setValues(B2:C2)",
      "chart2.series.getItemAt(0).setXAxisValues(B1:C1)",
      'chart2.setPosition("A13","D17")',
    ]);
  });

  it("without ExcelApi 1.7 the charts are left out and reported; row heights are still set", () => {
    const skipped: [string, string][] = [];
    const steps = chartAndRowDecorations(
      plan,
      (v) => v < CHART_API_VERSION,
      (feature, version) => skipped.push([feature, version]),
    );
    expect(skipped).toEqual([["диаграммы", CHART_API_VERSION]]);
    expect(steps).toHaveLength(2); // the two row-height runs
  });

  it("a chart without series draws nothing and asks for nothing", () => {
    const empty: SheetPlan = { ...plan, rowHeights: undefined, charts: [{ ...plan.charts![0], series: [] }] };
    const asked: string[] = [];
    expect(
      chartAndRowDecorations(
        empty,
        (v) => (asked.push(v), true),
        () => undefined,
      ),
    ).toEqual([]);
    expect(asked).toEqual([]);
  });

  it("is part of the plan's decorations, and a missing ExcelApi 1.7 is an issue naming the feature", () => {
    const grid = new PlanGrid(plan);
    const full = planDecorations(plan, grid, () => true);
    const none = planDecorations({ ...plan, charts: undefined, rowHeights: undefined }, grid, () => true);
    expect(full.steps.length - none.steps.length).toBe(4); // 2 row-height runs + 2 charts
    const old = planDecorations(plan, grid, (v) => v < CHART_API_VERSION);
    expect(old.skipped).toEqual([
      {
        code: "host-feature-skipped",
        params: { feature: "диаграммы", set: `ExcelApi ${CHART_API_VERSION}` },
      },
    ]);
  });
});

describe("the «Мониторинг» tab through ExcelHost.writeSheetPlan", () => {
  function cityPlan(schools: number): SheetPlan {
    const built = buildMonitoringModel(buildWorkbookMap(citySheets(schools)), {
      profile: DEFAULT_CRITERIA_PROFILE,
      version: "t",
      createdAt: "2024-03-15T09:00:00Z",
    });
    if (!built.ok) throw new Error(built.issue.code);
    return monitoringSheetPlan(built.value);
  }

  async function write(plan: SheetPlan) {
    const fake = new FakeExcel({ "Список ОО": [["ОО"]] });
    const host = new ExcelHost({ run: fake.run, isSetSupported: () => true });
    await host.writeSheetPlan(plan);
    return { fake, sheet: fake.sheets.find((s) => s.name === "Мониторинг")!, issues: host.lastWriteIssues };
  }

  it.each([10, 300])(
    "%i ШНОР: the chart and row heights go in the formatting sync, with no sync more than without them",
    async (schools) => {
      const plan = cityPlan(schools);
      expect(plan.charts?.length).toBeGreaterThan(0);
      expect(plan.rowHeights?.length).toBeGreaterThan(0);
      const withCharts = await write(plan);
      const without = await write({ ...plan, charts: undefined, rowHeights: undefined });
      expect(withCharts.fake.syncs).toBe(without.fake.syncs);
      expect(withCharts.fake.syncs).toBe(writeSyncCount(plan, false));
      expect(withCharts.issues).toEqual([]);

      const chart = plan.charts![0];
      const log = chartLog(withCharts.sheet);
      expect(log.filter((op) => op.startsWith("charts.add("))).toHaveLength(1);
      expect(log).toContain(`chart.title.text=${JSON.stringify(chart.title)}`);
      // One series per plan series, each with its name; every series labelled by the schools' keys.
      const named = log.filter((op) => /^chart\.series\.(getItemAt\(0\)\.name=.*|add\([^)]*\))$/u.test(op));
      expect(named).toEqual([
        `chart.series.getItemAt(0).name=${JSON.stringify(chart.series[0].name)}`,
        ...chart.series.slice(1).map((s) => `chart.series.add(${JSON.stringify(s.name)})`),
      ]);
      const labels = log.filter((op) => op.includes("setXAxisValues"));
      expect(labels).toHaveLength(chart.series.length);
      const keyColumn = `${String.fromCharCode(65 + chart.categories.column)}${chart.categories.row + 1}:`;
      for (const op of labels) expect(op).toContain(`setXAxisValues(${keyColumn}`);
      expect(log.filter((op) => op.includes("setValues"))).toHaveLength(chart.series.length);
      // Heights: every listed row is set, by runs.
      const heights = withCharts.sheet.log.filter((op) => op.includes(".format.rowHeight="));
      expect(heights).toHaveLength(rowHeightRuns(plan.rowHeights).length);
      // All the chart's operations travelled in one request (the formatting sync).
      const requests = withCharts.fake.requests.filter((r) => r.ops.some((op) => op.startsWith("charts.")));
      expect(requests).toHaveLength(1);
    },
  );
});
