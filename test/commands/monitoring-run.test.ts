import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SheetValues } from "../../src/core/cells/cell-value";
import type { SheetPlan } from "../../src/core/plans/sheet-plan";
import { monitoringSheetPlan } from "../../src/core/monitoring";
import { runMonitoring } from "../../src/commands/monitoring-run";
import { MemoryHost } from "../../src/hosts/memory-host";
import { GENERATED_SHEETS_KEY } from "../../src/hosts/plan-writer";
import { XlsxHost } from "../../src/hosts/xlsx-host";

const SAMPLE = "examples/kirov-district-sample.xlsx";
const NOW = () => new Date("2024-03-15T09:00:00Z");
let sample: SheetValues[];

beforeAll(async () => {
  sample = await (await XlsxHost.open(SAMPLE)).readSheets();
});

describe("runMonitoring: safe regeneration", () => {
  it("never touches a user's sheet named «Мониторинг»: the tab goes to «Мониторинг (2)»", async () => {
    const user: SheetValues = {
      name: "Мониторинг",
      firstRow: 0,
      firstColumn: 0,
      values: [["мои заметки", "=не формула"]],
    };
    const host = new MemoryHost([...sample, user]);
    const run = await runMonitoring(host, { now: NOW });
    expect(run.ok && run.target).toEqual({ name: "Мониторинг (2)", replaces: false });
    const [mine] = await host.readSheets(["Мониторинг"]);
    expect(mine.values).toEqual([["мои заметки", "=не формула"]]);
  });

  it("replaces only its own tab on regeneration, and the mark survives saving and reopening the .xlsx", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shnor-regen-"));
    const first = await XlsxHost.open(SAMPLE);
    first.workbook.addWorksheet("Мониторинг (пользователь)").getCell("A1").value = "моё";
    const run1 = await runMonitoring(first, { now: NOW });
    expect(run1.ok && run1.target).toEqual({ name: "Мониторинг", replaces: false });
    await first.save(join(dir, "1.xlsx"));
    const reopened = await XlsxHost.open(join(dir, "1.xlsx"));
    const names = await reopened.sheetNames();
    expect((await reopened.getSetting(GENERATED_SHEETS_KEY)) as object).toHaveProperty(
      ["Мониторинг", "generator"],
      "monitoring",
    );
    const run2 = await runMonitoring(reopened, { now: NOW });
    expect(run2.ok && run2.target).toEqual({ name: "Мониторинг", replaces: true });
    expect(await reopened.sheetNames()).toEqual(names);
    const [user] = await reopened.readSheets(["Мониторинг (пользователь)"]);
    expect(user.values).toEqual([["моё"]]);
    // The earlier tab is output, not input: the regenerated one has the same rows.
    expect(run2.ok && run2.plan.rows.length).toBe(run1.ok && run1.plan.rows.length);
  });

  it("leaves no half-built tab and no mark when writing fails half-way", async () => {
    class FailingHost extends MemoryHost {
      protected override buildSheet(tempName: string, plan: SheetPlan): void {
        super.buildSheet(tempName, plan);
        throw new Error("Excel: сбой записи");
      }
    }
    const host = new FailingHost(sample);
    await expect(runMonitoring(host, { now: NOW })).rejects.toThrow("сбой записи");
    expect(await host.sheetNames()).toEqual(sample.map((s) => s.name));
    expect(await host.getSetting(GENERATED_SHEETS_KEY)).toBeUndefined();
  });

  it("writes text copied from input cells as text, even when it starts with «=»", async () => {
    const run = await runMonitoring(new MemoryHost(sample), { now: NOW });
    if (!run.ok) throw new Error(run.message);
    const model = {
      ...run.model,
      schools: run.model.schools.map((s, i) => (i === 0 ? { ...s, name: "=СУММ(1;2)" } : s)),
    };
    const plan = monitoringSheetPlan(model);
    const dir = mkdtempSync(join(tmpdir(), "shnor-eq-"));
    const host = new XlsxHost();
    const target = await host.writeSheetPlan(plan);
    await host.save(join(dir, "eq.xlsx"));
    const cell = (await XlsxHost.open(join(dir, "eq.xlsx"))).workbook
      .getWorksheet(target.name)!
      .getCell("B15");
    expect(cell.value).toBe("=СУММ(1;2)");
    expect(cell.formula).toBeUndefined();
  });

  it("asks for the workbook map step, writing nothing, when the book has one year of results", async () => {
    const host = new MemoryHost(sample.filter((s) => !/2022/u.test(s.name)));
    const run = await runMonitoring(host, { now: NOW });
    expect(run.ok).toBe(false);
    if (run.ok) return;
    expect(run.step).toBe("workbook-map");
    expect(run.message).toMatch(/два учебных года/u);
    expect(host.writes).toEqual([]);
  });
});
