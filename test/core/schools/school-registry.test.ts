import fc from "fast-check";
import type { CellValue } from "../../../src/core/cells/cell-value";
import { buildRegistry, resolveSchool, type SchoolRegistry } from "../../../src/core/schools/school-registry";

/** A district school list as a registry sheet writes it: full names, a totals row, a blank. */
const KIROV: readonly CellValue[] = [
  "ГБОУ СОШ № 221 Кировского района Санкт-Петербурга",
  "ГБОУ СОШ № 223 Кировского района Санкт-Петербурга",
  "ГБОУ гимназия № 397 Кировского района Санкт-Петербурга",
  "ГБОУ лицей № 344 Кировского района Санкт-Петербурга",
  "ГБОУ СОШ № 506 с углубленным изучением иностранных языков Кировского района Санкт-Петербурга",
  "ГБОУ ЦО № 162 Кировского района Санкт-Петербурга",
  "ГБОУ школа-интернат № 2 Кировского района Санкт-Петербурга",
  "ГБОУ СОШ № 2 Кировского района Санкт-Петербурга",
  "",
  "Итого по району",
];

const keyOf = (name: CellValue, registry: SchoolRegistry): string | undefined => {
  const result = resolveSchool(name, registry);
  return result.ok ? result.value.key : undefined;
};

describe("buildRegistry", () => {
  test("one entry per school, keys by schoolId, totals and blanks left out", () => {
    expect(buildRegistry(KIROV).entries.map((e) => e.key)).toEqual([
      "221",
      "223",
      "397",
      "344",
      "506",
      "ЦО 162",
      "интернат 2",
      "2",
    ]);
  });

  test("spellings of one school merge into its first name", () => {
    const registry = buildRegistry(["ГБОУ СОШ № 221", "СОШ №221", 221, "sch780221 ГБОУ СОШ № 221"]);
    expect(registry.entries).toEqual([{ key: "221", name: "ГБОУ СОШ № 221" }]);
  });

  test("«Школа №1» and «Гимназия №1» in one list keep apart, a bare «1» is left out", () => {
    const registry = buildRegistry(["Школа №1", "Гимназия №1", "1", "МОУ СОШ № 1"]);
    expect(registry.entries).toEqual([
      { key: "школа 1", name: "Школа №1" },
      { key: "гимназия 1", name: "Гимназия №1" },
    ]);
  });

  test("ambiguous names are left out", () => {
    expect(buildRegistry(["СОШ № 221, 223", "221/223"]).entries).toEqual([]);
  });
});

describe("resolveSchool", () => {
  const registry = buildRegistry(KIROV);

  test.each<[CellValue, string]>([
    ["СОШ №221", "221"],
    [221, "221"],
    ["sch780221 ГБОУ СОШ № 221", "221"],
    ["гимназия 397", "397"],
    ["Гимназия № 397 ", "397"],
    ["397", "397"],
    ["ЦО 162", "ЦО 162"],
    ["ГБОУ ЦО № 162", "ЦО 162"],
    ["школа 162", "ЦО 162"],
    ["СОШ № 162", "ЦО 162"],
    [162, "ЦО 162"],
    ["школа-интернат №2", "интернат 2"],
    ["СОШ № 2", "2"],
    ["школа № 2", "2"],
    ["ГБОУ СОШ № 506 с углублённым изучением иностранных языков", "506"],
  ])("%p → %p", (name, key) => {
    expect(keyOf(name, registry)).toBe(key);
  });

  test("the entry carries the registry's own name", () => {
    expect(resolveSchool("СОШ №221", registry)).toEqual({
      ok: true,
      value: { key: "221", name: "ГБОУ СОШ № 221 Кировского района Санкт-Петербурга" },
    });
  });

  test("a bare number shared by a school and a boarding school is ambiguous", () => {
    for (const name of ["2", 2]) {
      expect(resolveSchool(name, registry)).toEqual({
        ok: false,
        issue: { code: "school-ambiguous", params: { text: "2", candidates: ["интернат 2", "2"] } },
      });
    }
  });

  test("a school not in the registry is unknown, a special kind never falls back to an ordinary school", () => {
    expect(resolveSchool("СОШ № 999", registry)).toEqual({
      ok: false,
      issue: { code: "school-unknown", params: { text: "СОШ № 999" } },
    });
    expect(resolveSchool("ЦО № 221", registry).ok).toBe(false);
    expect(resolveSchool("школа-интернат № 223", registry).ok).toBe(false);
  });

  test("the issues of schoolId pass through", () => {
    expect(resolveSchool("", registry)).toEqual({ ok: false, issue: { code: "school-empty" } });
    expect(resolveSchool("Итого по району", registry).ok).toBe(false);
    const ambiguous = resolveSchool("СОШ № 221, 223", registry);
    expect(ambiguous.ok ? undefined : ambiguous.issue.params?.candidates).toEqual(["221", "223"]);
  });

  test("«Школа №1» and «Гимназия №1» resolve by type, «1» and «ОУ № 1» are ambiguous", () => {
    const towns = buildRegistry(["Школа №1", "Гимназия №1", "Лицей № 2"]);
    expect(keyOf("МОУ СОШ № 1", towns)).toBe("школа 1");
    expect(keyOf("гимназия 1", towns)).toBe("гимназия 1");
    expect(keyOf("школа 1", towns)).toBe("школа 1");
    expect(keyOf("школа 2", towns)).toBe("2");
    for (const name of ["1", "ОУ № 1"]) {
      const result = resolveSchool(name, towns);
      expect(result.ok ? undefined : result.issue).toEqual({
        code: "school-ambiguous",
        params: { text: name, candidates: ["школа 1", "гимназия 1"] },
      });
    }
  });

  test("works on a registry written by hand, with keys only", () => {
    const handMade: SchoolRegistry = {
      entries: [
        { key: "ЦО 162", name: "ЦО" },
        { key: "221", name: "Школа" },
      ],
    };
    expect(keyOf("ГБОУ ЦО № 162", handMade)).toBe("ЦО 162");
    expect(keyOf("школа 221", handMade)).toBe("221");
  });

  test("every registry name resolves to its own entry", () => {
    for (const entry of registry.entries)
      expect(resolveSchool(entry.name, registry)).toEqual({ ok: true, value: entry });
    for (const entry of registry.entries)
      expect(resolveSchool(entry.key, registry).ok || entry.key === "2").toBe(true);
  });

  test("never throws on arbitrary cell values", () => {
    const cell = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 8 }), cell, (names, name) => {
        const result = resolveSchool(name, buildRegistry(names));
        expect(typeof result.ok).toBe("boolean");
      }),
    );
  });
});
