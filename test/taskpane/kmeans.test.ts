/**
 * k-means on the pane's data (the sample district): deterministic for a seed, stability shares against the
 * shown labels, the borderline list, the method switch, the chart, and the «Кластеры» sheet with its record.
 */
import { buildWorkbookMap, INDEX_IDS, type Measure } from "../../src/core";
import { kmeans, stability } from "../../src/core/clusters";
import { generateSampleDistrict } from "../../src/sample";
import { kmeansChart } from "../../src/taskpane/model/chart-data";
import { PANE_VERSION } from "../../src/taskpane/model/cluster-sheet";
import {
  BORDERLINE_SHARE,
  defaultKMeansChoice,
  runKMeans,
  stabilitySeeds,
  STABILITY_RUNS,
  type KMeansRun,
} from "../../src/taskpane/model/kmeans-run";
import { kmeansSheetPlan } from "../../src/taskpane/model/kmeans-sheet";
import { chooseMethod, defaultChoice, deriveDistrict } from "../../src/taskpane/model/pane-model";

const sample = generateSampleDistrict();
const map = buildWorkbookMap(
  sample.sheets.map((s) => ({ name: s.name, firstRow: 0, firstColumn: 0, values: s.values })),
);
const district = deriveDistrict(map);
const measure = (id: string): Measure => district.byId.get(id)!;
const TWO = [measure(INDEX_IDS.results), measure(INDEX_IDS.contingent)];
const FOUR = [...TWO, measure(INDEX_IDS.staffing), measure(INDEX_IDS.microdistrict)];

function value<T>(r: { ok: true; value: T } | { ok: false; issue: { code: string } }): T {
  if (!r.ok) throw new Error(r.issue.code);
  return r.value;
}

