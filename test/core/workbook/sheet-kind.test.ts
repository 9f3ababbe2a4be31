import { kindFromColumns, kindFromText, recognizeSheetKind } from "../../../src/core/workbook/sheet-kind";

describe("kindFromText", () => {
  test.each([
    ["ВПР 2023", "vpr"],
    ["впр_5кл_мат", "vpr"],
    ["Статистика по отметкам", "vpr"],
    ["ОГЭ-2022", "oge"],
    ["ГИА-9 2023", "oge"],
    ["ЕГЭ 2023", "ege"],
    ["ГИА-11", "ege"],
    ["РДР 2022", "rdr"],
    ["Соц. паспорт", "contingent"],
    ["Контингент 2023", "contingent"],
    ["Социальный паспорт ОО Кировского района", "contingent"],
    ["Кадры", "staffing"],
    ["Кадровый состав", "staffing"],
    ["Микрорайон", "microdistrict"],
    ["Список ОО", "registry"],
    ["Реестр", "registry"],
    ["Школы района", "registry"],
    ["Лист1", undefined],
    ["Итоги", undefined],
  ])("%p → %p", (text, kind) => expect(kindFromText(text)).toBe(kind));
});

describe("kindFromColumns", () => {
  test.each([
    [["school", "participants", "mark2", "mark3", "mark4", "mark5"], "vpr"],
    [["school", "lowered", "confirmed", "raised"], "vpr"],
    [["school", "participants", "avgScore", "avgMark"], "oge"],
    [["school", "participants", "avgScore", "failShare"], "oge"],
    [["school", "subject", "avgScore", "belowMin", "share80_100"], "ege"],
    [["school", "students", "ovz", "inophone"], "contingent"],
    [["school", "teachers", "categoryHighest", "vacancies"], "staffing"],
    [["school", "microdistrictIndex", "newHousing"], "microdistrict"],
    [["rowNumber", "school", "address"], "registry"],
    [["school", "avgScore"], undefined],
    [[], undefined],
  ] as const)("%p → %p", (roles, kind) => expect(kindFromColumns(roles)).toBe(kind));
});

describe("recognizeSheetKind", () => {
  test("the name wins over the title and the columns", () => {
    expect(recognizeSheetKind("Кадры", ["Результаты ВПР"], ["school", "mark2", "mark3", "mark4"])).toEqual({
      kind: "staffing",
      source: "name",
    });
  });
  test("the title, when the name says nothing", () => {
    expect(recognizeSheetKind("Лист3", ["Статистика по отметкам", "Дата: 20.04.2022"], [])).toEqual({
      kind: "vpr",
      source: "title",
    });
  });
  test("the columns, when name and title say nothing", () => {
    expect(recognizeSheetKind("2023", [], ["school", "avgScore", "belowMin"])).toEqual({
      kind: "ege",
      source: "columns",
    });
  });
  test("unknown otherwise", () => {
    expect(recognizeSheetKind("Лист1", [], ["school", "avgScore"])).toEqual({
      kind: "unknown",
      source: "none",
    });
  });
});
