import fc from "fast-check";
import { rangeKey } from "../../../src/core/stats/content-hash";
import {
  clearDistrictStatsCache,
  computeDistrictStats,
  districtStats,
} from "../../../src/core/stats/district-stats";
import { LruCache } from "../../../src/core/stats/lru-cache";
import { ContentCache } from "../../../src/core/stats/content-cache";

describe("computeDistrictStats", () => {
  test("pairs results and contexts row by row and fits the line", () => {
    const r = computeDistrictStats([[40], [60], ["-"], [50]], [[1], [3], [2], ["н/д"]]);
    expect(r).toEqual({
      ok: true,
      value: {
        n: 2,
        results: { n: 2, mean: 50, median: 50, sd: expect.closeTo(14.142, 3) },
        contexts: { n: 2, mean: 2, median: 2, sd: expect.closeTo(1.414, 3) },
        fit: { slope: 10, intercept: 30 },
      },
    });
  });
  test.each([
    [[[1], [2]], [[1]], "shape-mismatch"],
    [[["-"], [""]], [[1], [2]], "not-enough-data"],
    [[], [], "not-enough-data"],
  ])("%p × %p → %s", (results, contexts, code) => {
    const r = computeDistrictStats(results, contexts);
    expect(!r.ok && r.issue.code).toBe(code);
  });
});

describe("districtStats cache", () => {
  beforeEach(() => clearDistrictStatsCache());

  test("fresh arrays with the same content share one computation", () => {
    const first = districtStats([[40], [60]], [[1], [3]]);
    const second = districtStats([[40], [60]], [[1], [3]]);
    expect(second).toBe(first);
  });
  test("a changed cell gives new statistics", () => {
    const first = districtStats([[40], [60]], [[1], [3]]);
    const changed = districtStats([[40], [61]], [[1], [3]]);
    expect(changed).not.toBe(first);
    expect(changed.ok && changed.value.results.mean).toBe(50.5);
  });
  test("swapping results and contexts is a different district", () => {
    const a = districtStats([[1], [2]], [[3], [4]]);
    const b = districtStats([[3], [4]], [[1], [2]]);
    expect(a.ok && b.ok && a.value.results.mean !== b.value.results.mean).toBe(true);
  });
});

describe("rangeKey", () => {
  test("equal content → equal key; order, type, shape and split between ranges matter", () => {
    expect(rangeKey([[1], [2]])).toBe(rangeKey([[1], [2]]));
    expect(rangeKey([[1], [2]])).not.toBe(rangeKey([[2], [1]]));
    expect(rangeKey([["1"]])).not.toBe(rangeKey([[1]]));
    expect(rangeKey([[1, 2]])).not.toBe(rangeKey([[1], [2]]));
    expect(rangeKey([[1]], [[2], [3]])).not.toBe(rangeKey([[1], [2]], [[3]]));
    expect(rangeKey([[""]])).not.toBe(rangeKey([[null]]));
    expect(rangeKey([[0]])).not.toBe(rangeKey([[-0.0000001]]));
  });
  test("property: ranges that differ in one cell get different keys", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ noNaN: true }), fc.string(), fc.constant(null)), {
          minLength: 1,
          maxLength: 50,
        }),
        fc.nat(),
        fc.oneof(fc.double({ noNaN: true }), fc.string()),
        (cells, at, replacement) => {
          const i = at % cells.length;
          fc.pre(!Object.is(cells[i], replacement));
          const changed = cells.slice();
          changed[i] = replacement;
          expect(rangeKey(cells.map((c) => [c]))).not.toBe(rangeKey(changed.map((c) => [c])));
        },
      ),
    );
  });
});

describe("LruCache", () => {
  test("evicts the least recently used entry beyond its capacity", () => {
    const cache = new LruCache<string, number>(2);
    let computed = 0;
    const get = (k: string) => cache.getOrCompute(k, () => ++computed);
    get("a");
    get("b");
    get("a"); // a is now the most recent
    get("c"); // evicts b
    expect(cache.size).toBe(2);
    expect(get("a")).toBe(1);
    expect(get("b")).toBe(4); // recomputed
  });
});

