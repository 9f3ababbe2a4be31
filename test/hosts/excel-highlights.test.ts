import type { CellValue } from "../../src/core/cells/cell-value";
import { a1 } from "../../src/core/cells/a1";
import type { Finding } from "../../src/core/validation/finding";
import { highlightPlan, type CellMark } from "../../src/core/validation/highlight-plan";
import { ExcelHost } from "../../src/hosts/excel-host";
import {
  changeBytes,
  HIGHLIGHT_READ_CELLS_PER_SYNC,
  highlightReadSyncs,
  highlightWriteSyncs,
} from "../../src/hosts/excel-highlights";
import { HIGHLIGHTS_SETTING } from "../../src/hosts/highlights";
import { SETTINGS_SHEET_NAME } from "../../src/hosts/settings-sheet";
import { HighlightExcel } from "./highlight-fake-excel";

const VPR = "ВПР 2023";

/** ExcelApi versions up to `max` ("1.18"), compared as numbers. */
const upTo =
  (max: string) =>
  (name: string, version: string): boolean =>
    name === "ExcelApi" && Number(version.split(".")[1]) <= Number(max.split(".")[1]);

/** A results sheet of `rows` schools: texts, numbers, a text that looks like a number, a formula. */
function resultRows(rows: number): CellValue[][] {
  const grid: CellValue[][] = [["ОО", "Кол-во участников", "«2», %", "«3», %", "Итого, %"]];
  for (let r = 1; r <= rows; r++)
    grid.push([`ГБОУ СОШ № ${200 + r}`, r % 7 === 0 ? "сорок" : 40 + (r % 30), "12,5", 35, "=100-C2"]);
  return grid;
}

function workbook(rows = 12): HighlightExcel {
  const book = HighlightExcel.of({
    [VPR]: resultRows(rows),
    Реестр: [
      ["ОО", "Адрес"],
      ["ГБОУ СОШ № 201", "ул. Стачек, 5"],
    ],
  });
  const sheet = book.sheet(VPR);
  sheet.formulas.set("1,4", "=100-C2"); // E2 is a formula
  sheet.fills.set("1,1", "#FFFF00"); // B2: the user's own yellow
  sheet.noteTexts.set("1,1", "Уточнить у школы (Иванова)");
  sheet.noteTexts.set("2,2", "Данные придут позже"); // C3
  sheet.fills.set("0,0", "#D9D9D9"); // A1, never marked
  return book;
}

const FINDINGS: Finding[] = [
  { sheet: VPR, cell: "B2", severity: "error", rule: "values.not-a-number", message: "Текст вместо числа." },
  { sheet: VPR, cell: "C3", severity: "warning", rule: "values.number-as-text", message: "Число как текст." },
  { sheet: VPR, cell: "E2", severity: "error", rule: "values.marks-sum", message: "Доли не дают 100 %." },
  { sheet: VPR, cell: "D9", severity: "info", rule: "plausibility.outlier", message: "Далеко от района." },
  { sheet: VPR, cell: "B8", severity: "error", rule: "values.not-a-number", message: "Текст «сорок»." },
];
const MARKS = highlightPlan(FINDINGS, "info").marks;

/** `count` marks on distinct cells of the results sheet, each with a real-length Russian note. */
function manyMarks(count: number): CellMark[] {
  return Array.from({ length: count }, (_, i) => ({
    sheet: VPR,
    cell: a1(1 + Math.floor(i / 5), i % 5),
    note: `ШНОР — ошибка (values.not-a-number): в ячейке текст вместо числа, строка ${i + 2}; введите число.`,
    fill: "#F4CCCC",
    severity: "error" as const,
  }));
}

