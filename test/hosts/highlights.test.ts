import fc from "fast-check";
import type { Finding } from "../../src/core/validation/finding";
import { highlightPlan, type CellMark } from "../../src/core/validation/highlight-plan";
import {
  HIGHLIGHTS_SETTING,
  HIGHLIGHT_MAX_MARKS,
  limitMarks,
  savedCells,
  textHash,
} from "../../src/hosts/highlights";
import { MemoryHost } from "../../src/hosts/memory-host";

const VPR = "ВПР 2023";
const OGE = "ОГЭ 2024";

const sheets = () => ({
  [VPR]: [
    ["ОО", "Кол-во участников", "«2», %", "«3», %", "«4», %", "«5», %"],
    ["ГБОУ СОШ № 221", 54, "12,5", 40, 30, "=100-C2-D2-E2"],
    ["ГБОУ СОШ № 223", "сорок", 10, 45, 30, 10],
    ["ГБОУ лицей № 244", -3, "", 50, 30, 20],
  ],
  [OGE]: [
    ["ОО", "Средний балл"],
    ["ГБОУ СОШ № 221", "3,4"],
    ["ГБОУ ЦО № 162", 7.5],
  ],
});

const finding = (
  sheet: string,
  cell: string,
  severity: Finding["severity"],
  message: string,
  rule: Finding["rule"] = "values.not-a-number",
): Finding => ({ sheet, cell, severity, message, rule });

const FINDINGS: Finding[] = [
  finding(VPR, "B3", "error", "В ячейке текст «сорок» вместо числа: введите число."),
  finding(VPR, "B4", "error", "Отрицательное число участников.", "values.negative-count"),
  finding(VPR, "C2", "warning", "Число записано как текст.", "values.number-as-text"),
  finding(VPR, "C4", "error", "Не заполнена обязательная ячейка.", "values.required-empty"),
  finding(OGE, "B3", "error", "Средний балл вне шкалы 2–5.", "scales.score-out-of-scale"),
  finding(VPR, "B3", "warning", "Ещё одно замечание к той же ячейке.", "plausibility.outlier"),
];

/** A workbook with a user's own note and fills, some on cells that will be marked. */
function userWorkbook(): MemoryHost {
  const host = new MemoryHost(sheets());
  host.looks.set({ sheet: VPR, cell: "B3" }, { fill: "#FFFF00", note: "Уточнить у школы (Иванова)" });
  host.looks.set({ sheet: VPR, cell: "C4" }, { fill: null, note: "Данные придут позже" });
  host.looks.set({ sheet: OGE, cell: "B3" }, { fill: "#C6EFCE", note: null });
  host.looks.set({ sheet: VPR, cell: "A1" }, { fill: "#D9D9D9", note: null }); // not marked
  return host;
}