describe("ContentCache", () => {
  test("fresh arrays with equal content hit; one changed cell anywhere misses", () => {
    const cache = new ContentCache<number>(4);
    let computed = 0;
    const get = (ranges: unknown[], extra = "") => cache.getOrCompute(ranges, extra, () => ++computed);
    const column = (n: number, change?: number) =>
      Array.from({ length: n }, (_, i) => [i === change ? -1 : i]);
    expect(get([column(100), column(100)])).toBe(1);
    expect(get([column(100), column(100)])).toBe(1);
    expect(get([column(100, 37), column(100)])).toBe(2); // a cell the probe does not sample
    expect(get([column(100), column(100, 99)])).toBe(3);
    expect(get([column(100), column(100)], "k=3")).toBe(4); // other arguments
    expect(computed).toBe(4);
  });
  test("two district columns (the fast path): any one changed cell of either misses, equal content hits", () => {
    const cell = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom("", "-", "н/д", null, undefined, true, 0, -0),
      fc.string({ maxLength: 3 }),
      fc.record({ code: fc.constantFrom("#N/A", "#DIV/0!") }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.boolean(),
        cell,
        (rows, at, second, replacement) => {
          const cache = new ContentCache<number>(4);
          let computed = 0;
          const get = (a: unknown[][], b: unknown[][]) => cache.getOrCompute([a, b], "", () => ++computed);
          const columns = () => [rows.map(([x]) => [x]), rows.map(([, y]) => [y])];
          const [a, b] = columns();
          get(a, b);
          const [a2, b2] = columns();
          expect(get(a2, b2)).toBe(1); // fresh arrays, same content
          const i = at % rows.length;
          const target = second ? b2 : a2;
          const before = target[i][0];
          target[i] = [replacement];
          const same =
            Object.is(before, replacement) ||
            (before !== null &&
              replacement !== null &&
              typeof before === "object" &&
              typeof replacement === "object" &&
              JSON.stringify(before) === JSON.stringify(replacement)) ||
            (typeof before === "number" && before === replacement);
          expect(get(a2, b2)).toBe(same ? 1 : 2);
        },
      ),
      { numRuns: 500 },
    );
  });
  test("a district row that is not an array is compared by the general path, never taken as equal", () => {
    const cache = new ContentCache<number>(4);
    let computed = 0;
    const get = (ranges: unknown[]) => cache.getOrCompute(ranges, "", () => ++computed);
    expect(
      get([
        [[1], ["ab"]],
        [[3], [4]],
      ]),
    ).toBe(1);
    expect(
      get([
        [[1], "ab"],
        [[3], [4]],
      ]),
    ).toBe(2); // "ab"[0] is "a": read differently, a miss
    expect(
      get([
        [[1], null],
        [[3], [4]],
      ]),
    ).toBe(3); // null[0] throws: the general comparison decides
  });
  test("cells compare by value: NaN, error objects, text and blanks", () => {
    const cache = new ContentCache<number>(4);
    let computed = 0;
    const get = (ranges: unknown[]) => cache.getOrCompute(ranges, "", () => ++computed);
    expect(get([[[NaN], [{ code: "#N/A" }], ["-"], [""]]])).toBe(1);
    expect(get([[[NaN], [{ code: "#N/A" }], ["-"], [""]]])).toBe(1);
    expect(get([[[NaN], [{ code: "#N/A" }], ["-"], [null]]])).toBe(2);
    expect(get([[[NaN], [{ code: "#DIV/0!" }], ["-"], [""]]])).toBe(3);
  });
  test("the split between ranges and the shape matter", () => {
    const cache = new ContentCache<string>(4);
    const get = (ranges: unknown[], id: string) => cache.getOrCompute(ranges, "", () => id);
    expect(get([[[1]], [[2], [3]]], "a")).toBe("a");
    expect(get([[[1], [2]], [[3]]], "b")).toBe("b");
    expect(get([[[1, 2, 3]]], "c")).toBe("c");
    expect(get(["x"], "d")).toBe("d");
  });
  test("evicts the least recently used range beyond its capacity", () => {
    const cache = new ContentCache<number>(2);
    let computed = 0;
    const get = (v: number) => cache.getOrCompute([[[v]]], "", () => ++computed);
    get(1);
    get(2);
    get(1);
    get(3); // evicts 2
    expect(cache.size).toBe(2);
    expect(get(1)).toBe(1);
    expect(get(2)).toBe(4);
  });
  test("property: a hit returns what the same content computed", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.oneof(fc.double(), fc.string(), fc.constant(null)), { minLength: 1, maxLength: 3 }),
          { maxLength: 20 },
        ),
        fc.array(
          fc.array(fc.oneof(fc.double(), fc.string(), fc.constant(null)), { minLength: 1, maxLength: 3 }),
          { maxLength: 20 },
        ),
        (a, b) => {
          const cache = new ContentCache<string>(4);
          const key = (r: unknown[][]) =>
            JSON.stringify(
              r
                .flat()
                .map((v) => (typeof v === "number" && Number.isNaN(v) ? "NaN" : Object.is(v, -0) ? 0 : v)),
            );
          cache.getOrCompute([a], "", () => key(a));
          const got = cache.getOrCompute([b], "", () => key(b));
          expect(got).toBe(key(b));
        },
      ),
    );
  });
});
