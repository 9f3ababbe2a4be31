import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { bufferIo, EXIT } from "../../src/cli/io";
import { runCli } from "../../src/cli/run-cli";
import type { ValidateJson } from "../../src/cli/validate";
import type { Finding } from "../../src/core/validation/finding";
import { highlightPlan } from "../../src/core/validation/highlight-plan";
import { HIGHLIGHTS_SETTING, savedCells } from "../../src/hosts/highlights";
import { XlsxHost } from "../../src/hosts/xlsx-host";
import { plantedWorkbook } from "../core/validation/planted-workbook";

const dir = mkdtempSync(path.join(tmpdir(), "shnor-validate-highlight-"));

async function run(args: string[]) {
  const io = bufferIo();
  const code = await runCli(["validate", ...args], io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

async function plantedFile(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of plantedWorkbook().sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== undefined && value !== "") ws.getCell(r + 1, c + 1).value = value;
      }),
    );
  }
  await workbook.xlsx.writeFile(file);
}

describe("shnor validate --highlight", () => {
  it("marks the offending cells in the -o copy, values untouched, and leaves the input file alone", async () => {
    const input = path.join(dir, "район.xlsx");
    await plantedFile(input);
    const original = readFileSync(input);
    const output = path.join(dir, "район-проверка.xlsx");

    const { code, err } = await run([input, "-o", output, "--highlight"]);
    expect(code).toBe(EXIT.findings);
    expect(readFileSync(input).equals(original)).toBe(true);

    const json = JSON.parse((await run([input, "--json"])).out) as ValidateJson;
    const marks = highlightPlan(json.findings as Finding[]).marks;
    expect(marks.length).toBeGreaterThan(0);
    expect(err).toContain(`Отмечено ячеек: ${marks.length}.`);

    const source = await XlsxHost.open(input);
    const copy = await XlsxHost.open(output);
    const names = await source.sheetNames();
    expect(await copy.readSheets(names)).toEqual(await source.readSheets(names));
    const saved = savedCells(await copy.getSetting(HIGHLIGHTS_SETTING));
    expect(saved.map((c) => `${c.sheet}!${c.cell}`)).toEqual(marks.map((m) => `${m.sheet}!${m.cell}`));
    const first = marks[0];
    const cell = copy.workbook.getWorksheet(first.sheet)!.getCell(first.cell);
    expect(JSON.stringify(cell.note)).toContain("ШНОР — ");
    expect(await source.getSetting(HIGHLIGHTS_SETTING)).toBeUndefined();

    // One click back: the copy without highlights has the input's cells again.
    expect(await copy.removeHighlights()).toBe(marks.length);
    expect(cell.note).toBeUndefined();
  });

  it("refuses --highlight without -o (the input is never changed in place), exit 2", async () => {
    const input = path.join(dir, "без-о.xlsx");
    await plantedFile(input);
    const { code, err } = await run([input, "--highlight"]);
    expect(code).toBe(EXIT.usage);
    expect(err).toMatch(/укажите -o/u);
  });
});
