import { flattenGrid, numericColumn, numericPairs } from "../../../src/core/stats/numeric-column";

describe("numericColumn", () => {
  test("keeps numbers and Russian numeric text, skips blanks, dashes, «н/д», errors and text", () => {
    expect(
      numericColumn([
        45.5,
        "",
        "-",
        "—",
        "38,2",
        "нет",
        "#Н/Д",
        null,
        undefined,
        true,
        " 1 234 ",
        NaN,
        Infinity,
        "12 %",
      ]),
    ).toEqual([45.5, 38.2, 1234, 12]);
  });
  test("an empty column gives no numbers", () => {
    expect(numericColumn([])).toEqual([]);
  });
});

describe("numericPairs", () => {
  test("keeps the rows where both cells are numbers", () => {
    expect(numericPairs([50, "-", 40, 30, "н/д"], [1, 2, "", "0,5", 3])).toEqual({
      ok: true,
      value: { x: [50, 30], y: [1, 0.5] },
    });
  });
  test("ranges of different sizes are refused", () => {
    const r = numericPairs([1, 2], [1]);
    expect(!r.ok && r.issue.code).toBe("shape-mismatch");
  });
});

describe("flattenGrid", () => {
  test("reads a range row by row", () => {
    expect(
      flattenGrid([
        [1, 2],
        [3, ""],
      ]),
    ).toEqual([1, 2, 3, ""]);
  });
});
