import { clamp, integer, mulberry32, normal, round, shuffle } from "../../src/sample/random";

describe("mulberry32", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const a = mulberry32(2023);
    const b = mulberry32(2023);
    const c = mulberry32(2024);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
  });

  it("stays in [0, 1) and spreads evenly", () => {
    const random = mulberry32(7);
    const values = Array.from({ length: 10_000 }, () => random());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });
});

describe("random helpers", () => {
  it("integer covers both ends of its range", () => {
    const random = mulberry32(1);
    const seen = new Set(Array.from({ length: 500 }, () => integer(random, 1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("normal has the asked mean and spread", () => {
    const random = mulberry32(3);
    const values = Array.from({ length: 5000 }, () => normal(random, 10, 2));
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
    expect(mean).toBeCloseTo(10, 0);
    expect(sd).toBeGreaterThan(1.9);
    expect(sd).toBeLessThan(2.1);
  });

  it("shuffle permutes without losing or adding items", () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const shuffled = shuffle(mulberry32(5), items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
  });

  it.each([
    [45.4567, 1, 45.5],
    [3.855, 2, 3.86],
    [-0.04, 1, -0],
  ])("round(%p, %p) = %p", (value, decimals, expected) => {
    expect(round(value, decimals)).toBe(expected);
  });

  it("clamp keeps values inside the range", () => {
    expect(clamp(120, 0, 100)).toBe(100);
    expect(clamp(-1, 0, 100)).toBe(0);
    expect(clamp(5, 0, 100)).toBe(5);
  });
});
