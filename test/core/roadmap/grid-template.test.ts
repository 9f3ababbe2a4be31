import fc from "fast-check";
import type { CellValue } from "../../../src/core/cells/cell-value";
import { gridToTemplate, type TemplateFinding } from "../../../src/core/roadmap/grid-template";
import { planFromTemplate } from "../../../src/core/roadmap/plan";
import { templateToGrid } from "../../../src/core/roadmap/template-grid";
import {
  BUILT_IN_TEMPLATES,
  kirovDistrictPlan,
  leningradPlanGraph,
} from "../../../src/core/roadmap/templates";

const copy = (g: CellValue[][]) => g.map((r) => [...r]);
const rowOf = (g: CellValue[][], type: string, number: string) =>
  g.findIndex((r) => r[0] === type && r[1] === number);
const at = (findings: TemplateFinding[]) => findings.map((f) => [f.severity, f.cell, f.issue.code]);

describe("template ⇄ grid round trip", () => {
  test.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))(
    "%s comes back equal, without findings",
    (_id, t) => {
      const grid = templateToGrid(t);
      expect(new Set(grid.map((r) => r.length)).size).toBe(1);
      const back = gridToTemplate(grid);
      expect(back.findings).toEqual([]);
      expect(back.ok && back.value).toEqual(t);
    },
  );

  test("an edited sheet (reworded, removed, added activities) gives a plan with the edits", () => {
    const grid = copy(templateToGrid(kirovDistrictPlan));
    const reworded = rowOf(grid, "мероприятие", "1.2");
    grid[reworded][2] = "Разработка и согласование Плана мероприятий на {year} год";
    grid.splice(rowOf(grid, "мероприятие", "1.5"), 1);
    const added = [...grid[rowOf(grid, "мероприятие", "3.8")]];
    added[1] = "3.9";
    added[2] = "Собеседование с административной командой каждой ШНОР";
    added[3] = "Октябрь 2023 года";
    added[4] = "по школам";
    added[5] = "{school}: собеседование";
    grid.splice(rowOf(grid, "мероприятие", "3.8") + 1, 0, added);

    const back = gridToTemplate(grid);
    expect(back.ok).toBe(true);
    // removing 1.5 leaves a gap: a warning at the number of 1.6, the plan renumbers
    expect(at(back.findings)).toEqual([
      ["warning", `B${rowOf(grid, "мероприятие", "1.6") + 1}`, "roadmap-number-gap"],
    ]);
    if (!back.ok) return;
    const schools = [
      { key: "223", name: "ГБОУ СОШ № 223" },
      { key: "ЦО 162", name: "ГБОУ ЦО № 162" },
    ];
    const plan = planFromTemplate(back.value, { year: 2024, district: "Кировский район", schools });
    const byNumber = new Map(plan.rows.map((r) => [r.number, r]));
    expect(byNumber.get("1.2")?.text).toBe("Разработка и согласование Плана мероприятий на 2024 год");
    expect(plan.rows.some((r) => r.text.startsWith("Организация и проведение круглого стола"))).toBe(false);
    expect(byNumber.get("1.5")?.text).toMatch(/^Организация информирования ШНОР/u);
    expect(plan.rows.filter((r) => r.section === 0 && r.kind === "activity")).toHaveLength(14);
    expect(byNumber.get("3.9")).toMatchObject({
      kind: "group",
      text: "Собеседование с административной командой каждой ШНОР",
    });
    expect(byNumber.get("3.9.2")).toMatchObject({
      kind: "activity",
      text: "ГБОУ ЦО № 162: собеседование",
      school: "ГБОУ ЦО № 162",
    });
    expect(byNumber.get("3.9.2")?.deadline).toMatchObject({ text: "Октябрь 2024 года", due: "2024-10-31" });
  });
});

