import type { PlanCell, SheetPlan } from "../../../src/core/plans/sheet-plan";
import { planFromTemplate, type RoadmapPlan } from "../../../src/core/roadmap/plan";
import {
  excelDateSerial,
  overdueFormula,
  ROADMAP_STATUSES,
  roadmapSheetPlan,
  type RoadmapLayout,
} from "../../../src/core/roadmap/sheet";
import {
  BUILT_IN_TEMPLATES,
  kirovDistrictPlan,
  schoolToSchoolMentoring,
  spbRegionalRoadmap,
} from "../../../src/core/roadmap/templates";

const OPTIONS = { version: "0.1.0", createdAt: "2024-01-15T09:30:00Z", source: "встроенный шаблон" };
const SCHOOLS = [
  { key: "223", name: "ГБОУ СОШ № 223", cluster: 1, status: "ШНОР", risk: 2 },
  { key: "240", name: "ГБОУ СОШ № 240", cluster: 4, status: "ШНОР", risk: 0 },
];
const PAIRS = [
  { mentor: "ГБОУ СОШ № 391", mentee: "ГБОУ СОШ № 223" },
  { mentor: "ГБОУ СОШ № 509", mentee: "ГБОУ СОШ № 240" },
];

const cellText = (cell: PlanCell | undefined): string =>
  cell?.kind === "text" ? cell.text : cell?.kind === "number" ? String(cell.value) : "";
const allTexts = (plan: SheetPlan) => plan.rows.flat().map(cellText);

function build(
  year: number,
  template = kirovDistrictPlan,
): { plan: RoadmapPlan; sheet: SheetPlan; layout: RoadmapLayout } {
  const plan = planFromTemplate(template, {
    year,
    district: "Невский район",
    schools: template.scope === "school" ? SCHOOLS.slice(0, 1) : SCHOOLS,
    mentorPairs: PAIRS,
  });
  const { plan: sheet, layout } = roadmapSheetPlan(plan, OPTIONS);
  return { plan, sheet, layout };
}

