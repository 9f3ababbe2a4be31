import { classifyRow, isAggregateLabel, isTotalLabel, splitLogin } from "../../../src/core/tables/row-kind";

describe("row labels", () => {
  test.each([
    "Итого по району",
    "ИТОГО:",
    "Среднее по району",
    "Всего",
    "Средний балл по району",
    "В среднем",
  ])("%p is a totals label", (text) => expect(isTotalLabel(text)).toBe(true));
  test.each(["Средняя общеобразовательная школа № 5", "ГБОУ СОШ № 221", "Итоговая аттестация"])(
    "%p is not a totals label",
    (text) => expect(isTotalLabel(text)).toBe(false),
  );

  test.each([
    "Вся выборка",
    "Российская Федерация",
    "Санкт-Петербург",
    "г. Санкт-Петербург",
    "Ленинградская обл.",
    "Кировский район",
    "Кировский р-н",
    "Кировский муниципальный район",
  ])("%p is an aggregate", (text) => expect(isAggregateLabel(text)).toBe(true));
  test.each([
    "ГБОУ СОШ № 221 Кировского района",
    "sch780221 Кировский район",
    "Гимназия № 397",
    "Центр образования № 162",
    "",
  ])("%p is not an aggregate", (text) => expect(isAggregateLabel(text)).toBe(false));

  test.each([
    ["sch780221 ГБОУ СОШ № 221", { login: "sch780221", name: "ГБОУ СОШ № 221" }],
    ["SCH780221 - СОШ 221", { login: "sch780221", name: "СОШ 221" }],
    ["sch780221", { login: "sch780221", name: "" }],
    ["ГБОУ СОШ № 221", { name: "ГБОУ СОШ № 221" }],
    ["school 5", { name: "school 5" }],
  ])("splitLogin(%p)", (text, expected) => expect(splitLogin(text)).toEqual(expected));
});

describe("classifyRow", () => {
  const header = [["оо", "кол-во уч.", "2", "3"]];
  test.each([
    [["", null, undefined, "  "], "spacer"],
    [["Итого", 120, "", ""], "total"],
    [["", "", "Среднее по району", 14.2], "total"],
    [["Кировский район", 2710, "15,1", "43"], "aggregate"],
    [["ОО", "Кол-во уч.", 2, 3], "header"],
    [["Примечание: по данным ОО", "", "", ""], "note"],
    [["* без учёта ЦО № 162", "", "", ""], "note"],
    [["sch780221 ГБОУ СОШ № 221", 52, "13,5", "42"], undefined],
    [["", 52, "13,5", "42"], undefined],
    [["ГБОУ СОШ № 221", "", "", ""], undefined],
  ])("%p → %p", (cells, reason) => {
    expect(classifyRow(cells, { schoolOffset: 0, headerRows: header })).toBe(reason);
  });
});
