import { adjusted } from "../../../src/core/clusters/adjusted";
import { computeDistrictStats } from "../../../src/core/stats/district-stats";

const grid = (values: unknown[]) => values.map((v) => [v as number]);

describe("adjusted", () => {
  // Results follow 30 + 10·context exactly except one school 5 points below its line.
  const results = grid([40, 50, 60, 70, 75]);
  const contexts = grid([1, 2, 3, 4, 5]);

  test("a school on the district line gets the district mean; one below it, the mean minus its gap", () => {
    const stats = computeDistrictStats(results, contexts);
    if (!stats.ok) throw new Error("district must compute");
    const { slope, intercept } = stats.value.fit!;
    const mean = stats.value.results.mean;
    expect(mean).toBeCloseTo(59, 10);
    // The school's residual from the fitted line, added to the mean.
    expect(adjusted(75, 5, stats.value)).toEqual({
      ok: true,
      value: expect.closeTo(mean + 75 - (intercept + slope * 5), 10),
    });
    const onLine = intercept + slope * 3;
    expect(adjusted(onLine, 3, stats.value)).toEqual({ ok: true, value: expect.closeTo(mean, 10) });
  });

  test("a school with a difficult context is lifted relative to its raw result", () => {
    // Harder context (higher) → lower results across the district.
    const stats = computeDistrictStats(grid([70, 62, 55, 48, 40]), grid([10, 20, 30, 40, 50]));
    if (!stats.ok) throw new Error("district must compute");
    const hard = adjusted(45, 50, stats.value);
    expect(hard.ok && hard.value).toBeGreaterThan(45);
  });

  test("blanks, dashes and text in the district are skipped row-wise", () => {
    const withGaps = computeDistrictStats(grid([40, "-", 50, "н/д", 60, "x"]), grid([1, 7, 2, 8, 3, ""]));
    const clean = computeDistrictStats(grid([40, 50, 60]), grid([1, 2, 3]));
    expect(withGaps).toEqual(clean);
  });

  test("every school with the same context → no-variation", () => {
    const stats = computeDistrictStats(grid([40, 50, 60]), grid([2, 2, 2]));
    if (!stats.ok) throw new Error("district must compute");
    const r = adjusted(50, 2, stats.value);
    expect(!r.ok && r.issue.code).toBe("no-variation");
  });
});
