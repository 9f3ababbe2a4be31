import fc from "fast-check";
import { kmeans } from "../../../src/core/clusters/kmeans";
import { stability } from "../../../src/core/clusters/stability";
import { seededRandom } from "../../../src/core/stats/prng";

// Three well separated groups of schools (results %, contingent difficulty %), in mixed order.
const SCHOOLS: number[][] = [
  [72, 10],
  [40, 55],
  [55, 30],
  [70, 12],
  [41, 60],
  [56, 28],
  [74, 9],
  [38, 58],
  [54, 33],
];

function labels(data: number[][], k: number, seed: number): number[] {
  const r = kmeans(data, k, seed);
  if (!r.ok) throw new Error(r.issue.code);
  return r.value.labels;
}

describe("kmeans", () => {
  test("finds the three groups and numbers them by the first variable, highest first", () => {
    expect(labels(SCHOOLS, 3, 1)).toEqual([1, 3, 2, 1, 3, 2, 1, 3, 2]);
  });

  test("records seed, parameters, sizes, centres in original units and words", () => {
    const r = kmeans(SCHOOLS, 3, 42, {
      variables: [
        { name: "результаты" },
        { higher: "контингент сложнее среднего", lower: "контингент благополучнее среднего" },
      ],
    });
    if (!r.ok) throw new Error(r.issue.code);
    expect(r.value).toMatchObject({ k: 3, seed: 42, maxIterations: 100, converged: true });
    expect(r.value.clusters.map((c) => c.size)).toEqual([3, 3, 3]);
    expect(r.value.clusters[0].centre[0]).toBeCloseTo(72, 10);
    expect(r.value.clusters[0].centre[1]).toBeCloseTo(31 / 3, 10);
    expect(r.value.clusters[0].description).toBe(
      "результаты выше среднего, контингент благополучнее среднего",
    );
    expect(r.value.clusters[2].description).toBe("результаты ниже среднего, контингент сложнее среднего");
  });

  test("k = 1 puts everyone in cluster 1; k = n gives each school its own cluster", () => {
    expect(labels(SCHOOLS, 1, 3)).toEqual(new Array(9).fill(1));
    expect([...labels(SCHOOLS, 9, 3)].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  test("fewer distinct points than k: the extra clusters are dropped, not a failure", () => {
    const r = kmeans(
      [
        [1, 1],
        [1, 1],
        [2, 2],
        [2, 2],
      ],
      3,
      5,
    );
    expect(r.ok && r.value.labels).toEqual([2, 2, 1, 1]);
    expect(r.ok && r.value.clusters.length).toBe(2);
  });

  test("all-equal values: one cluster", () => {
    const r = kmeans(
      [
        [5, 5],
        [5, 5],
        [5, 5],
      ],
      2,
      1,
    );
    expect(r.ok && r.value.labels).toEqual([1, 1, 1]);
  });

  test.each([
    [[], 4, "not-enough-data"],
    [[[1], [2]], 3, "not-enough-data"],
    [[[1, 2], [3]], 1, "shape-mismatch"],
    [[[1, NaN]], 1, "bad-argument"],
    [[[1], [2]], 0, "bad-argument"],
    [[[1], [2]], 1.5, "bad-argument"],
  ])("%p with k = %p fails with %s", (data, k, code) => {
    const r = kmeans(data, k, 1);
    expect(!r.ok && r.issue.code).toBe(code);
  });

  test("stops after maxIterations even when not converged", () => {
    const random = seededRandom(9);
    const data = Array.from({ length: 300 }, () => [random(), random(), random()]);
    const r = kmeans(data, 6, 1, { maxIterations: 1 });
    expect(r.ok && r.value.iterations).toBe(1);
  });
});

const table = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 40 })).chain(([d, n]) =>
  fc.array(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: d, maxLength: d }), {
    minLength: n,
    maxLength: n,
  }),
);

