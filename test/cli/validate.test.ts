import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { bufferIo, EXIT } from "../../src/cli/io";
import { runCli } from "../../src/cli/run-cli";
import type { ValidateJson } from "../../src/cli/validate";
import { XlsxHost } from "../../src/hosts/xlsx-host";
import { plantedWorkbook } from "../core/validation/planted-workbook";

const SAMPLE = path.resolve(__dirname, "..", "..", "examples", "kirov-district-sample.xlsx");
const dir = mkdtempSync(path.join(tmpdir(), "shnor-validate-"));

async function run(args: string[]) {
  const io = bufferIo();
  const code = await runCli(["validate", ...args], io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

async function saveGrids(file: string, sheets: { name: string; values: unknown[][] }[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== undefined)
          ws.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
      }),
    );
  }
  await workbook.xlsx.writeFile(file);
}

describe("shnor validate", () => {
  it("prints one JSON document with the contract's fields for the committed sample, exit 0", async () => {
    const { code, out } = await run([SAMPLE, "--json"]);
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(out) as ValidateJson;
    expect(Object.keys(json).sort()).toEqual(["findings", "summary"]);
    expect(json.findings.length).toBeGreaterThan(0);
    for (const f of json.findings) {
      expect(Object.keys(f).sort()).toEqual(["cell", "message", "rule", "severity", "sheet"]);
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(f.cell).toMatch(/^[A-Z]+[1-9]\d*$/u);
    }
    expect(json.findings.some((f) => f.severity === "error")).toBe(false);
    expect(json.summary.error).toBe(0);
  });

  it("exits 1 on a workbook with errors and lists them in Russian", async () => {
    const file = path.join(dir, "с-ошибками.xlsx");
    await saveGrids(file, plantedWorkbook().sheets);
    const text = await run([file]);
    expect(text.code).toBe(EXIT.findings);
    expect(text.out).toMatch(/ошибок \d+/u);
    expect(text.out).toContain("values.marks-sum");
    const json = await run([file, "--json"]);
    expect(json.code).toBe(EXIT.findings);
    const parsed = JSON.parse(json.out) as ValidateJson;
    expect(
      parsed.findings.some((f) => f.rule === "identity.unknown-school" && f.sheet === "Кадры 2023"),
    ).toBe(true);
  });

  it("writes the «Проверка» sheet with -o and leaves the input file alone", async () => {
    const output = path.join(dir, "отчёт.xlsx");
    const { code, err } = await run([SAMPLE, "-o", output]);
    expect(code).toBe(EXIT.ok);
    expect(err).toContain("«Проверка»");
    const host = await XlsxHost.open(output);
    expect(await host.sheetNames()).toContain("Проверка");
    const sheet = host.workbook.getWorksheet("Проверка")!;
    expect(sheet.autoFilter).toBeTruthy();
    const original = await XlsxHost.open(SAMPLE);
    expect(await original.sheetNames()).not.toContain("Проверка");
  });

  test.each([
    [["нет-такого.xlsx"], "не найден"],
    [[], "Не указан файл"],
    [["a.xlsx", "b.xlsx"], "один файл"],
    [["--bad"], "Неизвестный параметр"],
  ])("exits 2 on unusable input %p", async (args, message) => {
    const { code, err, out } = await run(args);
    expect(code).toBe(EXIT.usage);
    expect(err).toContain(message);
    expect(out).toBe("");
  });

  it("exits 2 on a file that is not a workbook and on a workbook without a table", async () => {
    const junk = path.join(dir, "junk.xlsx");
    writeFileSync(junk, "not a zip");
    expect((await run([junk, "--json"])).code).toBe(EXIT.usage);
    const empty = path.join(dir, "пусто.xlsx");
    await saveGrids(empty, [{ name: "Лист1", values: [] }]);
    const result = await run([empty, "--json"]);
    expect(result.code).toBe(EXIT.usage);
    expect(result.out).toBe("");
  });
});
