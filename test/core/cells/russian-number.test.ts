import { parseNumber } from "../../../src/core/cells/russian-number";

describe("parseNumber", () => {
  test.each([
    ["45,5", {}, 45.5],
    ["45.5", {}, 45.5],
    [" 1 234,5 ", {}, 1234.5],
    ["45,5 %", { percent: true }, 45.5],
    ["45,5%", { percent: true, fractions: true }, 45.5],
    [0.455, { percent: true, fractions: true }, 45.5],
    [45.5, { percent: true }, 45.5],
    ["-3", {}, -3],
    ["−3,5", {}, -3.5],
    [",5", {}, 0.5],
    [12, {}, 12],
  ])("%p with %p reads as %p", (cell, options, expected) => {
    const result = parseNumber(cell, options);
    expect(result.ok && result.value).toBeCloseTo(expected, 10);
  });

  test.each([
    ["", "empty"],
    [null, "empty"],
    ["-", "empty"],
    ["—", "empty"],
    ["н/д", "empty"],
    ["#Н/Д", "excel-error"],
    ["#DIV/0!", "excel-error"],
    ["abc", "not-a-number"],
    ["12abc", "not-a-number"],
    ["1,2,3", "not-a-number"],
    [true, "not-a-number"],
    [Number.NaN, "not-a-number"],
  ])("%p is not a number (%s)", (cell, code) => {
    const result = parseNumber(cell);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issue.code).toBe(code);
  });
});