describe("properties of kmeans", () => {
  test("same seed → same labels; shuffled rows → each school keeps its label", () => {
    fc.assert(
      fc.property(
        table,
        fc.integer({ min: 1, max: 5 }),
        fc.integer(),
        fc.integer(),
        (data, k, seed, shuffleSeed) => {
          const first = kmeans(data, k, seed);
          const again = kmeans(data, k, seed);
          expect(again).toEqual(first);
          const random = seededRandom(shuffleSeed);
          const perm = data.map((_, i) => i);
          for (let i = perm.length - 1; i > 0; i--) {
            const j = Math.floor(random() * (i + 1));
            [perm[i], perm[j]] = [perm[j], perm[i]];
          }
          const shuffled = kmeans(
            perm.map((i) => data[i]),
            k,
            seed,
          );
          if (!first.ok) return expect(shuffled.ok).toBe(false);
          expect(shuffled.ok && perm.map((_, p) => shuffled.value.labels[p])).toEqual(
            perm.map((i) => first.value.labels[i]),
          );
        },
      ),
    );
  });

  test("never throws on arbitrary input, and labels run 1…m with m ≤ k", () => {
    const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constant(0));
    fc.assert(
      fc.property(
        fc.array(fc.array(anyNumber, { maxLength: 4 }), { maxLength: 12 }),
        fc.integer({ min: -2, max: 20 }),
        fc.double(),
        (data, k, seed) => {
          const r = kmeans(data, k, seed);
          if (r.ok) {
            const max = Math.max(...r.value.labels);
            expect(max).toBeLessThanOrEqual(k);
            expect(new Set(r.value.labels).size).toBe(max);
          }
        },
      ),
    );
  });
});

describe("stability", () => {
  test("separated groups are stable in every run", () => {
    const r = stability(SCHOOLS, 3, [1, 2, 3, 4, 5, 6, 7, 8]);
    expect(r.ok && r.value.share).toEqual(new Array(9).fill(1));
    expect(r.ok && r.value.modal).toEqual(labels(SCHOOLS, 3, 1));
  });

  test("a school between two groups is less stable than the schools inside them", () => {
    const random = seededRandom(11);
    const data: number[][] = [];
    for (let i = 0; i < 30; i++) data.push([random() * 4, random() * 4]);
    for (let i = 0; i < 30; i++) data.push([10 + random() * 4, 10 + random() * 4]);
    for (let i = 0; i < 30; i++) data.push([random() * 4, 20 + random() * 4]);
    data.push([6.5, 12]); // between all three groups
    const r = stability(
      data,
      4,
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    if (!r.ok) throw new Error(r.issue.code);
    const inner = r.value.share.slice(0, 90);
    expect(Math.min(...r.value.share)).toBeLessThan(1);
    expect(r.value.seeds).toHaveLength(40);
    expect(inner.filter((s) => s === 1).length).toBeGreaterThan(0);
  });

  test("kept: the share of runs that give each school its reference label", () => {
    const reference = labels(SCHOOLS, 3, 1);
    const same = stability(SCHOOLS, 3, [1, 2, 3], { reference });
    expect(same.ok && same.value.kept).toEqual(new Array(9).fill(1));
    // A reference every run contradicts for the first school: kept 0 there, unchanged elsewhere.
    const other = [...reference];
    other[0] = reference[0] === 1 ? 2 : 1;
    const r = stability(SCHOOLS, 3, [1, 2, 3], { reference: other });
    expect(r.ok && r.value.kept).toEqual([0, ...new Array(8).fill(1)]);
    expect(r.ok && r.value.share).toEqual(new Array(9).fill(1));
    const bad = stability(SCHOOLS, 3, [1], { reference: [1, 2] });
    expect(!bad.ok && bad.issue.code).toBe("shape-mismatch");
  });

  test("no seeds → bad-argument", () => {
    const r = stability(SCHOOLS, 3, []);
    expect(!r.ok && r.issue.code).toBe("bad-argument");
  });
});

describe("seededRandom", () => {
  test("reproduces its sequence for a seed and stays in [0, 1)", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom(43)()).not.toBe(xs[0]);
  });
});
