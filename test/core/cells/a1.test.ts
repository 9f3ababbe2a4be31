import { a1, columnLetters } from "../../../src/core/cells/a1";

describe("a1", () => {
  test.each([
    [0, 0, "A1"],
    [6, 1, "B7"],
    [0, 25, "Z1"],
    [0, 26, "AA1"],
    [99, 27, "AB100"],
    [0, 701, "ZZ1"],
    [0, 702, "AAA1"],
    [1048575, 16383, "XFD1048576"],
  ])("row %p, column %p → %p", (row, column, address) => expect(a1(row, column)).toBe(address));

  test("bad indices are bugs", () => {
    expect(() => columnLetters(-1)).toThrow(RangeError);
    expect(() => a1(1.5, 0)).toThrow(RangeError);
  });

  test("letters round-trip through a base-26 reading", () => {
    for (let c = 0; c < 2000; c++) {
      const back = [...columnLetters(c)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      expect(back).toBe(c);
    }
  });
});
