import { ExcelHost } from "../../src/hosts/excel-host";
import { CHUNKS_PER_SYNC, SYNC_PAYLOAD_BUDGET_BYTES } from "../../src/hosts/excel-chunks";
import { writeSyncCount } from "../../src/hosts/excel-plan-writer";
import { PlanGrid, planWriteChunks } from "../../src/hosts/excel-write-chunks";
import { GENERATED_SHEETS_KEY } from "../../src/hosts/plan-writer";
import { SETTINGS_SHEET_NAME } from "../../src/hosts/settings-sheet";
import {
  bool,
  formula,
  num,
  text,
  EMPTY,
  type PlanCell,
  type SheetPlan,
} from "../../src/core/plans/sheet-plan";
import type { CellValue } from "../../src/core/cells/cell-value";
import { EXCEL_REQUEST_LIMIT_BYTES, FakeExcel, type FakeSheet } from "./fake-excel";

const mark = { generator: "monitoring", version: "0.1.0", createdAt: "2024-09-01T10:00:00Z" };

/** A district monitoring sheet: title, header, one row per school, a total formula. */
const monitoring = (title: string, schools = 3): SheetPlan => ({
  name: "Мониторинг",
  rows: [
    [text(title), EMPTY, EMPTY, EMPTY, EMPTY],
    [text("Школа"), text("2022/23"), text("2023/24"), text("Динамика"), text("Отчёт сдан")],
    ...Array.from({ length: schools }, (_, i): PlanCell[] => [
      text(i === 0 ? "=1+1" : `ГБОУ СОШ № ${200 + i}`),
      i === 1 ? text("45,5") : num(40 + (i % 30) + 0.5),
      num(52 - (i % 17)),
      formula(`IF(C${i + 3}>B${i + 3},1,-1)`),
      bool(i % 2 === 0),
    ]),
  ],
  styles: [
    { range: { row: 1, column: 0, columnCount: 5 }, style: { bold: true, fill: "#DDEBF7" } },
    { range: { row: 2, column: 1, rowCount: schools, columnCount: 2 }, style: { numberFormat: "0.0" } },
  ],
  merges: [{ row: 0, column: 0, columnCount: 5 }],
  columnWidths: [{ column: 0, width: 30 }],
  frozenRows: 2,
  notes: [{ row: 2, column: 1, text: "Источник: 'ВПР 2022-2023'!F7" }],
  links: [{ row: 3, column: 0, sheet: "Реестр", cell: "B7" }],
  validations: [{ range: { row: 2, column: 4, rowCount: schools }, list: ["да", "нет"] }],
  conditionalFormats: [
    { range: { row: 2, column: 3, rowCount: schools }, formula: "=D3<0", style: { fontColor: "#C00000" } },
  ],
  autoFilter: { row: 1, column: 0, rowCount: schools + 1, columnCount: 5 },
  print: { landscape: true, repeatRows: 1, repeatFrom: 1, fitToWidth: true },
  mark,
});

const userSheet: CellValue[][] = [
  ["Мой мониторинг", "не трогать"],
  ["=СУММ(A1)", 5],
];

const make = (
  sheets: Record<string, CellValue[][]> = { Реестр: [["Школа"]] },
  supported: (version: string) => boolean = () => true,
) => {
  const fake = new FakeExcel(sheets);
  const host = new ExcelHost({
    run: fake.run,
    isSetSupported: (name, version) => name === "ExcelApi" && supported(version),
  });
  return { fake, host };
};