describe.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))("roadmap sheet of %s", (_id, template) => {
  const { plan, sheet, layout } = build(2026, template);

  test("is named for the year and marked by its template's generator", () => {
    expect(sheet.name).toBe("Дорожная карта 2026");
    expect(sheet.mark).toEqual({
      generator: `roadmap:${template.id}`,
      version: "0.1.0",
      createdAt: OPTIONS.createdAt,
    });
  });

  test("starts with the approval block: labels, positions, blank signature and dated lines", () => {
    const texts = allTexts({ ...sheet, rows: sheet.rows.slice(0, layout.header.first) });
    for (const party of plan.approval) {
      expect(texts).toContain(party.label);
      expect(texts).toContain(party.position);
    }
    expect(texts.filter((t) => t === "____________ / ____________ /")).toHaveLength(plan.approval.length);
    expect(texts.filter((t) => t === "«___» ________ 2026 г.")).toHaveLength(plan.approval.length);
    for (const line of plan.heading) expect(texts).toContain(line);
    expect(plan.heading.join(" ")).toMatch(/2026/u);
  });

  test("writes every plan row in order, numbers as text, one status per activity", () => {
    const body = sheet.rows.slice(layout.body.first, layout.body.last + 1);
    expect(body).toHaveLength(plan.rows.length);
    plan.rows.forEach((r, i) => {
      const row = body[i];
      if (r.kind === "activity" || r.kind === "group") {
        expect(row[layout.columns.number]).toEqual({ kind: "text", text: r.number });
        expect(cellText(row[layout.columns.text])).toBe(r.text);
        expect(cellText(row[layout.columns.deadline])).toBe(r.deadline?.text ?? "");
        const due = row[layout.columns.due];
        if (r.kind === "activity" && r.deadline?.due)
          expect(due).toEqual({ kind: "number", value: excelDateSerial(r.deadline.due) });
        else expect(due?.kind ?? "empty").toBe("empty");
      }
      expect(cellText(row[layout.columns.status])).toBe(r.kind === "activity" ? "не начато" : "");
    });
    expect(layout.activities).toHaveLength(plan.rows.filter((r) => r.kind === "activity").length);
    const numberStyle = sheet.styles!.find(
      (s) =>
        s.range.column === layout.columns.number &&
        s.range.row === layout.body.first &&
        s.style.numberFormat === "@",
    );
    expect(numberStyle?.range.rowCount).toBe(plan.rows.length);
  });

  test("puts the status drop-down on exactly the activity rows", () => {
    const covered = new Set<number>();
    for (const v of sheet.validations!) {
      expect(v.list).toEqual([...ROADMAP_STATUSES]);
      expect(v.range.column).toBe(layout.columns.status);
      for (let r = v.range.row; r < v.range.row + (v.range.rowCount ?? 1); r++) covered.add(r);
    }
    expect([...covered].sort((a, b) => a - b)).toEqual(layout.activities.map((a) => a.row));
  });

  test("highlights overdue rows by a native formula over the whole body", () => {
    expect(sheet.conditionalFormats).toHaveLength(1);
    const [cf] = sheet.conditionalFormats!;
    expect(cf.range).toEqual({
      row: layout.body.first,
      column: 0,
      rowCount: plan.rows.length,
      columnCount: layout.width,
    });
    expect(cf.formula).toBe(`=${overdueFormula(layout.columns, layout.body.first)}`);
    expect(cf.formula).toMatch(/TODAY\(\)/u);
    expect(cf.style.fill).toMatch(/^#[0-9A-F]{6}$/u);
  });

  test("prints A4 landscape, one page wide, the table header repeated", () => {
    expect(sheet.print).toEqual({
      landscape: true,
      fitToWidth: true,
      repeatRows: layout.header.count,
      repeatFrom: layout.header.first,
    });
    const headerTexts = sheet.rows
      .slice(layout.header.first, layout.header.first + layout.header.count)
      .flatMap((r) => r.map(cellText));
    expect(headerTexts).toEqual(expect.arrayContaining(["Срок исполнения", "Статус", "Примечание"]));
  });

  test("sums progress by section with COUNTIFS over the section's status cells", () => {
    const { summary } = layout;
    expect(summary.sectionRows.map((s) => s.section)).toEqual(layout.sections.map((s) => s.index));
    const status = String.fromCharCode(65 + layout.columns.status);
    layout.sections.forEach((section, i) => {
      const row = sheet.rows[summary.sectionRows[i].row];
      const range = `${status}${section.first + 1}:${status}${section.last + 1}`;
      expect(row[summary.columns.done]).toEqual({
        kind: "formula",
        formula: `=COUNTIFS(${range},"выполнено")`,
      });
      expect(row[summary.columns.total]).toEqual({ kind: "formula", formula: `=COUNTA(${range})` });
      expect(cellText(row[1])).toBe(section.label);
    });
    const total = sheet.rows[summary.totalRow];
    expect(total[summary.columns.share]).toMatchObject({ kind: "formula" });
    // The sections tile the body: every activity row is in exactly one section's range.
    for (const a of layout.activities)
      expect(layout.sections.filter((s) => s.first <= a.row && a.row <= s.last)).toHaveLength(1);
  });

  test("ends with a foot block saying how the sheet was made", () => {
    const foot = allTexts({ ...sheet, rows: sheet.rows.slice(summary(layout)) }).join("\n");
    expect(foot).toContain("версия 0.1.0");
    expect(foot).toContain("15.01.2024");
    expect(foot).toContain(`идентификатор ${template.id}`);
    expect(foot).toContain("встроенный шаблон");
    expect(foot).toContain("Год плана: 2026; район: Невский район");
  });
});

const summary = (layout: RoadmapLayout) => layout.summary.totalRow + 1;

describe("roadmap sheet details", () => {
  test("keeps «1.10» as text: the district plan has a tenth activity in a section", () => {
    const { sheet, layout } = build(2024);
    const numbers = layout.activities.map((a) => a.number);
    expect(numbers).toContain("1.10");
    const row = layout.activities.find((a) => a.number === "1.10")!.row;
    expect(sheet.rows[row][layout.columns.number]).toEqual({ kind: "text", text: "1.10" });
  });

  test("moves due dates with the year", () => {
    const a = build(2024).layout.activities.find((x) => x.number === "1.3")!;
    const b = build(2025).layout.activities.find((x) => x.number === "1.3")!;
    expect([a.due, b.due]).toEqual(["2024-03-24", "2025-03-24"]);
  });

  test("puts «Оператор» over «регион» and «район» in a two-row header of the regional roadmap", () => {
    const { sheet, layout } = build(2024, spbRegionalRoadmap);
    expect(layout.header.count).toBe(2);
    const top = sheet.rows[layout.header.first].map(cellText);
    const bottom = sheet.rows[layout.header.first + 1].map(cellText);
    const op = top.indexOf("Оператор");
    expect(bottom.slice(op, op + 2)).toEqual(["регион", "район"]);
    expect(sheet.merges).toContainEqual({ row: layout.header.first, column: op, columnCount: 2 });
    expect(sheet.merges).toContainEqual({ row: layout.header.first, column: 0, rowCount: 2 });
    expect(layout.sections).toHaveLength(1);
    expect(layout.sections[0].label).toBe("Мероприятия плана");
  });

  test("fills the mentor pairs into their own columns", () => {
    const { sheet, layout } = build(2024, schoolToSchoolMentoring);
    const mentor = schoolToSchoolMentoring.columns.findIndex((c) => c.role === "mentor");
    const rows = layout.activities.filter((a) => cellText(sheet.rows[a.row][mentor]) !== "");
    expect(rows.length).toBeGreaterThanOrEqual(PAIRS.length);
    expect(rows.slice(0, 2).map((a) => cellText(sheet.rows[a.row][mentor]))).toEqual(
      PAIRS.map((p) => p.mentor),
    );
  });

  test("signs with a name when the template gives one", () => {
    const plan = planFromTemplate(
      {
        ...kirovDistrictPlan,
        approval: [{ label: "Утверждаю", position: "Директор", name: "И.И. Иванова" }],
      },
      { year: 2024, district: "Кировский район", schools: [] },
    );
    const texts = allTexts(roadmapSheetPlan(plan, OPTIONS).plan);
    expect(texts).toContain("____________ / И.И. Иванова /");
  });
});
