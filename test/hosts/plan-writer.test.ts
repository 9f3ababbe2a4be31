import { MemoryHost } from "../../src/hosts/memory-host";
import { GENERATED_SHEETS_KEY } from "../../src/hosts/plan-writer";
import { formula, num, text, type SheetPlan } from "../../src/core/plans/sheet-plan";

const plan = (title: string, generator = "monitoring"): SheetPlan => ({
  name: "Мониторинг",
  rows: [[text(title)], [num(45.5), num(50), formula("=B2-A2")], [text("=СУММ(A1)")]],
  mark: { generator, version: "0.1.0", createdAt: "2024-09-01T10:00:00Z" },
});

const userSheet = () => [["Мой мониторинг"], ["не трогать"]];

describe("writeSheetPlan safety rules (memory host)", () => {
  it("writes a new sheet at the end and marks it as generated", async () => {
    const host = new MemoryHost({ Школы: [["Школа"]] });
    expect(await host.writeSheetPlan(plan("Мониторинг 2024"))).toEqual({
      name: "Мониторинг",
      replaces: false,
    });
    expect(await host.sheetNames()).toEqual(["Школы", "Мониторинг"]);
    const [sheet] = await host.readSheets(["Мониторинг"]);
    expect(sheet.values).toEqual([["Мониторинг 2024"], [45.5, 50, "=B2-A2"], ["=СУММ(A1)"]]);
    expect(host.plans.get("Мониторинг")?.rows[2][0]).toEqual({ kind: "text", text: "=СУММ(A1)" });
    expect(await host.getSetting(GENERATED_SHEETS_KEY)).toEqual({ Мониторинг: plan("").mark });
  });

  it("never touches a user sheet of the same name, and regenerating replaces only its own sheet in place", async () => {
    const host = new MemoryHost({ Мониторинг: userSheet(), Школы: [["Школа"]] });
    expect(await host.writeSheetPlan(plan("первый"))).toEqual({ name: "Мониторинг (2)", replaces: false });
    await host.writeSheetPlan({
      ...plan(""),
      name: "Проверка",
      mark: { ...plan("").mark, generator: "validation" },
    });
    expect(await host.writeSheetPlan(plan("второй"))).toEqual({ name: "Мониторинг (2)", replaces: true });
    expect(await host.sheetNames()).toEqual(["Мониторинг", "Школы", "Мониторинг (2)", "Проверка"]);
    const [user, ours] = await host.readSheets(["Мониторинг", "Мониторинг (2)"]);
    expect(user.values).toEqual(userSheet());
    expect(ours.values[0]).toEqual(["второй"]);
  });

  it("does not replace another generator's sheet", async () => {
    const host = new MemoryHost();
    await host.writeSheetPlan(plan("дорожная карта", "roadmap"));
    expect(await host.writeSheetPlan(plan("мониторинг"))).toEqual({
      name: "Мониторинг (2)",
      replaces: false,
    });
  });

  it("drops marks of sheets that are gone and keeps the others", async () => {
    const host = new MemoryHost({ Мониторинг: userSheet() });
    await host.setSetting(GENERATED_SHEETS_KEY, { "Удалённый лист": plan("").mark });
    expect(await host.writeSheetPlan(plan("новый"))).toEqual({ name: "Мониторинг (2)", replaces: false });
    expect(await host.getSetting(GENERATED_SHEETS_KEY)).toEqual({ "Мониторинг (2)": plan("").mark });
    expect((await host.readSheets(["Мониторинг"]))[0].values).toEqual(userSheet());
  });

  it("leaves no half-built sheet and the old generated sheet intact when building fails half-way", async () => {
    class FailingHost extends MemoryHost {
      fail = false;
      protected override buildSheet(tempName: string, p: SheetPlan): void {
        super.buildSheet(tempName, p); // the temporary sheet exists now …
        if (this.fail) throw new Error("сбой при записи"); // … and the build breaks
      }
    }
    const host = new FailingHost({ Школы: [["Школа"]] });
    await host.writeSheetPlan(plan("исходный"));
    const before = await host.getSetting(GENERATED_SHEETS_KEY);
    host.fail = true;
    await expect(host.writeSheetPlan(plan("сломанный"))).rejects.toThrow("сбой при записи");
    expect(await host.sheetNames()).toEqual(["Школы", "Мониторинг"]);
    expect((await host.readSheets(["Мониторинг"]))[0].values[0]).toEqual(["исходный"]);
    expect(await host.getSetting(GENERATED_SHEETS_KEY)).toEqual(before);
  });
});