describe("runKMeans", () => {
  const run = value(runKMeans(district.schools, TWO, 4, 1));
  const taking = run.rows.filter((r) => r.cluster !== undefined);

  test("deterministic for a seed; the same labels as the core on the same rows", () => {
    const again = value(runKMeans(district.schools, TWO, 4, 1));
    expect(again.rows).toEqual(run.rows);
    const core = value(
      kmeans(
        taking.map((r) => r.values as number[]),
        4,
        1,
      ),
    );
    expect(taking.map((r) => r.cluster)).toEqual(core.labels);
    expect(run.clusters.map((c) => c.size)).toEqual(core.clusters.map((c) => c.size));
  });

  test("special schools are listed with a reason, never clustered", () => {
    const left = run.rows.filter((r) => r.cluster === undefined);
    expect(left.map((r) => r.key).sort()).toEqual([...sample.truth.specialKeys].sort());
    expect(left.every((r) => r.reason?.includes("в силу вида и уникальности"))).toBe(true);
    expect(taking).toHaveLength(district.schools.length - sample.truth.specialKeys.length);
  });

  test("clusters described from the core: sizes add up, centres in original units, words per variable", () => {
    expect(run.clusters.reduce((n, c) => n + c.size, 0)).toBe(taking.length);
    for (const c of run.clusters) {
      const members = taking.filter((r) => r.cluster === c.label);
      expect(members).toHaveLength(c.size);
      const mean = members.reduce((s, r) => s + r.values[0]!, 0) / members.length;
      expect(c.centre[0]).toBeCloseTo(mean, 9);
      expect(c.description).toMatch(/результат/u);
      expect(c.description).toMatch(/контингент/u);
    }
    // Label 1 has the highest centre on the first variable (results), and so on down.
    const firsts = run.clusters.map((c) => c.centre[0]);
    expect([...firsts].sort((a, b) => b - a)).toEqual(firsts);
  });

  test("stability: over 50 seeds from the user's, the share of runs keeping each school's shown label", () => {
    expect(run.seeds).toEqual(stabilitySeeds(1));
    expect(run.seeds).toHaveLength(STABILITY_RUNS);
    expect(run.seeds.slice(0, 3)).toEqual([1, 2, 3]);
    const data = taking.map((r) => r.values as number[]);
    const labels = taking.map((r) => r.cluster!);
    const direct = value(stability(data, 4, run.seeds, { reference: labels }));
    expect(taking.map((r) => r.stability)).toEqual(direct.kept);
    for (const r of taking) {
      // Each share is a whole number of runs out of 50, and the user's own run (seed 1) keeps the label.
      const runs = r.stability! * STABILITY_RUNS;
      expect(Math.abs(runs - Math.round(runs))).toBeLessThan(1e-9);
      expect(r.stability!).toBeGreaterThanOrEqual(1 / STABILITY_RUNS);
      expect(r.stability!).toBeLessThanOrEqual(1);
    }
  });

  test("borderline: exactly the schools below 0.8, lowest share first, with their cluster", () => {
    const expected = taking.filter((r) => r.stability! < BORDERLINE_SHARE).map((r) => r.key);
    expect(run.borderline.map((b) => b.key).sort()).toEqual(expected.sort());
    expect(run.borderline.length).toBeGreaterThan(0); // the sample district has schools between clusters
    const shares = run.borderline.map((b) => b.share);
    expect([...shares].sort((a, b) => a - b)).toEqual(shares);
    for (const b of run.borderline) expect(b.cluster).toBe(run.rows.find((r) => r.key === b.key)?.cluster);
  });

  test("another seed is recorded and may move borderline schools, never the firm ones", () => {
    const other = value(runKMeans(district.schools, TWO, 4, 7));
    expect([other.seed, other.seeds[0], other.seeds[49]]).toEqual([7, 7, 56]);
    // Seed 7 is one of the 50 runs behind the shares of seed 1: a school kept in every run keeps its label.
    const firm = taking.filter((r) => r.stability === 1);
    expect(firm.length).toBeGreaterThan(0);
    for (const r of firm) expect(other.rows.find((x) => x.key === r.key)?.cluster).toBe(r.cluster);
  });

  test.each([
    ["one variable", [TWO[0]], 4],
    ["five variables", [...FOUR, measure(INDEX_IDS.sum)], 4],
    ["a repeated variable", [TWO[0], TWO[0]], 4],
  ])("%s → bad-argument", (_, variables, k) => {
    const r = runKMeans(district.schools, variables, k, 1);
    expect(!r.ok && r.issue.code).toBe("bad-argument");
  });

  test("fewer schools than k → not-enough-data", () => {
    const r = runKMeans(district.schools.slice(0, 3), TWO, 4, 1);
    expect(!r.ok && r.issue.code).toBe("not-enough-data");
  });

  test("a school without a value of a chosen measure is left out, named by the measure", () => {
    const values = new Map(TWO[1].values);
    values.delete("221");
    const partial: Measure = { ...TWO[1], values };
    const r = value(runKMeans(district.schools, [TWO[0], partial], 4, 1));
    const row = r.rows.find((x) => x.key === "221")!;
    expect(row.cluster).toBeUndefined();
    expect(row.reason).toContain(TWO[1].label);
  });
});

describe("choice and chart", () => {
  test("the default is the results and contingent indices, k = 4, seed 1; switching keeps the k-means choice", () => {
    expect(defaultKMeansChoice(district.measures)).toEqual({
      variables: [INDEX_IDS.results, INDEX_IDS.contingent],
      k: 4,
      seed: 1,
    });
    const start = defaultChoice(district, "D");
    expect(start.method).toBe("quadrant");
    const chosen = chooseMethod(district, { ...start, kmeans: { ...start.kmeans, seed: 9 } }, "kmeans");
    expect(chosen.method).toBe("kmeans");
    const back = chooseMethod(district, chosen, "A");
    expect([back.method, back.model, back.context, back.kmeans.seed]).toEqual([
      "quadrant",
      "A",
      INDEX_IDS.contingent,
      9,
    ]);
  });

  test("the chart: first variable on Y, second on X, coloured by label, borderline outlined", () => {
    const run = value(runKMeans(district.schools, FOUR, 3, 2));
    const chart = kmeansChart(run);
    expect(chart.points).toHaveLength(run.rows.filter((r) => r.cluster !== undefined).length);
    const p = chart.points[0];
    const row = run.rows.find((r) => r.key === p.key)!;
    expect([p.y, p.x, p.cluster]).toEqual([row.values[0], row.values[1], row.cluster]);
    expect(
      chart.points
        .filter((q) => q.marked)
        .map((q) => q.key)
        .sort(),
    ).toEqual(run.borderline.map((b) => b.key).sort());
    expect(chart.legend.map((l) => l.number)).toEqual(run.clusters.map((c) => c.label));
    expect([chart.yLabel, chart.xLabel]).toEqual(["результаты", "сложность контингента"]);
  });
});

