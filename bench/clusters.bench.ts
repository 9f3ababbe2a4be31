/**
 * Cluster functions bench: 10,000 SHNOR.CLUSTER cells against the same 10,000-row district ranges, through the
 * wrapper real cells use (argument coercion, content-keyed district cache, core), compared with one plain pass
 * over the district arrays per cell; and k-means on 40,000 schools × 4 variables (every school in the country).
 */
import { kmeans } from "../src/core/clusters/kmeans";
import { seededRandom } from "../src/core/stats/prng";
import { clearDistrictStatsCache, computeDistrictStats } from "../src/core/stats/district-stats";
import { clusterFunction, kmeansFunction } from "../src/functions/clusters";
import { bestOf, ms } from "./timing";

const ROWS = 10_000;
const CELLS = 10_000;

/** A district column as Excel passes it: n×1, with a few blanks and dashes as real workbooks have. */
function districtColumn(random: () => number, scale: number): unknown[][] {
  return Array.from({ length: ROWS }, () => {
    const u = random();
    if (u < 0.01) return [""];
    if (u < 0.015) return ["-"];
    return [Math.round(random() * scale * 10) / 10];
  });
}

/** One plain pass over both district arrays: what computing a mean directly in each cell would at least cost. */
function plainPass(results: unknown[][], contexts: unknown[][]): number {
  let s = 0;
  let n = 0;
  for (let i = 0; i < results.length; i++) {
    const a = results[i][0];
    const b = contexts[i][0];
    if (typeof a === "number" && typeof b === "number") {
      s += a + b;
      n++;
    }
  }
  return s / n;
}

export function run(): void {
  const random = seededRandom(2023);
  const results = districtColumn(random, 100);
  const contexts = districtColumn(random, 50);
  let sink = 0;

  const cold = bestOf(3, () => {
    const stats = computeDistrictStats(results as never, contexts as never);
    if (stats.ok) sink += stats.value.n;
  });

  const cells = (): void => {
    clearDistrictStatsCache();
    for (let i = 0; i < CELLS; i++) {
      const out = clusterFunction([[results[i][0]]], [[contexts[i][0]]], results, contexts, "кадры");
      if (typeof out[0][0] === "number") sink += out[0][0];
    }
  };
  const plain = (): void => {
    for (let i = 0; i < CELLS; i++) sink += plainPass(results, contexts);
  };
  // Interleaved rounds, best of each: the machine is shared, so both sides see the same load.
  let cellsTime = Infinity;
  let plainTime = Infinity;
  for (let round = 0; round < 7; round++) {
    cellsTime = Math.min(cellsTime, bestOf(0, cells));
    plainTime = Math.min(plainTime, bestOf(0, plain));
  }

  const spillTime = bestOf(5, () => {
    clearDistrictStatsCache();
    const out = clusterFunction(results, contexts, results, contexts, "кадры");
    sink += out.length;
  });

  console.log(`district statistics computed once (parse, mean, median, sd, regression): ${ms(cold)}`);
  console.log(
    `${CELLS} CLUSTER cells (1×1 each) against ${ROWS}-row ranges: ${ms(cellsTime)} (${((cellsTime / CELLS) * 1000).toFixed(1)} µs per cell)`,
  );
  console.log(`${CELLS} plain passes over the same district arrays: ${ms(plainTime)}`);
  console.log(`ratio CLUSTER cells / plain passes: ${(cellsTime / plainTime).toFixed(2)}× (target ≤ 3×)`);
  console.log(`one CLUSTER formula spilling ${ROWS} rows: ${ms(spillTime)}`);

  const kr = seededRandom(7);
  const country = Array.from({ length: 40_000 }, () => {
    const g = Math.floor(kr() * 4);
    return [g * 10 + kr() * 12, 50 - g * 8 + kr() * 15, kr() * 100, g + kr() * 2];
  });
  let iterations = 0;
  const kmTime = bestOf(3, () => {
    const r = kmeans(country, 4, 1);
    if (r.ok) iterations = r.value.iterations;
  });
  const kmCells = country.map((row) => row.map((v) => v as unknown));
  const kmFnTime = bestOf(3, () => {
    // A fresh seed each run so the result cache does not answer.
    sink += kmeansFunction(kmCells, 4, Math.floor(kr() * 1e9)).length;
  });
  console.log(
    `KMEANS core, 40,000 schools × 4 variables, k = 4: ${ms(kmTime)} (${iterations} iterations; target < 1000 ms)`,
  );
  console.log(
    `KMEANS custom function on the same 40,000 × 4 range (coercion, content cache, k-means): ${ms(kmFnTime)}`,
  );
  if (sink === 42) console.log("");
}
