/**
 * One rule of «особая школа» for the pane, the CLI and the functions: special kinds (seed 003 leaves out
 * «ШРЯ и ГБОУ ЦО № 162») from any spelling of the name, ordinary schools — also typed keys — kept.
 */
import { isSpecialSchool, schoolId, specialKindOf } from "../../../src/core";
import { buildRegistry } from "../../../src/core/schools";

describe("isSpecialSchool", () => {
  test.each([
    // name as a district writes it, expected kind (undefined: ordinary, takes part in clustering)
    ["ГБОУ ЦО № 162 Кировского района", "ЦО"],
    ["ГБОУ Центр образования № 162", "ЦО"],
    ["ШРЯ № 1", "ШРЯ"],
    ["ГБОУ школа-интернат № 2", "интернат"],
    ["ГБОУ специальная (коррекционная) школа № 5", "коррекционная"],
    ["ГБОУ вечерняя школа № 3", "вечерняя"],
    ["ГБОУ НШДС № 662", "НШДС"],
    ["ГБОУ СОШ № 221 Кировского района Санкт-Петербурга", undefined],
    ["ГБОУ гимназия № 397", undefined],
    ["лицей № 244", undefined],
    ["ОУ 223", undefined],
  ])("%s → %s", (name, kind) => {
    const key = schoolId(name);
    if (!key.ok) throw new Error(`no key for ${name}`);
    expect(specialKindOf(key.value)).toBe(kind);
    expect(isSpecialSchool(key.value)).toBe(kind !== undefined);
  });

  test.each([
    ["ЦО 162", true],
    ["цо 162", true],
    [" ШРЯ 1 ", true],
    ["интернат 2", true],
    ["221", false],
    ["цо162x", false],
    ["ЦОШ 5", false],
    ["", false],
  ])("key %j → %s", (key, special) => {
    expect(isSpecialSchool(key)).toBe(special);
  });

  test("ordinary schools sharing a number keep their typed keys and take part", () => {
    const registry = buildRegistry(["ГБОУ школа № 1", "ГБОУ гимназия № 1", "ГБОУ ЦО № 162"]);
    const keys = registry.entries.map((e) => e.key);
    expect(keys.filter(isSpecialSchool)).toEqual(["ЦО 162"]);
    expect(keys.filter((k) => !isSpecialSchool(k)).length).toBe(2);
  });
});