const sheet = (fake: FakeExcel, name: string): FakeSheet => {
  const found = fake.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
const names = (fake: FakeExcel): string[] => fake.sheets.map((s) => s.name);
const valueSyncs = (plan: SheetPlan): number =>
  Math.ceil(planWriteChunks(new PlanGrid(plan)).length / CHUNKS_PER_SYNC);

describe("ExcelHost.writeSheetPlan: cells", () => {
  it("writes values, formulas and text, keeping text that looks like a formula or a number as text", async () => {
    const { fake, host } = make();
    expect(await host.writeSheetPlan(monitoring("Мониторинг 2024"))).toEqual({
      name: "Мониторинг",
      replaces: false,
    });
    const written = sheet(fake, "Мониторинг");
    expect(written.cell(2, 0)).toEqual({ value: "=1+1", format: "@" });
    expect(written.cell(3, 1)).toEqual({ value: "45,5", format: "@" });
    expect(written.cell(2, 3)).toMatchObject({ formula: "=IF(C3>B3,1,-1)" });
    expect(written.cell(2, 1)).toEqual({ value: 40.5, format: "0.0" });
    expect(written.cell(2, 4)).toEqual({ value: true });
    expect(written.cell(0, 1)).toEqual({ value: "" }); // empty cells are left alone
    const [back] = await host.readSheets(["Мониторинг"]);
    expect(back.values[2][0]).toBe("=1+1");
    expect(back.values[1]).toEqual(["Школа", "2022/23", "2023/24", "Динамика", "Отчёт сдан"]);
  });

  it("would have turned the same inputs into a formula and a number without the text format", async () => {
    // Control for the fake: Excel's input rules apply, so the test above can fail.
    const fake = new FakeExcel({ Лист1: [["x"]] });
    const target = sheet(fake, "Лист1");
    target.getRangeByIndexes(0, 0, 1, 2).formulas = [["=1+1", "45,5"]];
    await fake.context.sync();
    expect(target.cell(0, 0)).toMatchObject({ formula: "=1+1" });
    expect(target.cell(0, 1)).toEqual({ value: 45.5 });
  });

  it("decorates the sheet: fonts, merges, widths, frozen rows, notes, links, lists, rules, print", async () => {
    const { fake, host } = make();
    await host.writeSheetPlan(monitoring("Мониторинг 2024"));
    expect(sheet(fake, "Мониторинг").log).toEqual([
      "A2:E2.format.font.bold=true",
      'A2:E2.format.fill.color="#DDEBF7"',
      "A1:E1.merge(false)",
      "A:A.format.columnWidth=161.25",
      "freezePanes.freezeRows(2)",
      `notes.add(B3,"Источник: 'ВПР 2022-2023'!F7")`,
      'A4.hyperlink={"documentReference":"\'Реестр\'!B7","textToDisplay":"ГБОУ СОШ № 201"}',
      'E3:E5.dataValidation.rule={"list":{"inCellDropDown":true,"source":"да,нет"}}',
      'D3:D5.conditionalFormats.add("Custom")',
      'D3:D5.conditionalFormats.add("Custom").custom.rule.formula="=D3<0"',
      'D3:D5.conditionalFormats.add("Custom").custom.format.font.color="#C00000"',
      "autoFilter.apply(A2:E5)",
      'pageLayout.paperSize="A4"',
      'pageLayout.orientation="Landscape"',
      'pageLayout.zoom={"horizontalFitToPages":1,"verticalFitToPages":0}',
      'pageLayout.setPrintTitleRows("$2:$2")',
    ]);
    expect(host.lastWriteIssues).toEqual([]);
  });
});

describe("ExcelHost.writeSheetPlan: requests", () => {
  it("makes the same number of syncs beyond the value chunks for 700 and 7 000 rows", async () => {
    const beyond: number[] = [];
    for (const rows of [700, 7_000]) {
      const plan = monitoring("Мониторинг", rows);
      const { fake, host } = make();
      await host.writeSheetPlan(plan); // first write: the settings sheet is created
      expect(fake.syncs).toBe(writeSyncCount(plan, false));
      fake.syncs = 0;
      await host.writeSheetPlan(plan); // regeneration: settings sheet read and rewritten
      expect(fake.syncs).toBe(writeSyncCount(plan, true));
      beyond.push(fake.syncs - valueSyncs(plan));
    }
    expect(beyond).toEqual([8, 8]); // names 1, marks 2, decorations 1, swap 1, save marks 3
  });

  it("keeps every request under the budget when the texts are long, in more syncs", async () => {
    const long = "Государственное бюджетное общеобразовательное учреждение средняя школа № ";
    const plan: SheetPlan = {
      name: "Реестр школ",
      rows: Array.from({ length: 7_000 }, (_, r) =>
        Array.from({ length: 12 }, (_, c) => text(`${long}${r}.${c}`)),
      ),
      mark,
    };
    const { fake, host } = make();
    await host.writeSheetPlan(plan);
    const bytes = fake.requests.map((request) => request.bytes);
    expect(bytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(EXCEL_REQUEST_LIMIT_BYTES * 2);
    expect(Math.max(...bytes)).toBeLessThanOrEqual(SYNC_PAYLOAD_BUDGET_BYTES);
    expect(valueSyncs(plan)).toBeGreaterThan(2);
    expect(fake.syncs).toBe(writeSyncCount(plan, false));
    expect(sheet(fake, "Реестр школ").grid()[6_999][11]).toBe(`${long}6999.11`);
  });

  it("reports progress in cells and stops between syncs when cancelled, leaving no sheet behind", async () => {
    const { fake, host } = make();
    const controller = new AbortController();
    const progress: number[] = [];
    const write = host.writeSheetPlan(monitoring("x", 7_000), {
      signal: controller.signal,
      onProgress: (done) => (progress.push(done), done > 0 && controller.abort()),
    });
    await expect(write).rejects.toMatchObject({ name: "AbortError" });
    expect(progress).toEqual([0, 7_002 * 5]);
    expect(names(fake)).toEqual(["Реестр"]);
  });
});

describe("ExcelHost.writeSheetPlan: safety rules", () => {
  it("writes next to a user sheet of the same name and never touches it, then regenerates in place", async () => {
    const { fake, host } = make({ Мониторинг: userSheet, Реестр: [["Школа"]] });
    expect(await host.writeSheetPlan(monitoring("первый"))).toEqual({
      name: "Мониторинг (2)",
      replaces: false,
    });
    fake.addSheet("После");
    expect(await host.writeSheetPlan(monitoring("второй"))).toEqual({
      name: "Мониторинг (2)",
      replaces: true,
    });
    expect(names(fake)).toEqual(["Мониторинг", "Реестр", "Мониторинг (2)", SETTINGS_SHEET_NAME, "После"]);
    expect(sheet(fake, "Мониторинг").grid()).toEqual(userSheet);
    expect(sheet(fake, "Мониторинг").log).toEqual([]);
    expect(sheet(fake, "Мониторинг (2)").cell(0, 0).value).toBe("второй");
    const marks = (await host.getSetting(GENERATED_SHEETS_KEY)) as Record<string, { sheetId: string }>;
    expect(marks["Мониторинг (2)"]).toEqual({ ...mark, sheetId: sheet(fake, "Мониторинг (2)").sheetId });
  });

  it("does not replace a user sheet that took the name of a renamed generated sheet", async () => {
    const { fake, host } = make();
    await host.writeSheetPlan(monitoring("первый"));
    const generated = sheet(fake, "Мониторинг");
    generated.name = "Архив мониторинга"; // the user renames the generated sheet …
    const theirs = fake.sheets.find((s) => s.name === "Реестр")!;
    theirs.name = "Мониторинг"; // … and gives its old name to a sheet of their own
    await fake.context.sync();
    expect(await host.writeSheetPlan(monitoring("второй"))).toEqual({
      name: "Мониторинг (2)",
      replaces: false,
    });
    expect(theirs.grid()).toEqual([["Школа"]]);
    expect(generated.cell(0, 0).value).toBe("первый");
  });

  const failures: [string, (op: string) => boolean][] = [
    [
      "the third chunk of cells",
      (
        (n = 0) =>
        (op: string) =>
          op.endsWith(" formulas") && ++n === 3
      )(),
    ],
    ["a merge", (op) => op.includes("merge")],
    ["the swap (deleting the old sheet)", (op) => op === "delete Мониторинг"],
  ];
  it.each(failures)(
    "leaves no temporary sheet and the old generated sheet intact when %s fails",
    async (_what, failOn) => {
      const { fake, host } = make({ Реестр: [["Школа"]], Итоги: [["всего", 60]] });
      await host.writeSheetPlan(monitoring("исходный", 20));
      const before = { names: names(fake), grid: sheet(fake, "Мониторинг").grid() };
      const marks = await host.getSetting(GENERATED_SHEETS_KEY);
      fake.failOn = failOn;
      await expect(host.writeSheetPlan(monitoring("сломанный", 7_000))).rejects.toMatchObject({
        code: "GeneralException",
      });
      expect(fake.failOn).toBeUndefined(); // the failure did happen
      expect(names(fake)).toEqual(before.names);
      expect(sheet(fake, "Мониторинг").grid()).toEqual(before.grid);
      expect(await host.getSetting(GENERATED_SHEETS_KEY)).toEqual(marks);
    },
  );
});

describe("ExcelHost.writeSheetPlan: older Excel", () => {
  it("writes notes as comments before ExcelApi 1.18, and says so in Russian", async () => {
    const { fake, host } = make(undefined, (version: string) => Number(version.split(".")[1]) < 18);
    await host.writeSheetPlan(monitoring("x"));
    expect(fake.log).toEqual([`comments.add(B3,"Источник: 'ВПР 2022-2023'!F7")`]);
    expect(sheet(fake, "Мониторинг").log.some((op) => op.startsWith("notes"))).toBe(false);
    expect(host.lastWriteIssues).toEqual([
      { code: "host-notes-as-comments", params: { set: "ExcelApi 1.18", sheet: "Мониторинг" } },
    ]);
  });

  it("leaves out lists, the filter and print setup on ExcelApi 1.7, writes the rest, and lists what is missing", async () => {
    const { fake, host } = make(undefined, (version: string) => Number(version.split(".")[1]) <= 7);
    await host.writeSheetPlan(monitoring("x"));
    const log = sheet(fake, "Мониторинг").log;
    expect(log.some((op) => op.includes("dataValidation") || op.startsWith("pageLayout"))).toBe(false);
    expect(log).toContain("A1:E1.merge(false)");
    expect(host.lastWriteIssues.map((problem) => problem.params?.feature)).toEqual([
      "пояснения к ячейкам",
      "выпадающие списки",
      "фильтр",
      "параметры печати",
    ]);
    const { messageRu } = await import("../../src/core/messages-ru");
    expect(messageRu(host.lastWriteIssues[1])).toBe(
      "Лист «Мониторинг» записан без части оформления (выпадающие списки): эта версия Excel не поддерживает набор ExcelApi 1.8. Обновите Excel или откройте книгу в Excel в Интернете, чтобы получить лист полностью.",
    );
  });

  it("refuses before any request when ExcelApi 1.7 is missing", async () => {
    const { fake, host } = make(undefined, (version: string) => Number(version.split(".")[1]) < 7);
    await expect(host.writeSheetPlan(monitoring("x"))).rejects.toMatchObject({
      issue: { code: "host-unsupported" },
    });
    expect(fake.syncs).toBe(0);
  });
});
