import { yearFromCell, yearFromText } from "../../../src/core/workbook/year";

describe("yearFromText", () => {
  test.each([
    ["ВПР 2023", 2023],
    ["ОГЭ-2022", 2022],
    ["ЕГЭ_2021", 2021],
    ["Итоги 2022/2023 уч. года", 2023],
    ["2022-2023", 2023],
    ["2022–23 учебный год", 2023],
    ["Результаты ВПР 2023, Кировский район", 2023],
    ["Данные на 2023 г.", 2023],
    ["Дата: 20.04.2022", 2022],
    ["РДР 2024 (сравнение с 2023)", 2024],
    ["Соц. паспорт", undefined],
    ["sch782023", undefined],
    ["СОШ № 221", undefined],
    ["2019-2023", 2019],
  ])("%p → %p", (text, year) => expect(yearFromText(text)).toBe(year));
});

describe("yearFromCell", () => {
  test.each([
    [2023, 2023],
    ["2023", 2023],
    ["2022/2023", 2023],
    [" 2022-2023 уч.г. ", 2023],
    [2023.5, undefined],
    [45000, undefined],
    [null, undefined],
    [true, undefined],
    ["", undefined],
  ])("%p → %p", (cell, year) => expect(yearFromCell(cell)).toBe(year));
});
