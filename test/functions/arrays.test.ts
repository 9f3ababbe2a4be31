import { issue } from "../../src/core/issue-codes";
import { fail, ok } from "../../src/core/result";
import { parseNumber } from "../../src/core/cells/russian-number";
import type { CellValue } from "../../src/core/cells/cell-value";
import { mapCells, toCellMatrix, toCellValue, zipCells } from "../../src/functions/arrays";

const half = (value: CellValue) => {
  const n = parseNumber(value);
  return n.ok ? ok(n.value / 2) : n;
};

describe("toCellValue and toCellMatrix", () => {
  test.each<[unknown, CellValue]>([
    ["текст", "текст"],
    [4.5, 4.5],
    [true, true],
    [null, null],
    [undefined, null],
    [{ code: "#N/A" }, "#N/A"],
    [{ type: "Double", basicValue: 45.5 }, 45.5],
    [{ type: "Entity", text: "x" }, null],
  ])("%p → %p", (raw, value) => {
    expect(toCellValue(raw)).toEqual(value);
  });

  test("a single value becomes 1×1, a range keeps its shape", () => {
    expect(toCellMatrix("a")).toEqual([["a"]]);
    expect(toCellMatrix([[1, 2, 3]])).toEqual([[1, 2, 3]]);
    expect(toCellMatrix([1, 2])).toEqual([[1], [2]]);
  });
});

describe("mapCells", () => {
  test("keeps the shape and turns failed cells into errors", () => {
    const result = mapCells(
      [
        [2, "4,5"],
        ["—", "сорок"],
        [10, 0],
      ],
      half,
    );
    expect(result.map((row) => row.length)).toEqual([2, 2, 2]);
    expect(result[0]).toEqual([1, 2.25]);
    expect(result[1][0]).toMatchObject({ code: "#N/A" });
    expect(result[1][1]).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("не число") });
    expect(result[2]).toEqual([5, 0]);
  });

  test("a plain value in, a 1×1 matrix out", () => {
    expect(mapCells(8, half)).toEqual([[4]]);
  });
});

describe("zipCells", () => {
  const divide = ([a, b]: CellValue[]) =>
    Number(b) === 0 ? fail(issue("not-enough-data", { min: 1 })) : ok(Number(a) / Number(b));

  test("cell by cell over ranges of one shape, a 1×1 argument repeated", () => {
    expect(
      zipCells(
        [
          [[4], [9]],
          [[2], [3]],
        ],
        divide,
      ),
    ).toEqual([[2], [3]]);
    expect(zipCells([[[4, 6]], [[2]]], divide)).toEqual([[2, 3]]);
    expect(zipCells([10, 5], divide)).toEqual([[2]]);
  });

  test("different shapes give one #ЗНАЧ! with a Russian message", () => {
    expect(zipCells([[[1], [2]], [[1, 2]]], divide)).toEqual([
      [expect.objectContaining({ code: "#VALUE!", message: "Диапазоны должны быть одного размера." })],
    ]);
  });

  test("a failing cell is an error, the others keep their values", () => {
    const [[first, second]] = zipCells([[[4, 4]], [[2, 0]]], divide);
    expect(first).toBe(2);
    expect(second).toMatchObject({ code: "#N/A", message: expect.stringMatching(/[а-яё]/iu) });
  });
});