describe("MemoryHost highlights", () => {
  it("marks every offending cell with the most serious fill and a note listing its findings", async () => {
    const host = userWorkbook();
    const outcome = await host.applyHighlights(highlightPlan(FINDINGS).marks);
    expect(outcome).toEqual({ cells: 5, issues: [] });
    const b3 = host.looks.get({ sheet: VPR, cell: "B3" });
    expect(b3.fill).toBe("#F4CCCC");
    expect(b3.note).toMatch(/^ШНОР — .*сорок.*\n.*той же ячейке/s);
    expect(host.looks.get({ sheet: VPR, cell: "C2" }).fill).toBe("#FFF2CC");
    expect(host.looks.get({ sheet: VPR, cell: "A1" })).toEqual({ fill: "#D9D9D9", note: null });
  });

  it("never changes a value or a formula (every cell compared)", async () => {
    const host = userWorkbook();
    const before = await host.readSheets();
    await host.applyHighlights(highlightPlan(FINDINGS).marks);
    expect(await host.readSheets()).toEqual(before);
    await host.removeHighlights();
    expect(await host.readSheets()).toEqual(before);
  });

  it("restores the user's own notes and fills on remove and clears the record", async () => {
    const host = userWorkbook();
    const before = host.looks.all();
    await host.applyHighlights(highlightPlan(FINDINGS).marks);
    expect(savedCells(await host.getSetting(HIGHLIGHTS_SETTING))).toHaveLength(5);
    expect(await host.removeHighlights()).toBe(5);
    expect(host.looks.all()).toEqual(before);
    expect(await host.getSetting(HIGHLIGHTS_SETTING)).toBeUndefined();
    expect(await host.removeHighlights()).toBe(0); // nothing left to remove
  });

  it("applying twice first removes the previous highlights, so one remove gives the original back", async () => {
    const host = userWorkbook();
    const before = host.looks.all();
    await host.applyHighlights(highlightPlan(FINDINGS).marks);
    const once = host.looks.all();
    const record = await host.getSetting(HIGHLIGHTS_SETTING);
    await host.applyHighlights(highlightPlan(FINDINGS).marks);
    expect(host.looks.all()).toEqual(once);
    expect(await host.getSetting(HIGHLIGHTS_SETTING)).toEqual(record);
    // A second validation with fewer findings: the cells no longer offending lose their marks.
    await host.applyHighlights(highlightPlan(FINDINGS.slice(0, 1)).marks);
    expect(host.looks.get({ sheet: OGE, cell: "B3" })).toEqual({ fill: "#C6EFCE", note: null });
    await host.removeHighlights();
    expect(host.looks.all()).toEqual(before);
  });

  it("leaves alone what the user changed after highlighting (their fill or note wins)", async () => {
    const host = userWorkbook();
    await host.applyHighlights(highlightPlan(FINDINGS).marks);
    const b3 = host.looks.get({ sheet: VPR, cell: "B3" });
    host.looks.set({ sheet: VPR, cell: "B3" }, { fill: "#00B050", note: b3.note }); // re-coloured by hand
    host.looks.set({ sheet: VPR, cell: "B4" }, { fill: "#F4CCCC", note: "Исправлено, проверила" });
    await host.removeHighlights();
    expect(host.looks.get({ sheet: VPR, cell: "B3" })).toEqual({
      fill: "#00B050",
      note: "Уточнить у школы (Иванова)",
    });
    expect(host.looks.get({ sheet: VPR, cell: "B4" })).toEqual({ fill: null, note: "Исправлено, проверила" });
  });

  it("skips cells of a sheet deleted meanwhile", async () => {
    const host = userWorkbook();
    const marks: CellMark[] = [
      ...highlightPlan(FINDINGS).marks,
      { sheet: "Удалённый", cell: "A1", note: "ШНОР", fill: "#F4CCCC", severity: "error" },
    ];
    expect((await host.applyHighlights(marks)).cells).toBe(5);
  });

  it("property: apply (any number of times) then remove restores every fill and note; values never change", async () => {
    const address = fc
      .tuple(fc.constantFrom(VPR, OGE), fc.constantFrom("A", "B", "C", "D"), fc.integer({ min: 1, max: 4 }))
      .map(([sheet, column, row]) => ({ sheet, cell: `${column}${row}` }));
    const look = fc.record({
      fill: fc.option(fc.constantFrom("#FFFF00", "#F4CCCC", "#FFFFFF", "#C6EFCE"), { nil: null }),
      note: fc.option(fc.string({ maxLength: 12 }), { nil: null }),
    });
    const findingArb = fc
      .tuple(address, fc.constantFrom("error", "warning", "info" as const), fc.string({ maxLength: 20 }))
      .map(([at, severity, message]) => finding(at.sheet, at.cell, severity, message));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(address, look), { maxLength: 10 }),
        fc.array(fc.array(findingArb, { maxLength: 8 }), { minLength: 1, maxLength: 3 }),
        async (userLooks, runs) => {
          const host = new MemoryHost(sheets());
          for (const [at, l] of userLooks) host.looks.set(at, l);
          const before = host.looks.all();
          const values = await host.readSheets();
          for (const found of runs) await host.applyHighlights(highlightPlan(found, "info").marks);
          expect(await host.readSheets()).toEqual(values);
          await host.removeHighlights();
          expect(host.looks.all()).toEqual(before);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("limitMarks", () => {
  const mark = (cell: string, severity: CellMark["severity"]): CellMark => ({
    sheet: VPR,
    cell,
    note: cell,
    fill: "#FFF2CC",
    severity,
  });

  it("keeps the most serious marks in their order and says how many were left out", () => {
    const marks = [mark("A1", "info"), mark("A2", "error"), mark("A3", "warning"), mark("A4", "error")];
    const limited = limitMarks(marks, 3);
    expect(limited.marks.map((m) => m.cell)).toEqual(["A2", "A3", "A4"]);
    expect(limited.issues).toEqual([{ code: "highlights-limited", params: { count: 3, total: 4 } }]);
    expect(limitMarks(marks).issues).toEqual([]);
    expect(HIGHLIGHT_MAX_MARKS).toBeGreaterThanOrEqual(10_000);
  });
});

describe("savedCells and textHash", () => {
  it("drop hand-edited junk instead of throwing", () => {
    expect(savedCells(undefined)).toEqual([]);
    expect(savedCells("испорчено")).toEqual([]);
    expect(savedCells({ cells: [{ sheet: VPR }, null, 5] })).toEqual([]);
  });

  it("tell different notes apart", () => {
    expect(textHash("ШНОР — ошибка")).toMatch(/^[0-9a-f]{8}$/);
    expect(textHash("ШНОР — ошибка")).not.toBe(textHash("ШНОР — ошибкa"));
  });
});