describe("template sheet validation: every problem at its cell, in Russian", () => {
  const base = () => copy(templateToGrid(leningradPlanGraph));

  test("an activity before the first section", () => {
    const g = base();
    const first = g.findIndex((r) => r[0] === "раздел");
    g.splice(first, 0, ["мероприятие", "0.1", "Совещание", "март", "", "", ""]);
    const r = gridToTemplate(g);
    expect(r.ok).toBe(false);
    expect(at(r.findings)).toEqual([["error", `A${first + 1}`, "roadmap-no-section"]]);
    expect(r.findings[0].message).toBe(
      "Строка «Совещание» стоит до первого раздела: добавьте выше строку с типом «раздел».",
    );
  });

  test("a malformed number, a number under the wrong section, a repeated number", () => {
    const g = base();
    const r12 = rowOf(g, "мероприятие", "1.2");
    const r13 = rowOf(g, "мероприятие", "1.3");
    const r14 = rowOf(g, "мероприятие", "1.4");
    g[r12][1] = "1.2a";
    g[r13][1] = "2.3";
    g[r14][1] = "1.1";
    const r = gridToTemplate(g);
    expect(r.ok).toBe(false);
    expect(at(r.findings)).toEqual([
      ["error", `B${r12 + 1}`, "roadmap-bad-number"],
      ["error", `B${r13 + 1}`, "roadmap-bad-number"],
      ["error", `B${r14 + 1}`, "roadmap-duplicate-number"],
    ]);
    expect(r.findings[0].message).toBe("Номер «1.2a» не подходит: ожидается 1.N.");
    expect(r.findings[2].message).toBe(
      `Номер «1.1» уже есть в ячейке B${rowOf(g, "мероприятие", "1.1") + 1}: номера пунктов не должны повторяться.`,
    );
    if (!r.ok) expect(r.issue).toEqual({ code: "roadmap-template-invalid", params: { count: 3 } });
  });

  test("an empty activity text, an unknown row type, a bad repeat", () => {
    const g = base();
    const r11 = rowOf(g, "мероприятие", "1.1");
    const r21 = rowOf(g, "подраздел", "2.1");
    g[r11][2] = "  ";
    g[r11][4] = "ежедневно";
    g[r21][0] = "подпункт";
    const r = gridToTemplate(g);
    expect(at(r.findings)).toEqual(
      expect.arrayContaining([
        ["error", `C${r11 + 1}`, "roadmap-empty-text"],
        ["error", `E${r11 + 1}`, "roadmap-bad-repeat"],
        ["error", `A${r21 + 1}`, "roadmap-unknown-row"],
      ]),
    );
    expect(r.findings.find((f) => f.cell === `C${r11 + 1}`)?.message).toBe(
      "Не заполнен текст строки «мероприятие».",
    );
  });

  test("an unparsed deadline and an unknown placeholder are warnings: the template is still usable", () => {
    const g = base();
    const r13 = rowOf(g, "мероприятие", "1.3");
    g[r13][3] = "по мере поступления данных";
    g[r13][2] = "Представление списка школ {distrct}";
    const r = gridToTemplate(g);
    expect(r.ok).toBe(true);
    expect(at(r.findings)).toEqual([
      ["warning", `C${r13 + 1}`, "roadmap-unknown-placeholder"],
      ["warning", `D${r13 + 1}`, "roadmap-deadline-unparsed"],
    ]);
    expect(r.findings[1].message).toBe(
      "Срок «по мере поступления данных» не распознан: он попадёт в план дословно, без пересчёта на другой год и без контроля просрочки.",
    );
    if (!r.ok) return;
    const plan = planFromTemplate(r.value, { year: 2025, district: "Гатчинский район", schools: [] });
    expect(plan.rows.find((x) => x.number === "1.3")?.deadline).toEqual({
      kind: "unparsed",
      text: "по мере поступления данных",
      parsed: false,
    });
  });

  test("bad parameters and columns", () => {
    const g = base();
    const year = g.findIndex((r) => r[0] === "параметр" && r[1] === "Базовый год");
    const kind = g.findIndex((r) => r[0] === "параметр" && r[1] === "Вид года");
    const deadlineColumn = g.findIndex((r) => r[0] === "столбец" && r[4] === "срок");
    g[year][2] = "двадцать третий";
    g[kind][2] = "финансовый";
    g[deadlineColumn][4] = "дата";
    const r = gridToTemplate(g);
    expect(at(r.findings)).toEqual(
      expect.arrayContaining([
        ["error", `C${year + 1}`, "roadmap-bad-parameter"],
        ["error", `C${kind + 1}`, "roadmap-bad-parameter"],
        ["error", `E${deadlineColumn + 1}`, "roadmap-bad-columns"],
      ]),
    );
  });

  test("addresses follow the grid's place in the sheet", () => {
    const g = base();
    const r12 = rowOf(g, "мероприятие", "1.2");
    g[r12][1] = "1.2.3.x";
    const r = gridToTemplate(g, { firstRow: 4, firstColumn: 2 });
    expect(at(r.findings)).toEqual([["error", `D${r12 + 5}`, "roadmap-bad-number"]]);
  });

  test("an empty sheet is reported, not thrown", () => {
    const r = gridToTemplate([]);
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => f.issue.code)).toEqual(
      expect.arrayContaining(["roadmap-bad-parameter", "roadmap-bad-columns", "roadmap-empty"]),
    );
  });
});

describe("gridToTemplate never throws", () => {
  const cell = fc.oneof(
    fc.constantFrom<CellValue>(
      "раздел",
      "мероприятие",
      "подраздел",
      "задача",
      "столбец",
      "параметр",
      "1.1",
      "I",
      "",
      null,
    ),
    fc.string(),
    fc.double(),
    fc.boolean(),
    fc.constant(undefined),
  );

  test("on arbitrary grids", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 30 }), (grid) => {
        const r = gridToTemplate(grid);
        expect(Array.isArray(r.findings)).toBe(true);
        if (!r.ok) expect(r.findings.some((f) => f.severity === "error")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test("on built-in grids with random cells replaced", () => {
    const grid = templateToGrid(kirovDistrictPlan);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(grid.length - 1), fc.nat(8), cell), { maxLength: 12 }),
        (edits) => {
          const g = copy(grid);
          for (const [r, c, v] of edits) g[r][c] = v;
          const result = gridToTemplate(g);
          if (result.ok)
            planFromTemplate(result.value, { year: 2030, district: "Кировский район", schools: [] });
        },
      ),
      { numRuns: 200 },
    );
  });
});
