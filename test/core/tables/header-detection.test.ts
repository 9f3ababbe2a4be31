import { detectHeader, twoRowLabels } from "../../../src/core/tables/header-detection";

describe("detectHeader", () => {
  test("a title row right above a one-row header does not make a two-row header", () => {
    const block = detectHeader([
      ["Результаты ОГЭ 2023", "", ""],
      ["ОО", "Средний балл", "Средняя отметка"],
      ["СОШ № 1", "15,2", "3,8"],
    ]);
    expect(block?.top).toBe(1);
    expect(block?.height).toBe(1);
    expect(block?.labels.map((l) => l.text)).toEqual(["ОО", "Средний балл", "Средняя отметка"]);
  });

  test("the first data row never becomes a lower header row", () => {
    const block = detectHeader([
      ["ОО", "Кол-во", "Примечание"],
      ["СОШ № 1", 25, "ШНОР"],
    ]);
    expect(block).toMatchObject({ top: 0, height: 1 });
  });

  test("a two-row header whose upper cells name units per mark", () => {
    const block = detectHeader([
      ["Школа", "«2»", "", "«3»", "", "«4»", "", "«5»", ""],
      ["", "чел.", "%", "чел.", "%", "чел.", "%", "чел.", "%"],
      ["СОШ № 1", 3, "10", 12, "40", 12, "40", 3, "10"],
    ]);
    expect(block?.height).toBe(2);
    expect(block?.labels.map((l) => [l.text, l.guess?.role, l.guess?.unit])).toEqual([
      ["Школа", "school", undefined],
      ["«2» / чел.", "mark2", "count"],
      ["«2» / %", "mark2", "percent"],
      ["«3» / чел.", "mark3", "count"],
      ["«3» / %", "mark3", "percent"],
      ["«4» / чел.", "mark4", "count"],
      ["«4» / %", "mark4", "percent"],
      ["«5» / чел.", "mark5", "count"],
      ["«5» / %", "mark5", "percent"],
    ]);
  });

  test("bare digits alone are not marks", () => {
    const block = detectHeader([
      ["ОО", "Класс", "2"],
      ["СОШ № 1", 5, 1],
    ]);
    expect(block?.labels.map((l) => l.guess?.role)).toEqual(["school", "grade", undefined]);
  });

  test("no header in prose or numbers", () => {
    expect(detectHeader([["Пояснительная записка"], [1, 2, 3]])).toBeUndefined();
    expect(detectHeader([])).toBeUndefined();
  });
});

describe("twoRowLabels", () => {
  test("a vertically merged cell does not spill its label to the right", () => {
    expect(twoRowLabels(["ОО", "", "Отметки"], ["", "Адрес", "2"]).map((l) => l.text)).toEqual([
      "ОО",
      "Адрес",
      "Отметки / 2",
    ]);
  });
});

describe("merged cells repeated by the reader", () => {
  test("a header whose merged cells repeat their value reads like one with blanks", () => {
    const block = detectHeader([
      ["№ п/п", "Наименование ОО", "Русский язык", "Русский язык", "Математика", "Математика"],
      [
        "№ п/п",
        "Наименование ОО",
        "Кол-во участников",
        "Средняя отметка",
        "Кол-во участников",
        "Средняя отметка",
      ],
      [1, "ГБОУ ЦО № 162", 31, 3.52, 31, 3.19],
    ]);
    expect(block?.height).toBe(2);
    expect(block?.labels.map((l) => [l.text, l.guess?.role])).toEqual([
      ["№ п/п", "rowNumber"],
      ["Наименование ОО", "school"],
      ["Русский язык / Кол-во участников", "participants"],
      ["Русский язык / Средняя отметка", "avgMark"],
      ["Математика / Кол-во участников", "participants"],
      ["Математика / Средняя отметка", "avgMark"],
    ]);
  });
});