describe("the «Кластеры» sheet of a k-means run", () => {
  const run: KMeansRun = value(runKMeans(district.schools, FOUR, 4, 3));
  const now = new Date("2024-09-01T10:00:00Z");
  const texts = (plan: ReturnType<typeof kmeansSheetPlan>) =>
    plan.rows.flat().map((c) => (c.kind === "text" ? c.text : ""));

  test("formulas: one spilled SHNOR.KMEANS over the values with the run's k and seed", () => {
    const plan = kmeansSheetPlan(run, "formulas", now);
    const n = run.rows.filter((r) => r.cluster !== undefined).length;
    expect(plan.rows[0].map((c) => (c.kind === "text" ? c.text : ""))).toEqual([
      "Ключ ОО",
      "ОО",
      ...FOUR.map((m) => m.label),
      "Кластер k-средних",
      "Устойчивость (доля запусков)",
      "Описание кластера",
    ]);
    expect(plan.rows[1][6]).toEqual({ kind: "formula", formula: `=SHNOR.KMEANS(C2:F${n + 1},4,3)` });
    expect(plan.rows[2][6]).toEqual({ kind: "empty" });
    expect(plan.rows[1][7]).toEqual({ kind: "number", value: run.rows[0].stability });
    expect(plan.rows[1][2]).toEqual({ kind: "number", value: run.rows[0].values[0] });
  });

  test("values: the labels, the stability column, the description; the left-out schools with the reason", () => {
    const plan = kmeansSheetPlan(run, "values", now);
    run.rows.forEach((r, i) => {
      const row = plan.rows[i + 1];
      if (r.cluster === undefined) {
        expect(row[6]).toEqual({ kind: "empty" });
        expect(row[8]).toEqual({ kind: "text", text: `Не участвует: ${r.reason}` });
      } else {
        expect(row[6]).toEqual({ kind: "number", value: r.cluster });
        expect(row[7]).toEqual({ kind: "number", value: r.stability });
        const description = run.clusters.find((c) => c.label === r.cluster)!.description;
        expect(row[8]).toEqual({ kind: "text", text: description });
      }
    });
  });

  test.each(["formulas", "values"] as const)(
    "the record block (%s): version, k, seed, variables, stability runs, clusters, date",
    (mode) => {
      const lines = texts(kmeansSheetPlan(run, mode, now));
      const at = lines.indexOf("Как построен лист");
      expect(at).toBeGreaterThan(run.rows.length);
      const record = lines.slice(at).filter((l) => l !== "");
      expect(record[1]).toBe(
        `Надстройка ШНОР ${PANE_VERSION}; ${mode === "formulas" ? "формулы SHNOR.KMEANS" : "значения"}`,
      );
      expect(record).toContain("Метод: k-средних на стандартизированных показателях; k = 4; seed = 3");
      for (const [j, m] of FOUR.entries())
        expect(record).toContain(`Показатель ${j + 1}: ${m.label} [${m.source}]`);
      expect(record).toContain("Устойчивость: 50 запусков, seed 3…52; пограничные — ниже 0,8");
      for (const c of run.clusters)
        expect(record).toContain(`Кластер ${c.label} (школ: ${c.size}): ${c.description}`);
      expect(record).toContain("Дата: 2024-09-01T10:00:00.000Z");
    },
  );
});
