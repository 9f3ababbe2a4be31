/**
 * Monitoring bench: a city-sized workbook (700 schools, all ШНОР; ВПР, ОГЭ and staffing of two years) → the
 * workbook map, the monitoring model, the «Мониторинг» plan and the .xlsx writer (exceljs, charts added), with
 * and without the source notes. Target (issue 5): under 2 s for the core plus the .xlsx writer.
 */
import ExcelJS from "exceljs";
import { DEFAULT_CRITERIA_PROFILE } from "../src/core/criteria";
import { buildMonitoringModel, monitoringSheetPlan } from "../src/core/monitoring";
import { buildWorkbookMap } from "../src/core/workbook/workbook-map";
import { writePlanToWorksheet } from "../src/hosts/xlsx-plan-writer";
import { xlsxBufferWithCharts } from "../src/hosts/xlsx-charts";
import { citySheets } from "../test/core/monitoring/city-fixture";

const SCHOOLS = 700;

/** Times one full generation; returns the figures in milliseconds. */
export async function generateOnce(notes: boolean): Promise<Record<string, number>> {
  const sheets = citySheets(SCHOOLS);
  const t0 = performance.now();
  const map = buildWorkbookMap(sheets);
  const t1 = performance.now();
  const model = buildMonitoringModel(map, {
    profile: DEFAULT_CRITERIA_PROFILE,
    version: "bench",
    createdAt: "2024-03-15T09:00:00Z",
  });
  if (!model.ok) throw new Error(model.issue.code);
  const plan = monitoringSheetPlan(model.value, { notes });
  const t2 = performance.now();
  const workbook = new ExcelJS.Workbook();
  writePlanToWorksheet(workbook.addWorksheet(plan.name), plan);
  const bytes = (await xlsxBufferWithCharts(workbook)).length;
  const t3 = performance.now();
  return {
    map: t1 - t0,
    model: t2 - t1,
    xlsx: t3 - t2,
    total: t3 - t0,
    bytes,
    cells: plan.rows.length * plan.rows[ROW].length,
  };
}

const ROW = 20;

export async function run(): Promise<void> {
  for (const notes of [false, true]) {
    await generateOnce(notes); // warm-up
    const f = await generateOnce(notes);
    console.log(
      `${SCHOOLS} ШНОР, source notes ${notes ? "on " : "off"}: map ${f.map.toFixed(0)} ms, model + plan ${f.model.toFixed(0)} ms, ` +
        `.xlsx ${f.xlsx.toFixed(0)} ms — total ${f.total.toFixed(0)} ms (target < 2000 ms); ${f.cells} cells, ${(f.bytes / 1e6).toFixed(1)} MB`,
    );
  }
}

if (require.main === module) void run();
