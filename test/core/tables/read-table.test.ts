import { a1 } from "../../../src/core/cells/a1";
import type { SheetValues } from "../../../src/core/cells/cell-value";
import { readTable } from "../../../src/core/tables/read-table";
import type { Table } from "../../../src/core/tables/table";
import { cellAddress, columnOf, numberOf } from "../../../src/core/tables/table-access";
import {
  CONTINGENT_2023,
  EGE_2023,
  FISOKO_VPR,
  OGE_2022,
  REGISTRY,
  VPR_2023,
} from "../fixtures/district-sheets";

function table(sheet: SheetValues): Table {
  const result = readTable(sheet);
  if (!result.ok) throw new Error(`no table on ${sheet.name}: ${result.issue.code}`);
  return result.value;
}

function numbers(t: Table, role: Parameters<typeof numberOf>[2]): (number | string)[] {
  return t.rows.map((row) => {
    const r = numberOf(t, row, role);
    return r.ok ? Math.round(r.value * 1000) / 1000 : r.issue.code;
  });
}

describe("readTable: ВПР with a title and a two-row merged header", () => {
  const t = table(VPR_2023);

  test("finds the header under the title rows", () => {
    expect(t.headerRow).toBe(3);
    expect(t.headerHeight).toBe(2);
    expect(t.titleLines).toEqual(["Результаты ВПР 2023, Кировский район", "Математика, 5 класс"]);
  });

  test("carries the merged upper label to the right and joins it with the lower one", () => {
    expect(t.columns.map((c) => [c.header, c.role])).toEqual([
      ["ОО", "school"],
      ["Кол-во участников", "participants"],
      ["Распределение отметок, % / 2", "mark2"],
      ["Распределение отметок, % / 3", "mark3"],
      ["Распределение отметок, % / 4", "mark4"],
      ["Распределение отметок, % / 5", "mark5"],
      ["Соответствие отметок журналу, % / Понизили", "lowered"],
      ["Соответствие отметок журналу, % / Подтвердили", "confirmed"],
      ["Соответствие отметок журналу, % / Повысили", "raised"],
    ]);
    expect(columnOf(t, "mark2")).toMatchObject({
      percent: true,
      fractions: false,
      group: "Распределение отметок, %",
    });
    expect(columnOf(t, "participants")).toMatchObject({ percent: false });
  });

  test("keeps data rows with their sheet rows and skips the spacer and the totals with reasons", () => {
    expect(t.rows.map((r) => [r.sheetRow, r.schoolText])).toEqual([
      [5, "ГБОУ СОШ № 221 Кировского района Санкт-Петербурга"],
      [6, "СОШ №223"],
      [8, "гимназия 397"],
    ]);
    expect(t.skipped).toEqual([
      { sheetRow: 7, offset: 7, reason: "spacer", text: "" },
      { sheetRow: 9, offset: 9, reason: "total", text: "Итого по району" },
    ]);
  });

  test("reads «12,5», «31,3%» and refuses dashes, «н/д» and Excel errors", () => {
    expect(numbers(t, "mark2")).toEqual([12.5, 31.3, "empty"]);
    expect(numbers(t, "mark3")).toEqual([40.3, 45.8, "empty"]);
    expect(numbers(t, "mark4")).toEqual([35, 18.8, "empty"]);
    expect(numbers(t, "mark5")).toEqual([12.2, 4.1, "excel-error"]);
    expect(numbers(t, "lowered")).toEqual([20.1, 30, "excel-error"]);
    expect(numbers(t, "participants")).toEqual([54, 48, 61]);
  });

  test("gives exact A1 addresses", () => {
    const mark5 = columnOf(t, "mark5");
    expect(mark5 && cellAddress(t.rows[2], mark5)).toBe("F9");
  });
});

