import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Finding } from "../../src/core/validation/finding";
import { highlightPlan } from "../../src/core/validation/highlight-plan";
import { HIGHLIGHTS_SETTING } from "../../src/hosts/highlights";
import { XlsxHost } from "../../src/hosts/xlsx-host";
import { XlsxLooks } from "../../src/hosts/xlsx-highlights";
import { SETTINGS_SHEET_NAME } from "../../src/hosts/settings-sheet";

const VPR = "ВПР 2023";
const YELLOW: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "shnor-highlights-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A district sheet with a formula, a user's note and fill, and a style shared by two cells. */
async function original(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(VPR);
  sheet.addRows([
    ["ОО", "Кол-во участников", "«2», %", "Итого, %"],
    ["ГБОУ СОШ № 221", 54, 12.5, { formula: "100-C2", result: 87.5 }],
    ["ГБОУ СОШ № 223", "сорок", "10", { formula: "100-C3" }],
    ["ГБОУ лицей № 244", -3, null, 100],
  ]);
  sheet.getCell("B3").note = "Уточнить у школы (Иванова)";
  sheet.getCell("B3").fill = YELLOW;
  sheet.getCell("C2").numFmt = "0.0";
  sheet.getCell("C3").numFmt = "0.0";
  sheet.getCell("A4").note = "Новая школа с 2023 года";
  await workbook.xlsx.writeFile(path);
}

const findings: Finding[] = [
  {
    sheet: VPR,
    cell: "B3",
    severity: "error",
    rule: "values.not-a-number",
    message: "Текст «сорок» вместо числа.",
  },
  {
    sheet: VPR,
    cell: "B4",
    severity: "error",
    rule: "values.negative-count",
    message: "Отрицательное число.",
  },
  { sheet: VPR, cell: "C3", severity: "warning", rule: "values.number-as-text", message: "Число как текст." },
  { sheet: VPR, cell: "C4", severity: "error", rule: "values.required-empty", message: "Пустая ячейка." },
  { sheet: VPR, cell: "D3", severity: "warning", rule: "plausibility.outlier", message: "Далеко от района." },
];

interface CellShot {
  value: unknown;
  note: string | null;
  fill: string | null;
  numFmt?: string;
}

/** Every cell of the user's sheets that holds something: value (formulas included), note text, fill colour. */
async function snapshot(path: string): Promise<Record<string, CellShot>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const looks = new XlsxLooks(workbook);
  const shot: Record<string, CellShot> = {};
  for (const sheet of workbook.worksheets) {
    if (sheet.name === SETTINGS_SHEET_NAME) continue;
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const entry: CellShot = {
          value: JSON.parse(JSON.stringify(cell.value ?? null)),
          note: looks.noteText(cell.note ?? null),
          fill: looks.fillColor(cell.style?.fill ?? null),
          ...(cell.numFmt ? { numFmt: cell.numFmt } : {}),
        };
        if (entry.value !== null || entry.note !== null || entry.fill !== null || entry.numFmt)
          shot[`${sheet.name}!${cell.address}`] = entry;
      }),
    );
  }
  return shot;
}

describe("XlsxHost highlights", () => {
  it("round trip: apply → save → reopen → remove → save → reopen gives the original cells", async () => {
    const source = join(dir, "район.xlsx");
    await original(source);
    const baseline = await snapshot(source);
    expect(baseline[`${VPR}!B3`]).toEqual({
      value: "сорок",
      note: "Уточнить у школы (Иванова)",
      fill: "#FFFF00",
    });

    const host = await XlsxHost.open(source);
    const outcome = await host.applyHighlights(highlightPlan(findings).marks);
    expect(outcome).toEqual({ cells: 5, issues: [] });
    const marked = join(dir, "район-отмечено.xlsx");
    await host.save(marked);

    const shot = await snapshot(marked);
    expect(shot[`${VPR}!B3`]).toMatchObject({ value: "сорок", fill: "#F4CCCC" });
    expect(shot[`${VPR}!B3`].note).toMatch(/^ШНОР — .*сорок/);
    expect(shot[`${VPR}!C3`]).toMatchObject({ value: "10", fill: "#FFF2CC", numFmt: "0.0" });
    expect(shot[`${VPR}!C4`]).toMatchObject({ value: null, fill: "#F4CCCC" });
    // Values and formulas untouched; the cell sharing C3's style keeps no fill.
    for (const [address, cell] of Object.entries(baseline)) expect(shot[address].value).toEqual(cell.value);
    expect(shot[`${VPR}!C2`]).toEqual(baseline[`${VPR}!C2`]);
    expect(shot[`${VPR}!A4`]).toEqual(baseline[`${VPR}!A4`]);

    const reopened = await XlsxHost.open(marked);
    expect(await reopened.removeHighlights()).toBe(5);
    expect(await reopened.getSetting(HIGHLIGHTS_SETTING)).toBeUndefined();
    const restored = join(dir, "район-снято.xlsx");
    await reopened.save(restored);
    expect(await snapshot(restored)).toEqual(baseline);
  });

  it("re-applying is idempotent and reading looks never creates cells", async () => {
    const source = join(dir, "повтор.xlsx");
    await original(source);
    const host = await XlsxHost.open(source);
    const sheet = host.workbook.getWorksheet(VPR)!;
    await new XlsxLooks(host.workbook).read([{ sheet: VPR, cell: "Z99" }]);
    expect(sheet.rowCount).toBe(4);
    await host.applyHighlights(highlightPlan(findings).marks);
    const once = join(dir, "once.xlsx");
    await host.save(once);
    await host.applyHighlights(highlightPlan(findings).marks);
    const twice = join(dir, "twice.xlsx");
    await host.save(twice);
    expect(await snapshot(twice)).toEqual(await snapshot(once));
    await host.removeHighlights();
    const back = join(dir, "back.xlsx");
    await host.save(back);
    expect(await snapshot(back)).toEqual(await snapshot(source));
  });
});
