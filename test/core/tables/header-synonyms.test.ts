import { headerUnit, recognizeHeader, recognizeHeaderPair } from "../../../src/core/tables/header-synonyms";

describe("recognizeHeader", () => {
  test.each([
    ["№ п/п", "rowNumber", undefined],
    ["ОО", "school", undefined],
    ["Наименование ОО", "school", undefined],
    ["Образовательная организация", "school", undefined],
    ["Полное наименование учреждения", "school", undefined],
    ["Логин ОО", "schoolCode", undefined],
    ["Адрес", "address", undefined],
    ["Год", "year", undefined],
    ["Учебный год", "year", undefined],
    ["Класс", "grade", undefined],
    ["Предмет", "subject", undefined],
    ["Оценочная процедура", "procedure", undefined],
    ["Кол-во уч.", "participants", "count"],
    ["Количество участников", "participants", "count"],
    ["Писавших работу", "participants", undefined],
    ["«2»", "mark2", undefined],
    ['% "3"', "mark3", "percent"],
    ["Отметка «4», чел.", "mark4", "count"],
    ["Кол-во пятёрок", "mark5", "count"],
    ["Понизили (отм. < отм. по журналу), %", "lowered", "percent"],
    ["Подтвердили", "confirmed", undefined],
    ["Повысили (отм. > отм. по журналу), %", "raised", "percent"],
    ["Средний балл", "avgScore", undefined],
    ["Средний тестовый балл", "avgScore", undefined],
    ["Ср. балл", "avgScore", undefined],
    ["Средняя отметка", "avgMark", undefined],
    ["Не справились, %", "failShare", "percent"],
    ["Доля не преодолевших минимальный порог, %", "belowMin", "percent"],
    ["Ниже минимального балла", "belowMin", undefined],
    ["Доля 80-100 баллов", "share80_100", "percent"],
    ["Успеваемость, %", "success", "percent"],
    ["Качество знаний, %", "quality", "percent"],
    ["Количество обучающихся", "students", "count"],
    ["Численность обучающихся на 01.09", "students", undefined],
    ["Обучающиеся с ОВЗ, чел.", "ovz", "count"],
    ["Доля обучающихся с ОВЗ", "ovz", "percent"],
    ["Инофоны, %", "inophone", "percent"],
    ["Дети из малоимущих семей", "lowIncome", undefined],
    ["Состоят на учёте в ПДН/ВШУ", "registered", undefined],
    ["Индекс сложности контингента", "contextIndex", undefined],
    ["Педагогических работников, всего", "teachers", undefined],
    ["Высшая квалификационная категория", "categoryHighest", undefined],
    ["Первая категория, %", "categoryFirst", "percent"],
    ["Стаж до 3 лет", "experienceUnder3", undefined],
    ["Педагоги старше 65 лет", "over65", undefined],
    ["Вакансии (ставки)", "vacancies", undefined],
    ["Особенности микрорайона, балл", "microdistrictIndex", undefined],
    ["Доля новостроек", "newHousing", "percent"],
    ["ШНОР", "shnorFlag", undefined],
  ])("%p is %p (unit %p)", (header, role, unit) => {
    const guess = recognizeHeader(header);
    expect(guess?.role).toBe(role);
    expect(guess?.unit).toBe(unit);
  });

  test.each(["Примечание", "", "Кол-во ОО", "Телефон директора", "Итого"])("%p names no role", (header) => {
    expect(recognizeHeader(header)).toBeUndefined();
  });

  test("a bare digit is a tentative mark", () => {
    expect(recognizeHeader("2")).toEqual({ role: "mark2", bareMark: true });
    expect(recognizeHeader("6")).toBeUndefined();
  });
});

describe("recognizeHeaderPair", () => {
  test.each([
    ["Распределение отметок, %", "2", "mark2", "percent"],
    ["«5»", "чел.", "mark5", "count"],
    ["ОВЗ", "%", "ovz", "percent"],
    ["Математика", "Средний балл", "avgScore", undefined],
    ["Участники", "", "participants", undefined],
    ["", "Кол-во уч.", "participants", "count"],
  ])("%p over %p is %p (unit %p)", (upper, lower, role, unit) => {
    const guess = recognizeHeaderPair(upper, lower);
    expect(guess?.role).toBe(role);
    expect(guess?.unit).toBe(unit);
  });
});

describe("headerUnit", () => {
  test.each([
    ["ОВЗ, %", "percent"],
    ["Доля «2»", "percent"],
    ["Кол-во", "count"],
    ["чел.", "count"],
    ["Средний балл", undefined],
  ])("%p → %p", (header, unit) => expect(headerUnit(header)).toBe(unit));
});
