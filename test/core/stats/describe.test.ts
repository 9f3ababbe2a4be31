import { summarize } from "../../../src/core/stats/describe";
import { standardizeColumns } from "../../../src/core/stats/standardize";
import { linearFit } from "../../../src/core/stats/regression";

describe("summarize", () => {
  test("mean, median and sample standard deviation (as СТАНДОТКЛОН.В)", () => {
    expect(summarize([40, 50, 60, 90])).toEqual({
      n: 4,
      mean: 60,
      median: 55,
      sd: expect.closeTo(21.602, 3),
    });
  });
  test("one value: sd 0; none: undefined", () => {
    expect(summarize([7])).toEqual({ n: 1, mean: 7, median: 7, sd: 0 });
    expect(summarize([])).toBeUndefined();
  });
});

describe("standardizeColumns", () => {
  test("centres and scales each column; a constant column gives zeros", () => {
    const s = standardizeColumns([
      [1, 10],
      [3, 10],
      [5, 10],
    ]);
    expect(s.means).toEqual([3, 10]);
    expect(s.sds).toEqual([2, 0]);
    expect(s.z).toEqual([
      [-1, 0],
      [0, 0],
      [1, 0],
    ]);
  });
  test("an empty table gives empty figures", () => {
    expect(standardizeColumns([])).toEqual({ z: [], means: [], sds: [] });
  });
});

describe("linearFit", () => {
  test("fits the least-squares line", () => {
    expect(linearFit([1, 2, 3], [2, 4, 6])).toEqual({ slope: 2, intercept: 0 });
    const fit = linearFit([1, 2, 3, 4], [3, 5, 4, 8]);
    expect(fit?.slope).toBeCloseTo(1.4, 10);
    expect(fit?.intercept).toBeCloseTo(1.5, 10);
  });
  test.each([
    [
      [5, 5],
      [1, 2],
    ],
    [[], []],
    [[1, 2], [1]],
    [
      [1e9, 1e9, 1e9],
      [1, 2, 3],
    ],
  ])("no line through x = %p, y = %p", (x, y) => {
    expect(linearFit(x, y)).toBeUndefined();
  });
});
