import fc from "fast-check";
import { cluster, clusterName, risk, riskDetail } from "../../../src/core/clusters/quadrant";
import { MODELS, MODEL_A, MODEL_B, MODEL_D, type ClusterModel } from "../../../src/core/clusters/models";
import { computeDistrictStats, type DistrictStats } from "../../../src/core/stats/district-stats";
import { CONTEXT_COLUMN, columnRange, school } from "./kirov-fixture";

function district(model: keyof typeof CONTEXT_COLUMN): DistrictStats {
  const stats = computeDistrictStats(columnRange(1), columnRange(CONTEXT_COLUMN[model]));
  if (!stats.ok) throw new Error("fixture district must compute");
  return stats.value;
}

function place(key: string, model: keyof typeof CONTEXT_COLUMN) {
  const row = school(key);
  return cluster(row[1], row[CONTEXT_COLUMN[model]], district(model), MODELS[model]);
}

function riskOf(key: string, model: keyof typeof CONTEXT_COLUMN) {
  const row = school(key);
  const r = risk(row[1], row[CONTEXT_COLUMN[model]], district(model), MODELS[model]);
  if (!r.ok) throw new Error(r.issue.code);
  return r.value;
}

describe("seed 003 §2: the ШНОР of Kirov district in each model", () => {
  // «ОО № 240, 269, 538, 608 располагаются в 1 кластере (сложный контингент, низкие образовательные результаты)»,
  // «ОО № 223, 386 располагаются в 4 кластере», «ОО № 506 … в 3 кластере».
  test.each([
    ["240", 1],
    ["269", 1],
    ["538", 1],
    ["608", 1],
    ["223", 4],
    ["386", 4],
    ["506", 3],
  ])("model A (контингент): СОШ № %s → cluster %d", (key, expected) => {
    expect(place(key, "A")).toBe(expected);
  });

  // «ОО №506 … в кластере 2 … с вероятностью выпасть … в 3 кластер …, где расположились другие ШНОР № 240,
  // 269, 386, 538, 608; ОО № 223 расположилось в 4 кластере».
  test.each([
    ["506", 2],
    ["240", 3],
    ["269", 3],
    ["386", 3],
    ["538", 3],
    ["608", 3],
    ["223", 4],
  ])("model B (кадры): СОШ № %s → cluster %d", (key, expected) => {
    expect(place(key, "B")).toBe(expected);
  });

  // Model C is our definition, consistent with the seed's placements (see models.ts).
  test.each([
    ["240", 2],
    ["269", 2],
    ["386", 2],
    ["538", 2],
    ["608", 2],
    ["223", 3],
    ["506", 4],
  ])("model C (микрорайон): СОШ № %s → cluster %d", (key, expected) => {
    expect(place(key, "C")).toBe(expected);
  });

  // «ОО № 223 расположился в 4 кластере …; ОО № 506 … во 2 кластере …; ОО № 240, 269, 386, 538, 608 … в 3 кластере».
  test.each([
    ["223", 4],
    ["506", 2],
    ["240", 3],
    ["269", 3],
    ["386", 3],
    ["538", 3],
    ["608", 3],
  ])("model D (сумма): СОШ № %s → cluster %d", (key, expected) => {
    expect(place(key, "D")).toBe(expected);
  });

  test("RISK: 506 in model A could fall from cluster 3 into cluster 4", () => {
    expect(riskOf("506", "A")).toBe(4);
  });
  test("RISK: 506 in model B could fall from cluster 2 into cluster 3", () => {
    expect(riskOf("506", "B")).toBe(3);
  });
  test("RISK: 223 in model B «есть все шансы попадания в 1 кластер»", () => {
    expect(riskOf("223", "B")).toBe(1);
  });
  test("RISK: 223 in model D lies near the boundary of cluster 1", () => {
    expect(riskOf("223", "D")).toBe(1);
  });
  test.each(["240", "269", "386", "538", "608"])("RISK: СОШ № %s, far from every boundary, gets 0", (key) => {
    expect(riskOf(key, "D")).toBe(0);
    expect(riskOf(key, "A")).toBe(0);
  });
  test("the band decides: 506 at 0.1 SD above the mean is not at risk with band 0.05", () => {
    const row = school("506");
    expect(risk(row[1], row[2], district("A"), MODEL_A, 0.05)).toEqual({ ok: true, value: 0 });
  });
});

