import { schoolId } from "../../src/core/schools";
import { generateSampleDistrict } from "../../src/sample";
import { schoolKey, schoolName, type NameStyle } from "../../src/sample/school-names";

const STYLES: NameStyle[] = ["full", "short", "short-district", "compact", "number", "login", "casual"];

describe("schoolName", () => {
  it.each([
    [{ number: 221, type: "СОШ" as const, login: "sch781045" }, "short", "ГБОУ СОШ № 221"],
    [{ number: 221, type: "СОШ" as const, login: "sch781045" }, "compact", "СОШ №221"],
    [{ number: 221, type: "СОШ" as const, login: "sch781045" }, "number", "221"],
    [{ number: 397, type: "гимназия" as const, login: "sch781046" }, "compact", "гимназия 397"],
    [{ number: 2, type: "школа-интернат" as const, login: "sch781047" }, "compact", "школа-интернат № 2"],
    [{ number: 162, type: "ЦО" as const, login: "sch781048" }, "number", "ЦО №162"],
    [
      { number: 221, type: "СОШ" as const, login: "sch781045" },
      "short-district",
      "ГБОУ СОШ № 221 Кировского района Санкт-Петербурга",
    ],
    [
      { number: 506, type: "СОШ углублённая" as const, depth: "иностранных языков", login: "sch781049" },
      "login",
      "sch781049 ГБОУ СОШ № 506 с углублённым изучением иностранных языков Кировского района Санкт-Петербурга",
    ],
  ] as const)("%o in style %s is «%s»", (parts, style, expected) => {
    expect(schoolName(parts, style)).toBe(expected);
  });

  it("keys special schools by type and number, others by number", () => {
    expect(schoolKey(221, "гимназия")).toBe("221");
    expect(schoolKey(162, "ЦО")).toBe("ЦО 162");
    expect(schoolKey(2, "школа-интернат")).toBe("интернат 2");
  });

  it("writes every school of the sample in every style so that SHNOR.SCHOOLID gives its key", () => {
    const { schools } = generateSampleDistrict().truth;
    const wrong: string[] = [];
    for (const school of schools) {
      const depth = /с углублённым изучением (.+)$/u.exec(school.shortName)?.[1];
      for (const style of STYLES) {
        const name = schoolName(
          { number: school.number, type: school.type, depth, login: school.login },
          style,
        );
        const id = schoolId(style === "login" ? name.replace(/^sch78\d+\s+/u, "") : name);
        if (!id.ok || id.value !== school.key) wrong.push(`${name} → ${id.ok ? id.value : id.issue.code}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