describe("ExcelHost highlights (notes, ExcelApi 1.18)", () => {
  it("marks cells with fill and note and never writes a value, formula or number format", async () => {
    const book = workbook();
    const before = book.state() as Record<string, { cells: unknown; formulas: unknown; formats: unknown }>;
    const host = new ExcelHost({ run: book.run, isSetSupported: upTo("1.18") });
    expect(await host.applyHighlights(MARKS)).toEqual({ cells: 5, issues: [] });
    const sheet = book.sheet(VPR);
    expect(sheet.fills.get("1,1")).toBe("#F4CCCC");
    expect(sheet.fills.get("8,3")).toBe("#DDEBF7");
    expect(sheet.noteTexts.get("1,1")).toMatch(/^ШНОР — ошибка .*Текст вместо числа/);
    expect(sheet.noteTexts.get("2,2")).toMatch(/^ШНОР — предупреждение/);
    const after = book.state() as typeof before;
    for (const name of [VPR, "Реестр"]) {
      expect(after[name].cells).toEqual(before[name].cells);
      expect(after[name].formulas).toEqual(before[name].formulas);
      expect(after[name].formats).toEqual(before[name].formats);
    }
    expect(book.sheets.map((s) => s.name)).toContain(SETTINGS_SHEET_NAME);
  });

  it("remove restores the user's own note and fill exactly and clears the record", async () => {
    const book = workbook();
    const before = book.state();
    const host = new ExcelHost({ run: book.run, isSetSupported: upTo("1.18") });
    await host.applyHighlights(MARKS);
    expect(await host.removeHighlights()).toBe(5);
    const after = book.state();
    expect(after[VPR]).toEqual(before[VPR]);
    expect(await host.getSetting(HIGHLIGHTS_SETTING)).toBeUndefined();
    expect(await host.removeHighlights()).toBe(0);
  });

  it("applying twice leaves one set of highlights, and one remove gives the original back", async () => {
    const book = workbook();
    const before = book.state();
    const host = new ExcelHost({ run: book.run, isSetSupported: upTo("1.18") });
    await host.applyHighlights(MARKS);
    const once = book.state();
    const record = await host.getSetting(HIGHLIGHTS_SETTING);
    await host.applyHighlights(MARKS);
    expect(book.state()).toEqual(once);
    expect(await host.getSetting(HIGHLIGHTS_SETTING)).toEqual(record);
    await host.removeHighlights();
    expect(book.state()[VPR]).toEqual(before[VPR]);
  });

  it("keeps what the user changed after highlighting", async () => {
    const book = workbook();
    const host = new ExcelHost({ run: book.run, isSetSupported: upTo("1.18") });
    await host.applyHighlights(MARKS);
    const sheet = book.sheet(VPR);
    sheet.fills.set("1,1", "#00B050"); // B2 re-coloured by hand
    sheet.noteTexts.set("2,2", "Проверено, верно"); // C3's note rewritten
    sheet.noteTexts.delete("8,3"); // D9's note deleted by hand
    await host.removeHighlights();
    expect(sheet.fills.get("1,1")).toBe("#00B050");
    expect(sheet.noteTexts.get("1,1")).toBe("Уточнить у школы (Иванова)");
    expect(sheet.noteTexts.get("2,2")).toBe("Проверено, верно");
    expect(sheet.fills.has("2,2")).toBe(false);
    expect(sheet.noteTexts.has("8,3")).toBe(false);
  });

  it("uses a fixed number of syncs for 100 marks: S + R(n) + 1 + W(n)", async () => {
    const book = workbook(100);
    const host = new ExcelHost({ run: book.run, isSetSupported: upTo("1.18") });
    const marks = manyMarks(100);
    await host.applyHighlights(marks);
    // No settings sheet yet (S = 1), sheets + one chunk of loads (R = 2), the record (1), one write (W = 1).
    expect(highlightWriteSyncs(marks, "notes")).toBe(1);
    expect(book.syncs).toBe(1 + 2 + 1 + 1);
    book.syncs = 0;
    await host.applyHighlights(marks); // S = 2, removal R + W, then the same again
    expect(book.syncs).toBe(2 + 2 + 1 + 2 + 1 + 1);
    book.syncs = 0;
    await host.removeHighlights();
    expect(book.syncs).toBe(2 + 2 + 1 + 1);
  });

  it("uses a fixed number of syncs for 10,000 marks, each request within Excel's payload limit", async () => {
    const book = workbook(2_000);
    const before = book.state()[VPR];
    const host = new ExcelHost({ run: book.run, isSetSupported: upTo("1.18") });
    const marks = manyMarks(10_000);
    const writes = highlightWriteSyncs(marks, "notes");
    const perMark = changeBytes({ fill: marks[0].fill, note: marks[0].note }, "notes");
    expect(writes).toBe(Math.ceil((10_000 * perMark) / 4_000_000)); // uniform marks pack evenly
    expect(highlightReadSyncs(10_000)).toBe(1 + 10_000 / HIGHLIGHT_READ_CELLS_PER_SYNC);
    expect(await host.applyHighlights(marks)).toEqual({ cells: 10_000, issues: [] });
    expect(book.syncs).toBe(1 + highlightReadSyncs(10_000) + 1 + writes);
    expect(book.syncs).toBeLessThanOrEqual(12);
    expect(Math.max(...book.requests.map((r) => r.bytes))).toBeLessThan(5_000_000);
    book.syncs = 0;
    expect(await host.removeHighlights()).toBe(10_000);
    // Restoring: a fill clear and a note deletion per cell, batched by the same budget.
    const restoreBytes = changeBytes({ fill: null, note: null }, "notes");
    expect(book.syncs).toBe(
      2 + highlightReadSyncs(10_000) + Math.ceil((10_000 * restoreBytes) / 4_000_000) + 1,
    );
    expect(book.state()[VPR]).toEqual(before);
  });
});

