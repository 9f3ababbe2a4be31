/**
 * Recalculates an .xlsx file with LibreOffice, for tests that check native formulas (progress, overdue rules)
 * against the core's own figures. LibreOffice opens the file headless, recalculates every formula on load and
 * saves a copy whose cells carry the cached values, which exceljs then reads (`cell.result`).
 *
 * Usage in a test:
 *
 *   const reason = libreOfficeSkipReason();
 *   (reason ? it.skip : it)("…", async () => {
 *     const recalculated = await recalcXlsx("/tmp/x/in.xlsx");   // "/tmp/x/lo-out-…/in.xlsx"
 *     const book = await readRecalculated(recalculated);
 *     expect(cachedValue(book.getWorksheet("Лист")!, "D7")).toBe(3);
 *   });
 *   if (reason) console.warn(reason);
 *
 * Each call uses its own LibreOffice profile (no lock between parallel runs) with formula recalculation on
 * load set to «always» for OOXML and ODF files.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";

const CANDIDATES = [
  process.env.LIBREOFFICE,
  "/usr/bin/libreoffice",
  "/usr/bin/soffice",
  "/usr/local/bin/libreoffice",
  "/usr/local/bin/soffice",
  "/opt/libreoffice/program/soffice",
  "/Applications/LibreOffice.app/Contents/MacOS/soffice",
];

/**
 * The LibreOffice executable, or undefined when none is installed ($LIBREOFFICE overrides the search).
 * @example libreOfficePath() // "/usr/bin/libreoffice"
 */
export function libreOfficePath(): string | undefined {
  return CANDIDATES.find((p): p is string => p !== undefined && p !== "" && existsSync(p));
}

/**
 * Why a LibreOffice test must be skipped, or undefined when it can run. On CI (CI=true) a missing LibreOffice
 * is not a reason: the test runs and fails.
 * @example libreOfficeSkipReason() // undefined here; "LibreOffice не найден …" on a machine without it
 */
export function libreOfficeSkipReason(): string | undefined {
  if (process.env.CI === "true" || libreOfficePath()) return undefined;
  return "LibreOffice не найден (/usr/bin/libreoffice, $LIBREOFFICE): проверка пересчёта формул пропущена.";
}

// Recalculate on load: 0 = always (Calc's «Recalculation on File Load» setting), for OOXML and ODF.
const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let runs = 0;

/**
 * Converts `input` (.xlsx) to .xlsx with LibreOffice, which recalculates every formula on load; resolves to
 * the path of the recalculated copy (same file name, in `outDir` or a new temporary folder). Rejects with
 * LibreOffice's output when the conversion fails or takes longer than `timeoutMs` (default 120 s).
 * @example await recalcXlsx("/tmp/t/roadmap.xlsx") // "/tmp/lo-out-abc/roadmap.xlsx"
 */
export async function recalcXlsx(
  input: string,
  options: { outDir?: string; timeoutMs?: number } = {},
): Promise<string> {
  const office = libreOfficePath();
  if (!office) throw new Error("LibreOffice is not installed (set $LIBREOFFICE)");
  const outDir = options.outDir ?? mkdtempSync(join(tmpdir(), "lo-out-"));
  const profile = join(tmpdir(), `lo-profile-${process.pid}-${++runs}-${Date.now()}`);
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), PROFILE_SETTINGS);
  const args = [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--norestore",
    "--convert-to",
    "xlsx",
    "--outdir",
    outDir,
    input,
  ];
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(office, args, { timeout: options.timeoutMs ?? 120_000 }, (error, stdout, stderr) => {
        if (error) reject(new Error(`LibreOffice failed: ${error.message}\n${stdout}\n${stderr}`));
        else resolve();
      });
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const output = join(outDir, basename(input).replace(/\.[^.]+$/u, "") + ".xlsx");
  if (!existsSync(output)) throw new Error(`LibreOffice wrote no ${output}`);
  return output;
}

/**
 * Reads a recalculated workbook with exceljs.
 * @example (await readRecalculated(path)).getWorksheet("Дорожная карта 2024")
 */
export async function readRecalculated(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

/**
 * The value a cell shows after recalculation: a formula's cached result, else the plain value (rich text
 * joined); null for an empty cell. Reads `cell.result`, not `cell.value.result`: exceljs's `value` drops
 * falsy results (0, FALSE, ""), which would make a recalculated 0 look like a formula never calculated.
 * @example cachedValue(sheet, "D7") // 3
 */
export function cachedValue(sheet: ExcelJS.Worksheet, address: string): ExcelJS.CellValue {
  const cell = sheet.getCell(address);
  if (cell.type === ExcelJS.ValueType.Formula) return cell.result ?? null;
  const value = cell.value;
  if (value !== null && typeof value === "object" && "richText" in value)
    return value.richText.map((r) => r.text).join("");
  return value;
}
