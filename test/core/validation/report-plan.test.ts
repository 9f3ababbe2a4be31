import { reportPlan, REPORT_SHEET_NAME } from "../../../src/core/validation/report-plan";
import { highlightPlan } from "../../../src/core/validation/highlight-plan";
import { validateWorkbook } from "../../../src/core/validation/validate";
import type { PlanCell } from "../../../src/core/plans/sheet-plan";
import { plantedWorkbook } from "./planted-workbook";

const shown = (cell: PlanCell | undefined): string | number | boolean | undefined =>
  cell === undefined || cell.kind === "empty"
    ? undefined
    : cell.kind === "formula"
      ? cell.formula
      : cell.kind === "text"
        ? cell.text
        : cell.value;

describe("the «Проверка» sheet plan", () => {
  const { sheets } = plantedWorkbook();
  const result = validateWorkbook(sheets);
  const meta = {
    version: "0.1.0",
    createdAt: "2024-09-02T09:00:00.000Z",
    profile: "По умолчанию",
    file: "район.xlsx",
  };
  const plan = reportPlan(result, meta);
  const texts = plan.rows.map((row) => row.map(shown));
  const headerRow = texts.findIndex((row) => row[0] === "Важность" && row[2] === "Ячейка");

  it("is named «Проверка» and marked as the validation generator's", () => {
    expect(plan.name).toBe(REPORT_SHEET_NAME);
    expect(plan.mark).toEqual({ generator: "validation", version: "0.1.0", createdAt: meta.createdAt });
  });

  it("opens with the totals and the summaries by rule and by school, above the findings", () => {
    expect(texts[1][0]).toContain(`Ошибок: ${result.summary.error}`);
    const byRule = texts.findIndex((row) => row[0] === "Сводка по правилам");
    const bySchool = texts.findIndex((row) => row[0] === "Сводка по школам");
    expect(byRule).toBeGreaterThan(0);
    expect(bySchool).toBeGreaterThan(byRule);
    expect(headerRow).toBeGreaterThan(bySchool);
    for (const entry of result.summary.byRule)
      expect(texts.slice(byRule, bySchool)).toContainEqual([
        entry.rule,
        expect.any(String),
        entry.title,
        entry.count,
      ]);
  });

  it("has one row per finding with a link that selects the offending cell", () => {
    const rows = texts.slice(headerRow + 1, headerRow + 1 + result.findings.length);
    result.findings.forEach((f, i) => {
      expect(rows[i].slice(1, 5)).toEqual([f.sheet, f.cell, f.rule, f.message]);
      expect(plan.links).toContainEqual({ row: headerRow + 1 + i, column: 2, sheet: f.sheet, cell: f.cell });
    });
  });

  it("filters the findings table from its header row", () => {
    expect(plan.autoFilter).toEqual({
      row: headerRow,
      column: 0,
      rowCount: result.findings.length + 1,
      columnCount: 6,
    });
  });

  it("records how it was made at its foot", () => {
    const foot = texts.findIndex((row) => row[0] === "Как получен лист");
    expect(foot).toBeGreaterThan(headerRow + result.findings.length);
    const after = texts.slice(foot);
    expect(after).toContainEqual(["Надстройка «ШНОР», версия", "0.1.0"]);
    expect(after).toContainEqual(["Дата проверки", meta.createdAt]);
    expect(after).toContainEqual(["Проверенные листы", sheets.map((s) => s.name).join("; ")]);
  });
});

describe("highlightPlan", () => {
  const findings = validateWorkbook(plantedWorkbook().sheets).findings;

  it("marks each cell of an error or warning once, with every finding there in its note, never a value", () => {
    const plan = highlightPlan(findings);
    const cells = plan.marks.map((m) => `${m.sheet}!${m.cell}`);
    expect(new Set(cells).size).toBe(cells.length);
    const wanted = new Set(findings.filter((f) => f.severity !== "info").map((f) => `${f.sheet}!${f.cell}`));
    expect(new Set(cells)).toEqual(wanted);
    for (const mark of plan.marks) {
      expect(Object.keys(mark).sort()).toEqual(["cell", "fill", "note", "severity", "sheet"]);
      expect(mark.note.startsWith("ШНОР — ")).toBe(true);
    }
    // The teacher count of 900 is both an outlier and a jump: one mark, two lines.
    const both = plan.marks.find((m) => m.note.includes("plausibility.outlier"));
    expect(both?.note).toContain("plausibility.year-jump");
  });

  it("takes the colour of the most serious finding and can include notes", () => {
    const plan = highlightPlan(findings, "info");
    expect(plan.marks.length).toBeGreaterThan(highlightPlan(findings).marks.length);
    for (const mark of plan.marks.filter((m) => m.severity === "error")) expect(mark.fill).toBe("#F4CCCC");
  });
});