describe("ExcelHost highlights on older Excel", () => {
  it("writes comments on ExcelApi 1.10–1.17, restoring a user's comment, and says so", async () => {
    const book = workbook();
    book.addComment(VPR, "B2", "Комментарий методиста");
    book.addComment("Реестр", "B2", "Адрес уточнён");
    const before = book.state();
    const host = new ExcelHost({ run: book.run, isSetSupported: upTo("1.17") });
    const outcome = await host.applyHighlights(MARKS);
    expect(outcome.issues.map((i) => i.code)).toEqual(["host-notes-as-comments"]);
    expect(book.comments.map((c) => c.content)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^ШНОР — ошибка .*Текст вместо числа/), "Адрес уточнён"]),
    );
    expect(book.comments).toHaveLength(6);
    expect(book.sheet(VPR).noteTexts.get("2,2")).toBe("Данные придут позже"); // notes not touched
    await host.applyHighlights(MARKS);
    expect(book.comments).toHaveLength(6);
    await host.removeHighlights();
    expect(book.state()).toEqual(before);
  });

  it("below ExcelApi 1.10 marks cells with fill only and says the notes were left out", async () => {
    const book = workbook();
    const before = book.state();
    const host = new ExcelHost({ run: book.run, isSetSupported: upTo("1.9") });
    const outcome = await host.applyHighlights(MARKS);
    expect(outcome.cells).toBe(5);
    expect(outcome.issues.map((i) => i.code)).toEqual(["highlights-notes-skipped"]);
    expect(book.sheet(VPR).fills.get("8,3")).toBe("#DDEBF7");
    expect(book.sheet(VPR).noteTexts.get("1,1")).toBe("Уточнить у школы (Иванова)");
    await host.removeHighlights();
    expect(book.state()).toEqual(before);
  });

  it("refuses Excel below ExcelApi 1.7 with a Russian message", async () => {
    const host = new ExcelHost({ run: workbook().run, isSetSupported: upTo("1.6") });
    await expect(host.applyHighlights(MARKS)).rejects.toThrow(/не поддерживает/);
  });
});
