/**
 * The models behind «Проверка», «Дорожная карта» and «Мониторинг» on the sample district: validation of input
 * sheets only, findings by severity, the report plan; templates, defaults and plan sheets of a choice, template
 * sheet findings at cells; the operation host (progress, cancel) the monitoring runs through.
 */
import type { SheetValues } from "../../src/core";
import { DEFAULT_CRITERIA_PROFILE } from "../../src/core/criteria";
import type { PlanCell } from "../../src/core/plans/sheet-plan";
import { templateSheetPlan } from "../../src/core/roadmap/sheet";
import { BUILT_IN_TEMPLATES, builtInTemplate } from "../../src/core/roadmap/templates";
import { validateWorkbook } from "../../src/core/validation";
import { runMonitoring } from "../../src/commands/monitoring-run";
import { HostError } from "../../src/hosts/host-error";
import { MemoryHost, memoryValue } from "../../src/hosts/memory-host";
import { GENERATED_SHEETS_KEY } from "../../src/hosts/plan-writer";
import { generateSampleDistrict } from "../../src/sample";
import { generatedSheets } from "../../src/taskpane/data/generated-sheets";
import { isWritable, withOperation } from "../../src/taskpane/data/operation-host";
import { readWorkbook, type WorkbookData } from "../../src/taskpane/data/workbook-data";
import {
  editableTemplate,
  roadmapDefaults,
  roadmapSheets,
  templateFindings,
  templateOptions,
  validYear,
} from "../../src/taskpane/model/roadmap-choice";
import {
  groupFindings,
  omittedCount,
  runValidation,
  validationReport,
} from "../../src/taskpane/model/validation-run";

const sampleSheets = (): SheetValues[] =>
  generateSampleDistrict().sheets.map((s) => ({
    name: s.name,
    firstRow: 0,
    firstColumn: 0,
    values: s.values,
  }));
const NOW = new Date("2024-09-02T09:00:00Z");
const profile = DEFAULT_CRITERIA_PROFILE;

/** A template sheet as Excel would give it back, optionally edited. */
function templateSheet(id: string, edit?: (rows: SheetValues["values"]) => void): SheetValues {
  const plan = templateSheetPlan(builtInTemplate(id)!, { version: "0.1.0", createdAt: NOW.toISOString() });
  const values = plan.rows.map((row) => row.map((c: PlanCell) => memoryValue(c)));
  edit?.(values);
  return { name: plan.name, firstRow: 0, firstColumn: 0, values };
}

describe("«Проверка» in the pane", () => {
  let data: WorkbookData;
  beforeAll(async () => (data = await readWorkbook(new MemoryHost(sampleSheets()))));

  test("the sample has warnings and notes, no errors; the same as the core on the same sheets", () => {
    const result = runValidation(data, profile, new Set());
    expect(result.summary.error).toBe(0);
    expect(result.summary.warning).toBeGreaterThan(0);
    expect(result.summary.info).toBeGreaterThan(0);
    expect(result.findings).toEqual(validateWorkbook(data.sheets, { profile }).findings);
  });

  test("sheets the add-in generated and template sheets are not validated", () => {
    const plain = runValidation(data, profile, new Set());
    const report = validationReport(plain, profile, NOW);
    const reportSheet = {
      name: report.name,
      firstRow: 0,
      firstColumn: 0,
      values: report.rows.map((r) => r.map(memoryValue)),
    };
    const withOutputs: WorkbookData = {
      ...data,
      sheets: [...data.sheets, reportSheet, templateSheet("district-plan")],
    };
    const again = runValidation(withOutputs, profile, new Set([report.name]));
    expect(again.findings).toEqual(plain.findings);
    expect(again.summary.sheets).not.toContain("Проверка");
    expect(again.summary.sheets).not.toContain("Шаблон district-plan");
  });

  test("findings by severity: every group, counts, order kept, at most `limit` shown", () => {
    const findings = runValidation(data, profile, new Set()).findings;
    const groups = groupFindings(findings, 5);
    expect(groups.map((g) => g.severity)).toEqual(["error", "warning", "info"]);
    for (const g of groups) {
      const all = findings.filter((f) => f.severity === g.severity);
      expect(g.total).toBe(all.length);
      expect(g.shown).toEqual(all.slice(0, 5));
    }
    expect(groups.reduce((n, g) => n + g.total, 0)).toBe(findings.length);
  });

  test("the report sheet: «Проверка», stamped with the profile, one row per finding", () => {
    const result = runValidation(data, profile, new Set());
    const plan = validationReport(result, profile, NOW);
    expect(plan.name).toBe("Проверка");
    expect(plan.mark).toEqual({ generator: "validation", version: "0.1.0", createdAt: NOW.toISOString() });
    const texts = plan.rows.flatMap((r) => r.map((c) => (c.kind === "text" ? c.text : "")));
    for (const f of result.findings.slice(0, 10)) expect(texts).toContain(f.message);
    expect(texts.join("\n")).toContain(profile.name);
    expect(omittedCount(result)).toBe(0);
  });
});

