import { egeAverageBounds } from "../../../src/core/validation/rules/scales-ege-below-min";
import { isImplausibleJump } from "../../../src/core/validation/rules/plausibility-year-jump";
import { markOnScale, egeScoreRange } from "../../../src/core/validation/rules/exam-scale";
import { medianInPlace, robustCentre } from "../../../src/core/validation/robust";
import { CELL, readCell } from "../../../src/core/validation/parsed-sheet";
import { compareFindings } from "../../../src/core/validation/finding";

describe("readCell", () => {
  test.each([
    [25, false, false, 25, CELL.number],
    [0.455, true, true, 45.5, CELL.number],
    ["45,5", false, false, 45.5, CELL.textNumber],
    ["12,5 %", true, false, 12.5, CELL.textNumber],
    ["—", false, false, NaN, CELL.empty],
    ["н/д", false, false, NaN, CELL.empty],
    ["#Н/Д", false, false, NaN, CELL.error],
    ["двадцать", false, false, NaN, CELL.text],
    [true, false, false, NaN, CELL.text],
  ])("%p (percent %p, fractions %p) → %p, code %p", (cell, percent, fractions, value, code) => {
    const [v, c] = readCell(cell, percent, fractions);
    expect(c).toBe(code);
    if (Number.isNaN(value)) expect(v).toBeNaN();
    else expect(v).toBeCloseTo(value, 9);
  });
});

describe("robust centre", () => {
  it("finds medians by selection", () => {
    expect(medianInPlace(Float64Array.of(5, 1, 3), 3)).toBe(3);
    expect(medianInPlace(Float64Array.of(4, 1, 3, 2), 4)).toBe(2.5);
    const random = Float64Array.from({ length: 1001 }, (_, i) => (i * 7919) % 1001);
    expect(medianInPlace(random, 1001)).toBe(500);
  });
  it("scales the MAD like a standard deviation", () => {
    const centre = robustCentre(Float64Array.of(50, 55, 60, 65, 70), 5);
    expect(centre.median).toBe(60);
    expect(centre.scale).toBeCloseTo(7.413, 3);
  });
});

describe("exam scales", () => {
  const maths2023 = { three: 8, four: 15, five: 22, max: 31 };
  test.each([
    [7, 2],
    [8, 3],
    [14.9, 3],
    [15, 4],
    [22, 5],
  ])("ОГЭ математика 2023: %p points → «%p»", (score, mark) =>
    expect(markOnScale(score, maths2023)).toBe(mark),
  );
  it("bounds a ЕГЭ average by the share below the minimum", () => {
    expect(egeAverageBounds(0, 24)).toEqual([24, 100]);
    expect(egeAverageBounds(100, 24)).toEqual([0, 23]);
    expect(egeAverageBounds(50, 24)).toEqual([12, 61.5]);
  });
  it("knows the base mathematics scale", () => {
    expect(egeScoreRange("Математика (базовый уровень)")).toEqual([0, 21]);
    expect(egeScoreRange("Химия")).toEqual([0, 100]);
  });
});

describe("isImplausibleJump", () => {
  test.each([
    ["failShare", true, "oge", 5, 70, true],
    ["failShare", true, "oge", 5, 40, false],
    ["avgScore", false, "ege", 70, 30, true],
    ["avgScore", false, "ege", 70, 45, false],
    ["avgScore", false, "oge", 25, 9, true],
    ["avgMark", false, "oge", 3.9, 2.3, true],
    ["participants", false, "vpr", 25, 30, false],
    ["participants", false, "vpr", 25, 80, true],
    ["participants", false, "vpr", 3, 12, false],
    ["teachers", false, "staffing", 60, 900, true],
  ] as const)("%s (percent %p, %s) %p → %p: %p", (role, percent, kind, before, after, expected) =>
    expect(isImplausibleJump(role, percent, kind, before, after)).toBe(expected),
  );
});

describe("compareFindings", () => {
  it("orders by sheet, then row, then column (AA after Z)", () => {
    const f = (sheet: string, cell: string) =>
      ({ severity: "error", rule: "values.mark-range", sheet, cell, message: "" }) as const;
    const list = [f("Б", "A1"), f("А", "AA2"), f("А", "Z2"), f("А", "B10"), f("А", "C9")];
    expect(list.sort(compareFindings(["А", "Б"])).map((x) => `${x.sheet}!${x.cell}`)).toEqual([
      "А!Z2",
      "А!AA2",
      "А!C9",
      "А!B10",
      "Б!A1",
    ]);
  });
});
