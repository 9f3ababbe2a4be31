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

import fc from "fast-check";
import { numericLookingText } from "../arbitraries/cells";

describe("parseNumber: more messy cells", () => {
  test.each([
    ["12 34", "not-a-number"],
    ["1 2345", "not-a-number"],
    ["45,5%%", "not-a-number"],
    ["5.", "not-a-number"],
    ["1e3", "not-a-number"],
    ["0x10", "not-a-number"],
    ["Infinity", "not-a-number"],
    ["4 5", "not-a-number"],
    ["нет данных", "empty"],
    ["отс.", "empty"],
    ["#ЗНАЧ!", "excel-error"],
    [undefined, "empty"],
  ])("%p is not a number (%s)", (cell, code) => {
    const result = parseNumber(cell);
    expect(result.ok ? "ok" : result.issue.code).toBe(code);
  });

  test.each([
    ["1\u00a0234", 1234],
    ["1\u202f234 567", 1234567],
    ["+7", 7],
    ["0,0", 0],
    ["45 %", 45],
  ])("%p reads as %p", (cell, expected) => {
    const result = parseNumber(cell, { percent: true });
    expect(result.ok && result.value).toBe(expected);
  });

  test("a percent sign is taken as is even in a column of fractions", () => {
    const result = parseNumber("45,5%", { percent: true, fractions: true });
    expect(result.ok && result.value).toBeCloseTo(45.5, 10);
  });
});

describe("parseNumber properties", () => {
  /** The value a Russian number text stands for, read independently: spaces and % dropped, comma as dot. */
  const plainReading = (text: string): number =>
    Number(
      text
        .replace(/[\s\u00a0\u202f%]/gu, "")
        .replace(",", ".")
        .replace("−", "-"),
    );

  test("every number written the Russian way reads back", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -999_999_999, max: 999_999_999 }),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        fc.constantFrom("", "%", " %"),
        (scaled, decimals, grouped, percent) => {
          const value = scaled / 10 ** decimals;
          const [whole, fraction] = Math.abs(value).toFixed(decimals).split(".");
          let integer = whole;
          if (grouped) integer = integer.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
          const text = `${value < 0 ? "-" : ""}${integer}${fraction ? `,${fraction}` : ""}${percent}`;
          const result = parseNumber(text, { percent: true });
          expect(result.ok).toBe(true);
          if (result.ok) expect(result.value).toBeCloseTo(value, 6);
        },
      ),
      { numRuns: 500 },
    );
  });

  test("text is a number only when it is one: digits, one decimal separator, grouped thousands", () => {
    fc.assert(
      fc.property(fc.oneof(numericLookingText, fc.string({ maxLength: 12 })), (text) => {
        const result = parseNumber(text);
        if (!result.ok) return;
        expect(text).toMatch(/\d/);
        expect(text).toMatch(
          /^[\s\u00a0\u202f]*[+\-−]?[\d\s\u00a0\u202f]*(?:[.,]\d+)?[\s\u00a0\u202f]*%?[\s\u00a0\u202f]*$/u,
        );
        expect(text.replace(/[^.,]/g, "").length).toBeLessThanOrEqual(1);
        expect(result.value).toBe(plainReading(text));
      }),
      { numRuns: 2000 },
    );
  });

  test("text with a letter is never a number", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 8 }),
        fc.constantFrom("а", "x", "e", "Б", "n"),
        fc.string({ maxLength: 8 }),
        (a, letter, b) => {
          expect(parseNumber(`${a}${letter}${b}`).ok).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test("non-text cells: numbers when finite, never booleans", () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.boolean(), fc.constant(null)), (cell) => {
        const result = parseNumber(cell);
        expect(result.ok).toBe(typeof cell === "number" && Number.isFinite(cell));
      }),
    );
  });
});