describe("«Дорожная карта» in the pane", () => {
  const sheets = sampleSheets();
  let data: WorkbookData;
  beforeAll(async () => (data = await readWorkbook(new MemoryHost(sheets))));

  test("templates: the built-in ones, then the workbook's template sheets", () => {
    const own = templateSheet("school-to-school");
    const options = templateOptions([...sheets, own]);
    expect(options.map((o) => o.name)).toEqual([...BUILT_IN_TEMPLATES.map((t) => t.id), own.name]);
    expect(options.at(-1)).toEqual({ name: own.name, kind: "sheet", label: own.name });
    expect(options.find((o) => o.name === "individual-school")?.scope).toBe("school");
  });

  test("defaults from the workbook: this year, the district of the titles, the flagged ШНОР", () => {
    const d = roadmapDefaults(data.map, NOW);
    expect(d.year).toBe(2024);
    expect(d.district).toBe("Кировский район");
    expect(d.list.flagged).toBe(true);
    expect(d.list.schools.length).toBe(8);
  });

  test("a choice gives its sheets, for the chosen schools only", () => {
    const { list } = roadmapDefaults(data.map, NOW);
    const two = new Set(list.schools.slice(0, 2).map((s) => s.key));
    const base = { year: 2025, district: " Кировский район ", schools: two };
    const district = roadmapSheets(sheets, data.map, list, { ...base, template: "district-plan" }, NOW);
    expect(district.ok && district.plans.map((p) => p.name)).toEqual(["Дорожная карта 2025"]);
    const school = roadmapSheets(sheets, data.map, list, { ...base, template: "individual-school" }, NOW);
    expect(school.ok && school.plans.map((p) => p.name)).toEqual(
      list.schools.slice(0, 2).map((s) => `Дорожная карта 2025 ${s.key}`),
    );
    const none = roadmapSheets(
      sheets,
      data.map,
      list,
      { ...base, schools: new Set(), template: "district-plan" },
      NOW,
    );
    expect(none).toEqual({ ok: false, reason: "no-schools" });
  });

  test("a template sheet with errors: no sheet, its findings at the sheet's cells", () => {
    const broken = templateSheet("district-plan", (rows) => {
      const r = rows.findIndex((row) => row[0] === "мероприятие");
      rows[r][0] = "мероприятия?";
    });
    const all = [...sheets, broken];
    const findings = templateFindings(all, broken.name);
    expect(findings.some((f) => f.severity === "error")).toBe(true);
    const row = broken.values.findIndex((r) => r[0] === "мероприятия?");
    expect(findings.map((f) => f.cell)).toContain(`A${row + 1}`);
    const { list } = roadmapDefaults(data.map, NOW);
    const choice = { template: broken.name, year: 2025, district: "", schools: new Set(["223"]) };
    const outcome = roadmapSheets(all, data.map, list, choice, NOW);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.reason === "template" && outcome.findings).toEqual(findings);
  });

  test("an unedited template sheet reads without findings; built-in templates have none", () => {
    expect(templateFindings([templateSheet("leningrad-plan-graph")], "Шаблон leningrad-plan-graph")).toEqual(
      [],
    );
    expect(templateFindings([], "district-plan")).toEqual([]);
  });

  test("an editable template sheet only for a built-in template", () => {
    expect(editableTemplate("district-plan", NOW)?.name).toBe("Шаблон district-plan");
    expect(editableTemplate("Шаблон district-plan", NOW)).toBeUndefined();
  });

  test.each([
    ["2024", 2024],
    [" 2031 ", 2031],
    ["24", undefined],
    ["2024,5", undefined],
    ["", undefined],
    ["3000", undefined],
  ])("year «%s» → %s", (text, year) => expect(validYear(text)).toBe(year));
});

describe("operation host and generated sheets", () => {
  test("progress reaches the pane; a cancelled operation reads and writes nothing", async () => {
    const host = new MemoryHost(sampleSheets());
    const progress: number[] = [];
    const controller = new AbortController();
    const seen = withOperation(host, {
      signal: controller.signal,
      onProgress: (done) => progress.push(done),
    });
    expect(isWritable(seen)).toBe(true);
    await seen.readSheets(["Список ОО"]);
    expect(progress.length).toBeGreaterThan(0);
    controller.abort();
    await expect(seen.readSheets()).rejects.toBeInstanceOf(HostError);
    const plan = editableTemplate("district-plan", NOW)!;
    await expect(seen.writeSheetPlan(plan)).rejects.toBeInstanceOf(HostError);
    expect(await host.sheetNames()).not.toContain(plan.name);
  });

  test("the monitoring through the operation host: written, then known as generated", async () => {
    const host = new MemoryHost(sampleSheets());
    const progress: number[] = [];
    const run = await runMonitoring(withOperation(host, { onProgress: (done) => progress.push(done) }));
    expect(run.ok).toBe(true);
    expect(progress.length).toBeGreaterThan(0);
    expect(await host.sheetNames()).toContain("Мониторинг");
    expect((await generatedSheets(host)).get("Мониторинг")).toBe("monitoring");
  });

  test.each([undefined, "text", [1, 2], { Лист: "x", Проверка: { generator: "validation" } }])(
    "a stored marks setting %p is read safely",
    async (value) => {
      const host = new MemoryHost({});
      await host.setSetting(GENERATED_SHEETS_KEY, value);
      const names = await generatedSheets(host);
      expect([...names.keys()]).toEqual(
        typeof value === "object" && value !== null && !Array.isArray(value) ? ["Проверка"] : [],
      );
    },
  );
});
