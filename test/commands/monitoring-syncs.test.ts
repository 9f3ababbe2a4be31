import { DEFAULT_CRITERIA_PROFILE } from "../../src/core/criteria";
import { buildMonitoringModel, monitoringSheetPlan } from "../../src/core/monitoring";
import { buildWorkbookMap } from "../../src/core/workbook/workbook-map";
import { ExcelHost } from "../../src/hosts/excel-host";
import { CHUNKS_PER_SYNC } from "../../src/hosts/excel-chunks";
import { writeSyncCount } from "../../src/hosts/excel-plan-writer";
import { PlanGrid, planWriteChunks } from "../../src/hosts/excel-write-chunks";
import { citySheets } from "../core/monitoring/city-fixture";
import { FakeExcel } from "../hosts/fake-excel";

function cityPlan(schools: number) {
  const built = buildMonitoringModel(buildWorkbookMap(citySheets(schools)), {
    profile: DEFAULT_CRITERIA_PROFILE,
    version: "t",
    createdAt: "2024-03-15T09:00:00Z",
  });
  if (!built.ok) throw new Error(built.issue.code);
  return monitoringSheetPlan(built.value);
}

/** Syncs that carry cell values: bounded by Excel's request payload (5 MB), not by the number of rows. */
const valueSyncs = (plan: ReturnType<typeof cityPlan>) =>
  Math.ceil(planWriteChunks(new PlanGrid(plan)).length / CHUNKS_PER_SYNC);

describe("writing the «Мониторинг» tab through the Office.js host (ExcelHost.writeSheetPlan, fake Excel)", () => {
  it("makes a fixed number of context.sync() calls besides the payload-bounded value syncs, for 10 to 700 ШНОР", async () => {
    const counts: { schools: number; syncs: number; values: number }[] = [];
    for (const schools of [10, 100, 700]) {
      const plan = cityPlan(schools);
      const fake = new FakeExcel({ "Список ОО": [["ОО"]] });
      const host = new ExcelHost({ run: fake.run, isSetSupported: () => true });
      await host.writeSheetPlan(plan);
      expect(fake.sheets.map((s) => s.name)).toContain("Мониторинг");
      expect(fake.syncs).toBe(writeSyncCount(plan, false));
      counts.push({ schools, syncs: fake.syncs, values: valueSyncs(plan) });
    }
    console.log(
      counts.map((c) => `${c.schools} ШНОР: ${c.syncs} syncs (${c.values} with values)`).join("; "),
    );
    const fixed = counts.map((c) => c.syncs - c.values);
    expect(new Set(fixed).size).toBe(1);
    // 70 times the schools (about 86 000 cells) add at most one sync: each carries up to the payload budget.
    expect(counts[2].syncs - counts[0].syncs).toBeLessThanOrEqual(1);
  }, 120_000);
});