describe("readTable: ФИС ОКО «Статистика по отметкам»", () => {
  const t = table(FISOKO_VPR);

  test("reads the header under the title block, bare 2…5 as marks in percents", () => {
    expect(t.headerRow).toBe(6);
    expect(t.headerHeight).toBe(1);
    expect(t.titleLines).toContain("Дата: 20.04.2022");
    expect(t.columns.map((c) => c.role)).toEqual([
      "school",
      "participants",
      "mark2",
      "mark3",
      "mark4",
      "mark5",
    ]);
    expect(t.columns.slice(2).every((c) => c.percent && !c.fractions)).toBe(true);
  });

  test("skips «Вся выборка», the region and the district as aggregates", () => {
    expect(t.skipped.map((s) => [s.sheetRow, s.reason, s.text])).toEqual([
      [7, "aggregate", "Вся выборка"],
      [8, "aggregate", "Санкт-Петербург"],
      [9, "aggregate", "Кировский район"],
    ]);
  });

  test("splits ФИС ОКО logins off the school names", () => {
    expect(t.rows.map((r) => [r.login, r.schoolText])).toEqual([
      ["sch780221", "ГБОУ СОШ № 221"],
      ["sch780240", "ГБОУ СОШ № 240"],
      ["sch780162", "ГБОУ ЦО № 162"],
    ]);
    expect(numbers(t, "mark2")).toEqual([13.46, 36.17, 25]);
  });
});

describe("readTable: ОГЭ on a range starting at B4", () => {
  const t = table(OGE_2022);

  test("maps columns and rows to sheet indices", () => {
    expect(t.headerRow).toBe(4);
    expect(t.columns.map((c) => [a1(t.headerRow, c.index), c.role])).toEqual([
      ["B5", "rowNumber"],
      ["C5", "school"],
      ["D5", "participants"],
      ["E5", "avgScore"],
      ["F5", "failShare"],
    ]);
    const school = columnOf(t, "school");
    expect(school && t.rows.map((r) => cellAddress(r, school))).toEqual(["C6", "C7", "C8", "C9"]);
    expect(t.skipped.map((s) => [a1(s.sheetRow, t.firstColumn), s.reason])).toEqual([
      ["B10", "spacer"],
      ["B11", "total"],
    ]);
  });

  test("a lone «Доля «2»» is the failure share, read from fractions", () => {
    expect(columnOf(t, "failShare")).toMatchObject({ percent: true, fractions: true });
    expect(numbers(t, "failShare")).toEqual([8.5, 0, "empty", 20]);
    expect(numbers(t, "avgScore")).toEqual([13.2, 18.4, "excel-error", 11]);
    expect(numbers(t, "participants")).toEqual([71, 90, "empty", 15]);
  });
});

describe("readTable: ЕГЭ with a repeated header", () => {
  const t = table(EGE_2023);

  test("skips the repeated header and the «Всего» row", () => {
    expect(t.skipped.map((s) => [s.sheetRow, s.reason])).toEqual([
      [3, "header"],
      [5, "total"],
    ]);
    expect(t.rows.map((r) => r.sheetRow)).toEqual([1, 2, 4]);
    expect(t.columns.map((c) => c.role)).toEqual([
      "school",
      "subject",
      "participants",
      "avgScore",
      "belowMin",
      "share80_100",
    ]);
    expect(numbers(t, "belowMin")).toEqual([0, 4.5, 8]);
  });
});

describe("readTable: contingent as one long table with a year column", () => {
  const t = table(CONTINGENT_2023);

  test("carries a vertically merged school name down, skips the note", () => {
    expect(t.rows.map((r) => [r.sheetRow, r.schoolText, r.schoolFromAbove ?? false])).toEqual([
      [2, "ГБОУ СОШ № 221", false],
      [3, "ГБОУ СОШ № 221", true],
      [4, "ГБОУ СОШ № 538", false],
      [5, "ГБОУ СОШ № 538", true],
    ]);
    expect(t.skipped.map((s) => s.reason)).toEqual(["note"]);
  });

  test("counts stay counts, a «%» header makes percents", () => {
    expect(t.columns.map((c) => [c.role, c.percent])).toEqual([
      ["school", false],
      ["year", false],
      ["students", false],
      ["ovz", false],
      ["inophone", true],
      ["registered", false],
    ]);
    expect(numbers(t, "inophone")).toEqual([3.5, 4.1, 12, 13.7]);
  });
});

