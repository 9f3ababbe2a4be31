import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxHost } from "../../src/hosts/xlsx-host";
import { GENERATED_SHEETS_KEY } from "../../src/hosts/plan-writer";
import { formula, num, text, EMPTY, type SheetPlan } from "../../src/core/plans/sheet-plan";

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "shnor-plan-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const mark = { generator: "monitoring", version: "0.1.0", createdAt: "2024-09-01T10:00:00Z" };

const monitoring = (title: string): SheetPlan => ({
  name: "Мониторинг",
  rows: [
    [text(title), EMPTY, EMPTY, EMPTY],
    [text("Школа"), text("2022/23"), text("2023/24"), text("Динамика")],
    [text("=СОШ № 223"), num(45.5), num(52), formula("IF(C3>B3,1,-1)")],
  ],
  styles: [
    {
      range: { row: 1, column: 0, columnCount: 4 },
      style: { bold: true, fill: "#DDEBF7", numberFormat: "@" },
    },
  ],
  merges: [{ row: 0, column: 0, columnCount: 4 }],
  columnWidths: [{ column: 0, width: 30 }],
  frozenRows: 2,
  notes: [{ row: 2, column: 1, text: "Источник: 'ВПР 2022-2023'!F7" }],
  links: [{ row: 2, column: 0, sheet: "Реестр", cell: "B7" }],
  validations: [{ range: { row: 2, column: 3 }, list: ["выполнено", "в работе"] }],
  conditionalFormats: [{ range: { row: 2, column: 3 }, formula: "=D3<0", style: { fontColor: "#C00000" } }],
  print: { landscape: true, repeatRows: 2, fitToWidth: true },
  mark,
});

describe("XlsxHost.writeSheetPlan", () => {
  it("round-trips a plan through a saved file, and regenerates in place next to a user sheet", async () => {
    const path = join(dir, "мониторинг.xlsx");
    const host = new XlsxHost();
    host.workbook.addWorksheet("Мониторинг").getCell("A1").value = "мой лист";
    host.workbook.addWorksheet("Реестр").getCell("B7").value = "ГБОУ СОШ № 223";
    expect(await host.writeSheetPlan(monitoring("первый"))).toEqual({
      name: "Мониторинг (2)",
      replaces: false,
    });
    host.workbook.addWorksheet("После");
    await host.save(path);

    const reopened = await XlsxHost.open(path);
    expect(await reopened.getSetting(GENERATED_SHEETS_KEY)).toEqual({ "Мониторинг (2)": mark });
    expect(await reopened.writeSheetPlan(monitoring("второй"))).toEqual({
      name: "Мониторинг (2)",
      replaces: true,
    });
    await reopened.save(path);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((s) => s.name).filter((n) => !n.startsWith("ШНОР"))).toEqual([
      "Мониторинг",
      "Реестр",
      "Мониторинг (2)",
      "После",
    ]);
    expect(workbook.getWorksheet("Мониторинг")!.getCell("A1").value).toBe("мой лист");
    const sheet = workbook.getWorksheet("Мониторинг (2)")!;
    expect(sheet.getCell("A1").value).toBe("второй");
    expect(sheet.getCell("A1").isMerged && sheet.getCell("D1").isMerged).toBe(true);
    expect(sheet.getCell("A3").value).toEqual({ text: "=СОШ № 223", hyperlink: "#'Реестр'!B7" });
    expect(
      (sheet as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings[0],
    ).toMatchObject({
      ref: "D3:D3",
      rules: [{ type: "expression", formulae: ["D3<0"] }],
    });
    expect(sheet.getCell("B3").value).toBe(45.5);
    expect(sheet.getCell("D3").formula).toBe("IF(C3>B3,1,-1)");
    expect(sheet.getCell("A2").font.bold).toBe(true);
    expect(sheet.getCell("A2").numFmt).toBe("@");
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(sheet.getCell("B3").note).toBe("Источник: 'ВПР 2022-2023'!F7");
    expect(sheet.getCell("D3").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"выполнено,в работе"'],
    });
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToWidth: 1,
      printTitlesRow: "1:2",
    });
    expect(workbook.worksheets.some((s) => s.name.startsWith("ШНОР_сборка"))).toBe(false);
  });

  it("leaves no temporary sheet when a plan fails half-way", async () => {
    const host = new XlsxHost();
    host.workbook.addWorksheet("Школы");
    const broken = {
      ...monitoring("x"),
      merges: [
        { row: 0, column: 0, columnCount: 2 },
        { row: 0, column: 1, columnCount: 2 },
      ],
    };
    await expect(host.writeSheetPlan(broken)).rejects.toThrow();
    expect(await host.sheetNames()).toEqual(["Школы"]);
    expect(await host.getSetting(GENERATED_SHEETS_KEY)).toBeUndefined();
  });
});
