import path from "node:path";
import ExcelJS from "exceljs";
import type { CellValue, SheetValues } from "../../src/core/cells/cell-value";
import { XlsxHost } from "../../src/hosts/xlsx-host";
import { generateSampleDistrict, type SampleSheet } from "../../src/sample";
import { fixZipTimestamps, SAMPLE_PATH, sampleToExcel } from "../../scripts/generate-sample";

const committed = path.resolve(__dirname, "..", "..", SAMPLE_PATH);

/** A sheet's cells as a map "row,column" → value, blanks left out, as both sides can be compared. */
function cellsOf(values: readonly CellValue[][], firstRow = 0, firstColumn = 0): Map<string, CellValue> {
  const cells = new Map<string, CellValue>();
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== undefined && value !== "")
        cells.set(`${r + firstRow},${c + firstColumn}`, value);
    }),
  );
  return cells;
}

const fromSheet = (sheet: SheetValues) => cellsOf(sheet.values, sheet.firstRow, sheet.firstColumn);
const fromSample = (sheet: SampleSheet) => cellsOf(sheet.values);

describe("examples/kirov-district-sample.xlsx", () => {
  it("holds exactly what a fresh generation gives (run `npm run sample` after changing the generator)", async () => {
    const host = await XlsxHost.open(committed);
    const read = await host.readSheets();
    const fresh = generateSampleDistrict();
    expect(read.map((s) => s.name)).toEqual(fresh.sheets.map((s) => s.name));
    read.forEach((sheet, i) => {
      expect({ sheet: sheet.name, cells: [...fromSheet(sheet)] }).toEqual({
        sheet: sheet.name,
        cells: [...fromSample(fresh.sheets[i])],
      });
    });
  });

  it("keeps the layout: merges, percent formats, bold headers and fixed dates", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(committed);
    const fresh = generateSampleDistrict();
    expect(workbook.created.toISOString()).toBe("2023-09-01T09:00:00.000Z");
    for (const source of fresh.sheets) {
      const sheet = workbook.getWorksheet(source.name)!;
      const merges = (sheet.model as { merges: string[] }).merges;
      expect([...merges].sort()).toEqual([...source.merges].sort());
      const header = source.boldRows[source.boldRows.length - 1];
      expect(sheet.getRow(header + 1).font?.bold).toBe(true);
    }
    const vpr = workbook.getWorksheet("ВПР 2023")!;
    expect(vpr.getCell("E6").numFmt).toBe("0.0%");
    expect(typeof vpr.getCell("E6").value).toBe("number");
  });

  it("is written byte for byte the same on every run", async () => {
    const sample = generateSampleDistrict();
    const a = fixZipTimestamps(Buffer.from(await sampleToExcel(sample).xlsx.writeBuffer()));
    const b = fixZipTimestamps(Buffer.from(await sampleToExcel(sample).xlsx.writeBuffer()));
    expect(a.equals(b)).toBe(true);
  });
});