describe("readTable: corner cases", () => {
  test("the registry has no numbers and still reads", () => {
    const t = table(REGISTRY);
    expect(t.columns.map((c) => c.role)).toEqual(["rowNumber", "school", "schoolType", "address"]);
    expect(t.rows).toHaveLength(9);
  });

  test("a sheet with no header is an issue, not a throw", () => {
    const empty = readTable({ name: "Пусто", firstRow: 0, firstColumn: 0, values: [] });
    expect(empty).toEqual({ ok: false, issue: { code: "no-table", params: { sheet: "Пусто" } } });
    const prose = readTable({
      name: "Записка",
      firstRow: 0,
      firstColumn: 0,
      values: [["Пояснительная записка"], ["Текст"]],
    });
    expect(prose.ok).toBe(false);
  });

  test("percent columns of fractions and of whole percents are told apart per column", () => {
    const t = table({
      name: "ВПР",
      firstRow: 0,
      firstColumn: 0,
      values: [
        ["Школа", "«2», %", "«3», %", "«4», %", "«5», %"],
        ["СОШ № 1", 0.125, 0.5, 0.25, 0.125],
        ["СОШ № 2", 0, 1, 0, 0],
      ],
    });
    expect(t.columns.slice(1).map((c) => c.fractions)).toEqual([true, true, true, true]);
    expect(numbers(t, "mark3")).toEqual([50, 100]);
  });

  test("mark counts stay counts", () => {
    const t = table({
      name: "ВПР",
      firstRow: 0,
      firstColumn: 0,
      values: [
        ["ОО", "Участники", "«2»", "«3»", "«4»", "«5»"],
        ["СОШ № 1", 30, 3, 12, 10, 5],
        ["СОШ № 2", 25, 1, 10, 10, 4],
      ],
    });
    expect(t.columns.slice(2).every((c) => !c.percent)).toBe(true);
  });

  test("user overrides set a role, drop one, and force percents", () => {
    const result = readTable(
      {
        name: "Лист2",
        firstRow: 0,
        firstColumn: 0,
        values: [
          ["ОО", "Показатель X", "Примечание", "ОВЗ"],
          ["СОШ № 1", 3, "нет", 12],
        ],
      },
      {
        columns: [
          { header: "показатель x", role: "contextIndex" },
          { header: "ОО", role: "school" },
          { header: "ОВЗ", percent: true },
          { header: "Примечание", role: null },
        ],
      },
    );
    expect(result.ok && result.value.columns.map((c) => [c.role, c.percent, c.corrected ?? false])).toEqual([
      ["school", false, true],
      ["contextIndex", false, true],
      [undefined, false, true],
      ["ovz", true, true],
    ]);
  });
});

describe("readTable: a wide ОГЭ table, subjects side by side", () => {
  const t = table({
    name: "ОГЭ 2022",
    firstRow: 0,
    firstColumn: 0,
    values: [
      ["Результаты ОГЭ 2022 года (основной период) по ОО Кировского района", "", "", "", "", ""],
      ["", "", "", "", "", ""],
      ["№ п/п", "Наименование ОО", "Русский язык", "", "Математика", ""],
      ["", "", "Средний первичный балл", "Доля «2», %", "Средний первичный балл", "Доля «2», %"],
      [1, "ГБОУ ЦО № 162 Кировского района Санкт-Петербурга", "21,7", "9,7", "13,4", "19,4"],
    ],
  });

  test("each block of columns keeps its subject as the group", () => {
    expect(t.columns.map((c) => [c.group, c.role])).toEqual([
      [undefined, "rowNumber"],
      [undefined, "school"],
      ["Русский язык", "avgScore"],
      ["Русский язык", "failShare"],
      ["Математика", "avgScore"],
      ["Математика", "failShare"],
    ]);
    expect(t.titleLines).toEqual(["Результаты ОГЭ 2022 года (основной период) по ОО Кировского района"]);
  });
});
