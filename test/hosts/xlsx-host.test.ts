import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxHost } from "../../src/hosts/xlsx-host";
import { dateToSerial, plainValue } from "../../src/hosts/xlsx-cell";
import { SETTINGS_SHEET_NAME } from "../../src/hosts/settings-sheet";

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "shnor-xlsx-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A small district workbook with the messy cells exceljs must read as Office.js gives them. */
async function writeDistrictWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const registry = workbook.addWorksheet("Реестр");
  registry.getCell("A1").value = "Результаты ВПР 2023-2024";
  registry.mergeCells("A1:D1");
  registry.getRow(2).values = ["Школа", "Успеваемость", "Удвоено", "Статус"];
  registry.getCell("A3").value = {
    richText: [{ text: "ГБОУ " }, { font: { bold: true }, text: "СОШ № 223" }],
  };
  registry.getCell("B3").value = "45,5";
  registry.getCell("C3").value = { formula: "B4*2", result: 91 };
  registry.getCell("D3").value = { error: "#N/A" };
  registry.getCell("A4").value = { text: "ЦО № 162", hyperlink: "https://co162.example.ru" };
  registry.getCell("B4").value = 45.5;
  registry.getCell("C4").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  registry.getCell("D4").value = true;
  registry.getCell("A5").value = "=не формула";
  registry.getCell("B5").value = new Date(Date.UTC(2024, 8, 1));
  registry.getCell("C5").value = { formula: "TODAY()" }; // no cached result
  registry.mergeCells("A6:B7");
  registry.getCell("A6").value = "Итого";
  registry.getCell("C7").value = "—";
  const staff = workbook.addWorksheet("Кадры");
  staff.getCell("C4").value = "Учителя";
  staff.getCell("D5").value = 41;
  workbook.addWorksheet("Пустой");
  await workbook.xlsx.writeFile(path);
}

describe("XlsxHost", () => {
  it("reads values as Office.js range.values gives them", async () => {
    const path = join(dir, "район.xlsx");
    await writeDistrictWorkbook(path);
    const host = await XlsxHost.open(path);
    expect(await host.sheetNames()).toEqual(["Реестр", "Кадры", "Пустой"]);
    const progress: number[] = [];
    const [registry, staff, empty] = await host.readSheets(undefined, {
      onProgress: (done) => progress.push(done),
    });
    expect(registry).toEqual({
      name: "Реестр",
      firstRow: 0,
      firstColumn: 0,
      values: [
        ["Результаты ВПР 2023-2024", "", "", ""],
        ["Школа", "Успеваемость", "Удвоено", "Статус"],
        ["ГБОУ СОШ № 223", "45,5", 91, "#N/A"],
        ["ЦО № 162", 45.5, "#DIV/0!", true],
        ["=не формула", 45536, "", ""],
        ["Итого", "", "", ""],
        ["", "", "—", ""],
      ],
    });
    expect(staff).toEqual({
      name: "Кадры",
      firstRow: 3,
      firstColumn: 2,
      values: [
        ["Учителя", ""],
        ["", 41],
      ],
    });
    expect(empty).toEqual({ name: "Пустой", firstRow: 0, firstColumn: 0, values: [] });
    expect(progress).toEqual([1, 2, 3]);
  });

  it("refuses an unknown sheet and stops when cancelled", async () => {
    const host = new XlsxHost();
    host.workbook.addWorksheet("Школы").getCell("A1").value = "Школа";
    await expect(host.readSheets(["ОГЭ"])).rejects.toThrow("Лист «ОГЭ» не найден в книге.");
    await expect(host.readSheets(undefined, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      issue: { code: "cancelled" },
    });
  });

  it("keeps settings in a very hidden sheet that survives save and reopen", async () => {
    const path = join(dir, "настройки.xlsx");
    await writeDistrictWorkbook(path);
    const first = await XlsxHost.open(path);
    await first.setSetting("профиль", { режим: "относительный", порог: 0.25 });
    await first.setSetting("число", 0.30000000000000004);
    await first.setSetting("формула", "=1+1");
    await first.save(path);

    const second = await XlsxHost.open(path);
    expect(second.workbook.getWorksheet(SETTINGS_SHEET_NAME)?.state).toBe("veryHidden");
    expect(await second.sheetNames()).toEqual(["Реестр", "Кадры", "Пустой"]);
    expect(await second.getSetting("профиль")).toEqual({ режим: "относительный", порог: 0.25 });
    expect(await second.getSetting("число")).toBe(0.30000000000000004);
    expect(await second.getSetting("формула")).toBe("=1+1");
    await second.setSetting("число", undefined);
    await second.save(path);

    const third = await XlsxHost.open(path);
    expect(await third.getSetting("число")).toBeUndefined();
    expect(await third.getSetting("формула")).toBe("=1+1");
    expect(third.workbook.worksheets.filter((s) => s.name === SETTINGS_SHEET_NAME)).toHaveLength(1);
  });
});

describe("plainValue", () => {
  it.each<[ExcelJS.CellValue, unknown]>([
    [null, ""],
    [{ sharedFormula: "A1", result: 7 }, 7],
    [{ formula: "A1", result: new Date(Date.UTC(1900, 0, 1)) }, 1],
    [new Date(Date.UTC(1900, 2, 1)), 61],
    [
      {
        text: { richText: [{ text: "а" }, { text: "б" }] },
        hyperlink: "#'Лист'!A1",
      } as unknown as ExcelJS.CellValue,
      "аб",
    ],
    [{ error: "#Н/Д" } as unknown as ExcelJS.CellValue, "#Н/Д"],
  ])("%j → %j", (value, expected) => expect(plainValue(value)).toEqual(expected));

  it("counts dates from 1904 when the workbook says so", () => {
    expect(dateToSerial(new Date(Date.UTC(2024, 8, 1)), true)).toBe(45536 - 1462);
  });
});
