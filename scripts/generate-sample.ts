/**
 * Writes the sample district workbook to examples/kirov-district-sample.xlsx (`npm run sample`).
 * The content comes from the pure, seeded generator in src/sample; this script only lays it out with exceljs
 * (merges, column widths, bold headers, percent formats) and fixes the workbook dates, so every run gives the
 * same cells.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { generateSampleDistrict, type SampleWorkbook } from "../src/sample";

/** Where the committed sample lives, relative to the project root. */
export const SAMPLE_PATH = path.join("examples", "kirov-district-sample.xlsx");

/** The fixed creation date written into the sample (so the file does not change between runs). */
const FIXED_DATE = new Date(Date.UTC(2023, 8, 1, 9, 0, 0));

const ERROR_CODES: ReadonlySet<string> = new Set([
  "#N/A",
  "#REF!",
  "#NAME?",
  "#DIV/0!",
  "#NULL!",
  "#VALUE!",
  "#NUM!",
]);

/**
 * The sample as an exceljs workbook: English Excel error codes become real error cells, every other value is
 * written as it is (text stays text, so "45,5" remains a number typed as text).
 * @example sampleToExcel(generateSampleDistrict()).worksheets.length // 12
 */
export function sampleToExcel(sample: SampleWorkbook): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "ИМЦ Кировского района (пример)";
  workbook.lastModifiedBy = "shnor sample generator";
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.lastPrinted = FIXED_DATE;
  workbook.title = `Пример районной книги ШНОР (seed ${sample.truth.seed})`;
  for (const source of sample.sheets) {
    const sheet = workbook.addWorksheet(source.name);
    source.values.forEach((values, r) => {
      values.forEach((value, c) => {
        if (value === null || value === undefined || value === "") return;
        const cell = sheet.getCell(r + 1, c + 1);
        cell.value =
          typeof value === "string" && ERROR_CODES.has(value)
            ? { error: value as ExcelJS.CellErrorValue["error"] }
            : value;
      });
    });
    for (const row of source.boldRows) {
      sheet.getRow(row + 1).font = { bold: true };
      sheet.getRow(row + 1).alignment = { wrapText: true, vertical: "middle" };
    }
    for (const { ref, format } of source.numberFormats) {
      const [start, end] = ref.split(":").map((a) => sheet.getCell(a));
      for (let r = Number(start.row); r <= Number(end.row); r += 1) {
        for (let c = Number(start.col); c <= Number(end.col); c += 1) {
          const cell = sheet.getCell(r, c);
          if (typeof cell.value === "number") cell.numFmt = format;
        }
      }
    }
    for (const ref of source.merges) sheet.mergeCells(ref);
    source.columnWidths.forEach((width, c) => (sheet.getColumn(c + 1).width = width));
  }
  return workbook;
}

/**
 * Sets every entry's modification time in a zip archive (an .xlsx) to 2023-09-01 00:00, in the central
 * directory and in the local headers, so that the same workbook gives the same bytes on every run.
 * @example fixZipTimestamps(await workbook.xlsx.writeBuffer()) // the same archive, stable bytes
 */
export function fixZipTimestamps(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  const eocd = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error("Not a zip archive");
  const entries = out.readUInt16LE(eocd + 10);
  const dosTime = 0;
  const dosDate = ((2023 - 1980) << 9) | (9 << 5) | 1;
  let at = out.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i += 1) {
    if (out.readUInt32LE(at) !== 0x02014b50) throw new Error("Broken zip central directory");
    out.writeUInt16LE(dosTime, at + 12);
    out.writeUInt16LE(dosDate, at + 14);
    const local = out.readUInt32LE(at + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error("Broken zip local header");
    out.writeUInt16LE(dosTime, local + 10);
    out.writeUInt16LE(dosDate, local + 12);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}

async function main(): Promise<void> {
  const sample = generateSampleDistrict();
  const target = path.resolve(__dirname, "..", SAMPLE_PATH);
  const buffer = await sampleToExcel(sample).xlsx.writeBuffer();
  writeFileSync(target, fixZipTimestamps(Buffer.from(buffer)));
  const rows = sample.sheets.reduce((sum, s) => sum + s.values.length, 0);
  process.stdout.write(
    `Пример записан: ${target} (${sample.sheets.length} листов, ${rows} строк, ${sample.truth.schools.length} ОО)\n`,
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`Не удалось записать пример: ${String(error)}\n`);
    process.exitCode = 1;
  });
}
