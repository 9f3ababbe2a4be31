import fc from "fast-check";
import { dynamics } from "../../../src/core/dynamics/dynamics";
import { resultsDynamics } from "../../../src/core/dynamics/results-dynamics";

describe("dynamics", () => {
  test.each<[number, number, boolean, number, number]>([
    [62, 70, true, 1, 1],
    [70, 62, true, 1, -1],
    [70, 70.8, true, 1, 0],
    [30.1, 31.1, true, 1, 0], // exactly the tolerance: stable, despite floating error
    [30, 22, false, 1, 1], // fewer «2» is an improvement
    [22, 30, false, 1, -1],
    [50, 52, true, 5, 0],
  ])("%p → %p (higher is better: %p, tolerance %p) → %p", (before, after, higher, tolerance, expected) => {
    expect(dynamics(before, after, higher, tolerance)).toBe(expected);
  });

  test("property: antisymmetric — swapping the years flips the sign", () => {
    const n = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(n, n, fc.boolean(), fc.double({ min: 0, max: 100, noNaN: true }), (a, b, higher, tol) => {
        expect(dynamics(a, b, higher, tol)).toBe(-dynamics(b, a, higher, tol) || 0);
      }),
    );
  });

  test("property: higher_is_better = false mirrors the sign", () => {
    const n = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(n, n, (a, b) => {
        expect(dynamics(a, b, false)).toBe(-dynamics(a, b, true) || 0);
      }),
    );
  });
});

describe("resultsDynamics: weighted успеваемость over the procedures of both years", () => {
  test("only shared procedures count, weighted by participants", () => {
    const before = [
      { key: "ВПР 5 мат", success: 80, participants: 50 },
      { key: "ОГЭ рус", success: 60, participants: 50 },
      { key: "ЕГЭ мат", success: 10, participants: 20 }, // absent next year
    ];
    const after = [
      { key: "ВПР 5 мат", success: 90, participants: 30 },
      { key: "ОГЭ рус", success: 70, participants: 10 },
    ];
    const r = resultsDynamics(before, after);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.procedures).toEqual(["ВПР 5 мат", "ОГЭ рус"]);
    expect(r.value.before).toBeCloseTo(70, 10);
    expect(r.value.after).toBeCloseTo(85, 10);
    expect(r.value.sign).toBe(1);
  });

  test("no shared procedure is an error", () => {
    expect(
      resultsDynamics(
        [{ key: "a", success: 1, participants: 1 }],
        [{ key: "b", success: 1, participants: 1 }],
      ).ok,
    ).toBe(false);
  });
});
