import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { planFromTemplate } from "../../../src/core/roadmap/plan";
import {
  findTemplateSheets,
  readTemplateSheet,
  templateSheetName,
  templateSheetPlan,
} from "../../../src/core/roadmap/sheet";
import { BUILT_IN_TEMPLATES, kirovDistrictPlan } from "../../../src/core/roadmap/templates";
import { templateActivities } from "../../../src/core/roadmap/template";
import { XlsxHost } from "../../../src/hosts/xlsx-host";

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "shnor-template-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const OPTIONS = { version: "0.1.0", createdAt: "2024-01-15T09:30:00Z" };

/** Writes the template sheet of a built-in template next to a user sheet, saves and reopens the file. */
async function savedTemplateBook(file: string): Promise<XlsxHost> {
  const host = new XlsxHost();
  host.workbook.addWorksheet("Список ОО").getCell("A1").value = "Перечень ОО";
  await host.writeSheetPlan(templateSheetPlan(kirovDistrictPlan, OPTIONS));
  await host.save(file);
  return XlsxHost.open(file);
}

/** The 1-based worksheet row whose column C holds `text`. */
function rowOfText(sheet: ExcelJS.Worksheet, text: string): number {
  let found = -1;
  sheet.eachRow((row, n) => {
    if (row.getCell(3).value === text) found = n;
  });
  if (found < 0) throw new Error(`no row with ${text}`);
  return found;
}

describe("template sheets", () => {
  test.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))(
    "%s: built-in → sheet → read back gives the same template, without findings",
    async (_id, template) => {
      const host = new XlsxHost();
      const { name } = await host.writeSheetPlan(templateSheetPlan(template, OPTIONS));
      expect(name).toBe(templateSheetName(template));
      const file = join(dir, `${template.id}.xlsx`);
      await host.save(file);
      const sheets = await (await XlsxHost.open(file)).readSheets();
      expect(findTemplateSheets(sheets)).toEqual([name]);
      const read = readTemplateSheet(sheets[0]);
      expect(read.findings).toEqual([]);
      expect(read.ok && read.value).toEqual(template);
    },
  );

  test("every cell is text: «1.10» stays «1.10» after a save", async () => {
    const host = await savedTemplateBook(join(dir, "text.xlsx"));
    const sheet = host.workbook.getWorksheet(templateSheetName(kirovDistrictPlan))!;
    const numbers: unknown[] = [];
    sheet.eachRow((row) => numbers.push(row.getCell(2).value));
    expect(numbers).toContain("1.10");
    expect(numbers.every((v) => v === null || typeof v === "string")).toBe(true);
  });

  test("a methodist's edits — reworded, removed and added activities — show in the generated plan", async () => {
    const file = join(dir, "edited.xlsx");
    const host = await savedTemplateBook(file);
    const sheet = host.workbook.getWorksheet(templateSheetName(kirovDistrictPlan))!;
    const [first, second, third] = templateActivities(kirovDistrictPlan);
    // Reword 1.1, remove 1.2, add a new unnumbered activity after 1.3.
    sheet.getRow(rowOfText(sheet, first.text)).getCell(3).value =
      "Совещание с руководителями ШНОР {districtGen}";
    sheet.spliceRows(rowOfText(sheet, second.text), 1);
    const after = rowOfText(sheet, third.text);
    sheet.spliceRows(after + 1, 0, [
      "мероприятие",
      "", // a new line without a number: numbered in the plan
      "Выездной семинар в школах-наставниках",
      "до 30 сентября",
      "",
      "",
      "ИМЦ",
    ]);
    await host.save(file);

    const reopened = await XlsxHost.open(file);
    const sheets = await reopened.readSheets();
    expect(findTemplateSheets(sheets)).toEqual([templateSheetName(kirovDistrictPlan)]);
    const read = readTemplateSheet(sheets.find((s) => s.name === templateSheetName(kirovDistrictPlan))!);
    expect(read.ok).toBe(true);
    // Removing 1.2 leaves a gap, which is a warning at the next number's cell.
    expect(read.findings.map((f) => [f.severity, f.issue.code])).toContainEqual([
      "warning",
      "roadmap-number-gap",
    ]);
    if (!read.ok) return;
    const plan = planFromTemplate(read.value, { year: 2025, district: "Невский район", schools: [] });
    const texts = plan.rows.filter((r) => r.kind === "activity").map((r) => r.text);
    expect(texts).toContain("Совещание с руководителями ШНОР Невского района");
    expect(texts).not.toContain(first.text);
    expect(texts).not.toContain(second.text);
    const added = plan.rows.find((r) => r.text === "Выездной семинар в школах-наставниках")!;
    expect(added.deadline?.due).toBe("2025-09-30");
    expect(added.values.executors).toBe("ИМЦ");
    // Numbered consecutively: the reworded 1.1, then 1.3 → 1.2, the new one → 1.3.
    expect(
      plan.rows
        .filter((r) => r.kind === "activity" && r.section === 0)
        .map((r) => r.number)
        .slice(0, 3),
    ).toEqual(["1.1", "1.2", "1.3"]);
    expect(texts.length).toBe(templateActivities(kirovDistrictPlan).length);
  });

  test("a broken template sheet is refused with Russian messages at its cells", async () => {
    const file = join(dir, "broken.xlsx");
    const host = await savedTemplateBook(file);
    const sheet = host.workbook.getWorksheet(templateSheetName(kirovDistrictPlan))!;
    const row = rowOfText(sheet, templateActivities(kirovDistrictPlan)[0].text);
    sheet.getRow(row).getCell(1).value = "мероприятее";
    sheet.getRow(row + 1).getCell(3).value = null;
    await host.save(file);
    const sheets = await (await XlsxHost.open(file)).readSheets();
    const read = readTemplateSheet(sheets.find((s) => s.name === templateSheetName(kirovDistrictPlan))!);
    expect(read.ok).toBe(false);
    const errors = read.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.cell)).toEqual(expect.arrayContaining([`A${row}`, `C${row + 1}`]));
    for (const f of errors) expect(f.message).toMatch(/[А-Яа-яЁё]/u);
    expect(errors.find((f) => f.cell === `A${row}`)?.message).toContain("мероприятее");
  });

  test("writing a template again never replaces the edited sheet", async () => {
    const host = new XlsxHost();
    const a = await host.writeSheetPlan(templateSheetPlan(kirovDistrictPlan, OPTIONS));
    const b = await host.writeSheetPlan(
      templateSheetPlan(kirovDistrictPlan, { ...OPTIONS, createdAt: "2024-02-01T10:00:00Z" }),
    );
    expect([a.name, b.name]).toEqual(["Шаблон district-plan", "Шаблон district-plan (2)"]);
    expect(b.replaces).toBe(false);
  });
});
