import { XlsxHost } from "./src/hosts/xlsx-host";
import { buildWorkbookMap } from "./src/core/workbook/workbook-map";
import { buildMonitoringModel, monitoringFigures, monitoringSheetPlan } from "./src/core/monitoring";
import { DEFAULT_CRITERIA_PROFILE } from "./src/core/criteria";
(async () => {
  const host = await XlsxHost.open("examples/kirov-district-sample.xlsx");
  const sheets = await host.readSheets();
  const map = buildWorkbookMap(sheets);
  const m = buildMonitoringModel(map, { profile: DEFAULT_CRITERIA_PROFILE, version: "0.1.0", createdAt: "2024-01-01T00:00:00Z" });
  if (!m.ok) { console.log(m.issue); return; }
  console.log(m.value.years, m.value.list, m.value.schools.map(s => [s.key, s.name, s.status.ok ? s.status.outcome.text : s.status.problem]));
  console.log(m.value.indicators.map(i => i.def.label + " " + [...i.values.values()].filter(p=>p[0]&&p[1]).length));
  console.log(JSON.stringify(monitoringFigures(m.value).shares), monitoringFigures(m.value).matrix);
  const plan = monitoringSheetPlan(m.value);
  console.log(plan.rows.length, plan.rows[0].length, plan.notes?.length);
})();
