import { columnUnits, looksLikeFractions, marksSumToHundred } from "../../../src/core/tables/column-units";

describe("looksLikeFractions", () => {
  test.each([
    [[0.455, 0.3, 1], true],
    [["0,455", "0,3"], true],
    [[0, 1, 1], false],
    [[0.5, 12], false],
    [["45,5%", 0.5], true],
    [["-", "н/д", "#Н/Д"], false],
    [[], false],
  ])("%p → %p", (values, expected) => expect(looksLikeFractions(values)).toBe(expected));
});

describe("columnUnits", () => {
  test.each([
    [{ role: "participants" as const, unit: "count" as const }, [25, 30], false, false],
    [{ role: "failShare" as const }, [0.1, 0.25], true, true],
    [{ role: "failShare" as const }, ["10", "25,5"], true, false],
    [{ role: "failShare" as const, unit: "count" as const }, [1, 3], false, false],
    [{ role: "ovz" as const }, [12, 40], false, false],
    [{ role: "ovz" as const }, [0.012, 0.04], true, true],
    [{ role: "ovz" as const }, ["1,2%", "4%"], true, false],
    [{ role: "mark2" as const }, [3, 12], false, false],
    [{ role: "mark2" as const }, ["12,5", 7], true, false],
    [{ role: "avgScore" as const }, [0.5, 0.7], false, false],
  ])("%p with %p → percent %p, fractions %p", (guess, values, percent, fractions) => {
    expect(columnUnits(guess, values)).toEqual({ percent, fractions });
  });

  test("no role, no units", () =>
    expect(columnUnits(undefined, [0.5])).toEqual({ percent: false, fractions: false }));
});

describe("marksSumToHundred", () => {
  test.each([
    [
      [
        [10, 40, 40, 10],
        ["0", "50", "30", "20"],
      ],
      true,
    ],
    [[[0.1, 0.4, 0.4, 0.1]], true],
    [[[3, 12, 10, 5]], false],
    [
      [
        [10, 40, 40, 10],
        [3, 12, 10, 5],
      ],
      false,
    ],
    [[["-", "-", "", ""]], false],
  ])("%p → %p", (rows, expected) => expect(marksSumToHundred(rows)).toBe(expected));
});