describe("cluster boundaries", () => {
  const stats = (mean: [number, number], sd: [number, number]): DistrictStats => ({
    n: 10,
    results: { n: 10, mean: mean[0], median: mean[0] - 5, sd: sd[0] },
    contexts: { n: 10, mean: mean[1], median: mean[1] - 5, sd: sd[1] },
  });
  const d = stats([50, 10], [10, 2]);

  test("a value equal to the mean counts as above, for results and context", () => {
    expect(cluster(50, 10, d, MODEL_B)).toBe(1);
    expect(cluster(50, 9.99, d, MODEL_B)).toBe(2);
    expect(cluster(49.99, 10, d, MODEL_B)).toBe(4);
  });
  test("the median centre splits where the median lies", () => {
    const median: ClusterModel = { ...MODEL_B, centre: "median" };
    expect(cluster(46, 6, d, MODEL_B)).toBe(3);
    expect(cluster(46, 6, d, median)).toBe(1);
  });
  test("near both boundaries the nearer one wins", () => {
    // results 0.2 SD above, context 0.1 SD below → the context boundary is nearer.
    const detail = riskDetail(52, 9.8, d, MODEL_B, 0.25);
    expect(detail).toEqual({
      ok: true,
      value: { neighbour: 1, boundary: "context", distance: expect.closeTo(0.1, 10), direction: "across" },
    });
    // results 0.05 SD below, context 0.2 SD above → the results boundary, rising into 1.
    expect(riskDetail(49.5, 10.4, d, MODEL_B, 0.25)).toMatchObject({
      ok: true,
      value: { neighbour: 1, boundary: "results", direction: "up" },
    });
  });
  test("a school just above the results boundary is flagged with the cluster it could fall into", () => {
    expect(risk(50.1, 12, d, MODEL_D)).toEqual({ ok: true, value: 4 });
    expect(risk(50.1, 8, d, MODEL_D)).toEqual({ ok: true, value: 3 });
  });
  test("no spread in the district → no-variation, never a silent 0", () => {
    const flat = stats([50, 10], [0, 2]);
    const r = risk(50, 10, flat, MODEL_B);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issue.code).toBe("no-variation");
  });
  test("a negative band is a bad argument", () => {
    const r = risk(50, 10, d, MODEL_B, -1);
    expect(!r.ok && r.issue.code).toBe("bad-argument");
  });
});

describe("clusterName", () => {
  test.each([
    [1, "низкие результаты, сложный контингент", MODEL_A],
    [2, "результаты выше среднего, сложный контингент", MODEL_A],
    [3, "результаты выше среднего, благополучный контингент", MODEL_A],
    [4, "низкие результаты, благополучный контингент", MODEL_A],
    [2, "результаты выше среднего, кадровое обеспечение ниже среднего", MODEL_B],
    [4, "низкие результаты, сумма трёх параметров выше среднего", MODEL_D],
    [
      1,
      "результаты выше медианы, сумма трёх параметров выше медианы",
      { ...MODEL_D, centre: "median" as const },
    ],
  ])("cluster %d → «%s»", (number, name, model) => {
    expect(clusterName(number, model)).toEqual({ ok: true, value: name });
  });
  test.each([0, 5, 2.5, NaN])("cluster %p is out of range", (number) => {
    const r = clusterName(number, MODEL_A);
    expect(!r.ok && r.issue.code).toBe("out-of-range");
  });
});

describe("property: CLUSTER does not depend on units", () => {
  const district = fc.array(
    fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 })),
    {
      minLength: 2,
      maxLength: 40,
    },
  );
  const scale = fc.constantFrom(0.25, 0.5, 2, 3, 10, 100);
  const shift = fc.integer({ min: -10000, max: 10000 });
  const models = fc.constantFrom(...Object.values(MODELS), { ...MODEL_A, centre: "median" as const });

  test("rescaling by a positive factor or shifting results or context keeps every school's cluster", () => {
    fc.assert(
      fc.property(district, scale, shift, scale, shift, models, (rows, a, b, c, e, model) => {
        const before = computeDistrictStats(
          rows.map((r) => [r[0]]),
          rows.map((r) => [r[1]]),
        );
        const moved = rows.map(([x, y]) => [a * x + b, c * y + e]);
        const after = computeDistrictStats(
          moved.map((r) => [r[0]]),
          moved.map((r) => [r[1]]),
        );
        if (!before.ok || !after.ok) return false;
        return rows.every(
          ([x, y], i) =>
            cluster(x, y, before.value, model) === cluster(moved[i][0], moved[i][1], after.value, model),
        );
      }),
    );
  });
});
