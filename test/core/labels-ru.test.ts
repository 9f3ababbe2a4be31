import { capitalRu, COLUMN_ROLE_RU, MAP_SOURCE_RU, SHEET_KIND_RU } from "../../src/core/labels-ru";
import { COLUMN_ROLES } from "../../src/core/tables/column-role";
import { SHEET_KINDS } from "../../src/core/workbook/sheet-kind";

describe("Russian labels", () => {
  test.each([
    ["sheet kinds", SHEET_KINDS, SHEET_KIND_RU as Readonly<Record<string, string>>],
    ["column roles", COLUMN_ROLES, COLUMN_ROLE_RU as Readonly<Record<string, string>>],
  ] as const)("every one of the %s has its own non-empty Cyrillic name", (_, keys, names) => {
    expect(Object.keys(names).sort()).toEqual([...keys].sort());
    const texts = keys.map((k) => names[k]);
    for (const text of texts) expect(text).toMatch(/[А-Яа-яЁё«№]/u);
    expect(new Set(texts).size).toBe(texts.length);
  });

  test("map sources are Russian phrases", () => {
    for (const text of Object.values(MAP_SOURCE_RU)) expect(text).toMatch(/^[а-яё ]+$/u);
  });

  test.each([
    ["список ОО", "Список ОО"],
    ["ВПР", "ВПР"],
    ["отметка «2»", "Отметка «2»"],
    ["ёлка", "Ёлка"],
    ["№ п/п", "№ п/п"],
    ["", ""],
  ])("capitalRu(%j) → %j", (text, expected) => {
    expect(capitalRu(text)).toBe(expected);
  });
});
