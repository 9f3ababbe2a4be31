import fc from "fast-check";
import type { CellValue } from "../../../src/core/cells/cell-value";
import { schoolId } from "../../../src/core/schools/school-id";

/** Spellings of one school that must all give the same key. */
const SAME_KEY: readonly [CellValue, string][] = [
  ["ГБОУ СОШ № 221 Кировского района Санкт-Петербурга", "221"],
  ["Государственное бюджетное общеобразовательное учреждение средняя общеобразовательная школа № 221", "221"],
  ["СОШ №221", "221"],
  ["СОШ№221", "221"],
  ["221", "221"],
  [" 221 ", "221"],
  [221, "221"],
  [221.0, "221"],
  ["ОУ 221", "221"],
  ["ОО № 221", "221"],
  ["sch780221 ГБОУ СОШ № 221", "221"],
  ["sch781045 ГБОУ СОШ № 221 Кировского района Санкт-Петербурга", "221"],
  ["  ГБОУ   СОШ\u00a0№\u00a0221  ", "221"],
  ["ГБОУ СОШ No 221", "221"],
  ["ГБОУ СОШ No.221", "221"],
  ["ГБОУ СОШ N221", "221"],
  ["ГБОУ СОШ Nº 221", "221"],
  ["сош #221", "221"],
  ["COШ № 221", "221"], // Latin C and O
  ["ГБOУ CОШ №221", "221"],
  ["ГБОУ «СОШ № 221»", "221"],
  ['ГБОУ "СОШ № 221"', "221"],
  ["ГБОУ СОШ № 221 им. А.С. Пушкина", "221"],
  ["ГБОУ СОШ № 221 имени Героя Советского Союза", "221"],
  ["гимназия 397", "397"],
  ["Гимназия № 397 ", "397"],
  ["ГБОУ гимназия № 397 им. 60-летия Октября", "397"],
  ["лицей № 344", "344"],
  ["ГБОУ Лицей №344", "344"],
  ["ГБОУ СОШ № 506 с углубленным изучением иностранных языков", "506"],
  ["ГБОУ СОШ № 506 с углублённым изучением иностранных языков Кировского района", "506"],
  ["ГБОУ школа № 618", "618"],
  ["школа  № 618", "618"],
  ["ВПР 2023: ГБОУ СОШ № 221", "221"],
  ["СОШ 221 (2023)", "221"],
  ["221 (данные 2023 г.)", "221"],
  ["ГБОУ СОШ № 221, 2022-2023 уч. год", "221"],
  ["СОШ 221, ул. Стачек, д. 5", "221"],
  ["ГБОУ СОШ № 221, отделение № 2", "221"],
  ["ГБОУ СОШ Кировского района № 2", "2"],
  ["ГБОУ ЦО № 162", "ЦО 162"],
  ["ЦО №162", "ЦО 162"],
  ["Центр образования № 162", "ЦО 162"],
  ["ГБОУ центр образования № 162 Кировского района", "ЦО 162"],
  ["школа-интернат № 2", "интернат 2"],
  ["ГБОУ школа-интернат №2", "интернат 2"],
  ["Школа интернат N 2", "интернат 2"],
  ["специальная (коррекционная) школа-интернат № 2", "интернат 2"],
  ["ГБОУ специальная (коррекционная) школа № 5", "коррекционная 5"],
  ["С(К)ОУ № 5", "коррекционная 5"],
  ["ГБОУ начальная школа - детский сад № 662", "НШДС 662"],
  ["ГБДОУ детский сад № 12", "ДОУ 12"],
  ["ГБОУ вечерняя (сменная) школа № 3", "вечерняя 3"],
  ["ШРЯ № 4", "ШРЯ 4"],
];

/** Names that are not one school: an error with candidates, never a guess. */
const AMBIGUOUS: readonly [string, string[]][] = [
  ["СОШ № 221, 223", ["221", "223"]],
  ["221/223", ["221", "223"]],
  ["223/221", ["221", "223"]],
  ["221 и 223", ["221", "223"]],
  ["ГБОУ СОШ № 221 Кировского района № 2", ["2", "221"]],
  ["ГБОУ СОШ №№ 221, 251 и ГБОУ школа-интернат №2", ["интернат 2", "221", "251"]],
  ["СОШ № 223 и ЦО № 162", ["ЦО 162", "223"]],
];

const UNKNOWN: readonly CellValue[] = [
  "Итого по району",
  "Среднее по району",
  "Вся выборка",
  "Санкт-Петербург",
  "Кировский район",
  "sch780221",
  "ГБОУ «Балтийская школа»",
  "ШРЯ",
  true,
  false,
  22.5,
  0,
  -5,
  100000,
  Number.NaN,
];

describe("schoolId", () => {
  test.each(SAME_KEY)("%p → %p", (name, key) => {
    expect(schoolId(name)).toEqual({ ok: true, value: key });
  });

  test.each(AMBIGUOUS)("%p is ambiguous", (name, candidates) => {
    expect(schoolId(name)).toEqual({
      ok: false,
      issue: { code: "school-ambiguous", params: { text: name, candidates } },
    });
  });

  test.each(UNKNOWN)("%p is not a school", (name) => {
    const result = schoolId(name);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issue.code).toBe("school-unknown");
  });

  test.each<CellValue>(["", "   ", null, undefined, "-", "—", "н/д"])("%p is empty", (name) => {
    expect(schoolId(name)).toEqual({ ok: false, issue: { code: "school-empty" } });
  });

  test.each(["#Н/Д", "#N/A", "#ДЕЛ/0!"])("the Excel error %p is passed on", (name) => {
    expect(schoolId(name)).toEqual({ ok: false, issue: { code: "excel-error", params: { text: name } } });
  });

  test("«Школа №1» and «Гимназия №1» share the key: only a registry tells them apart", () => {
    expect(schoolId("Школа №1")).toEqual(schoolId("Гимназия №1"));
  });

  test("a year alone is read as a number, a year next to a number is not", () => {
    expect(schoolId("2023")).toEqual({ ok: true, value: "2023" });
    expect(schoolId("2023 221")).toEqual({ ok: true, value: "221" });
  });
});

/** Names built from parts the way workbooks write them, with the key each must give. */
const KIND_PREFIX: Readonly<Record<string, string>> = {
  ЦО: "ЦО ",
  "Центр образования": "ЦО ",
  "школа-интернат": "интернат ",
};
const spelled = fc
  .record({
    prefix: fc.constantFrom("", "ГБОУ ", "sch780123 ", "МБОУ "),
    kind: fc.constantFrom(
      "СОШ",
      "школа",
      "гимназия",
      "лицей",
      "ЦО",
      "школа-интернат",
      "ОУ",
      "",
      "Центр образования",
    ),
    sign: fc.constantFrom("№", "№ ", "N", "No ", " ", ""),
    number: fc.integer({ min: 1, max: 9999 }),
    tail: fc.constantFrom("", " Кировского района Санкт-Петербурга", " им. А.С. Пушкина", " (2023 г.)"),
  })
  .map((p) => ({
    name: `${p.prefix}${p.kind} ${p.sign}${p.number}${p.tail}`,
    key: `${KIND_PREFIX[p.kind] ?? ""}${p.number}`,
  }));
const spelledName = spelled.map((s) => s.name);

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: fc.constantFrom(..."№N o0123456789СОШЦОшкола-интернат,/и «»sch ") }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  spelledName,
);

describe("schoolId properties", () => {
  test("is idempotent: the key of a key is the key", () => {
    fc.assert(
      fc.property(anyCell, (name) => {
        const first = schoolId(name);
        if (first.ok) expect(schoolId(first.value)).toEqual(first);
      }),
      { numRuns: 3000 },
    );
  });

  test("never throws on any cell value and always gives a result or an issue", () => {
    fc.assert(
      fc.property(anyCell, (name) => {
        const result = schoolId(name);
        expect(typeof result.ok).toBe("boolean");
        if (result.ok) expect(result.value).toMatch(/^(?:\S+ )?[1-9]\d{0,3}$/u);
      }),
      { numRuns: 3000 },
    );
  });

  test("every spelling of a numbered school gives its key", () => {
    fc.assert(
      fc.property(spelled, ({ name, key }) => {
        expect(schoolId(name)).toEqual({ ok: true, value: key });
      }),
      { numRuns: 3000 },
    );
  });
});
