import { issue } from "../issue-codes";
import { fail, ok, type Result } from "../result";
import { standardizeColumns } from "../stats/standardize";
import { describeCentre, type VariableWords } from "./cluster-description";
import { seededRandom } from "../stats/prng";

/** One cluster found by k-means, for the task pane and the monitoring sheet. */
export interface KMeansCluster {
  /** The label 1…k (1 = highest centre on the first variable). */
  label: number;
  /** How many schools it holds. */
  size: number;
  /** The centre in the original units of each variable. */
  centre: number[];
  /** The centre in district standard deviations from the mean. */
  centreZ: number[];
  /** The centre in Russian words: «результаты выше среднего, контингент сложнее среднего». */
  description: string;
}

/** The clusters of a k-means run and everything needed to reproduce it. */
export interface KMeansResult {
  /** One label per input row, in input order. */
  labels: number[];
  /** The non-empty clusters, by label. Fewer than k when the data have fewer distinct points. */
  clusters: KMeansCluster[];
  /** Parameters, recorded with the results. */
  k: number;
  seed: number;
  maxIterations: number;
  iterations: number;
  converged: boolean;
  /** Column means and sample standard deviations used to standardise. */
  means: number[];
  sds: number[];
  method: string;
}

/** Options of `kmeans`. */
export interface KMeansOptions {
  /** Upper bound of Lloyd iterations (default 100): the routine always ends. */
  maxIterations?: number;
  /** Words for the variables, for the cluster descriptions. */
  variables?: readonly VariableWords[];
}

/**
 * k-means on standardised variables (schools × variables), deterministic for a seed: k-means++ seeding from a
 * seeded generator, then at most `maxIterations` Lloyd steps. Rows are first put in a canonical order (by their
 * values), so shuffling the rows does not change any school's label. A cluster that empties is re-seeded at the
 * point farthest from its centre (the lowest such point in canonical order); one that cannot be (all points
 * coincide) is dropped. Labels are ordered by centre: 1 = highest on the first variable, then by the following
 * variables. Fails with `not-enough-data` for fewer rows than k, `shape-mismatch` for ragged rows and
 * `bad-argument` for a bad k or a value that is not a finite number.
 *
 * @example kmeans([[1, 1], [1.2, 1], [9, 9], [9.1, 8.8]], 2, 7).value.labels // [2, 2, 1, 1]
 */
export function kmeans(
  data: readonly (readonly number[])[],
  k = 4,
  seed = 1,
  options: KMeansOptions = {},
): Result<KMeansResult> {
  const maxIterations = options.maxIterations ?? 100;
  const n = data.length;
  if (!Number.isInteger(k) || k < 1) return fail(issue("bad-argument", { name: "k", text: String(k) }));
  if (!Number.isFinite(seed)) return fail(issue("bad-argument", { name: "seed", text: String(seed) }));
  if (n === 0 || n < k) return fail(issue("not-enough-data", { min: Math.max(k, 1) }));
  const d = data[0].length;
  if (d === 0) return fail(issue("not-enough-data", { min: 1 }));
  for (const row of data) {
    if (row.length !== d) return fail(issue("shape-mismatch"));
    for (const v of row)
      if (!Number.isFinite(v)) return fail(issue("bad-argument", { name: "data", text: String(v) }));
  }

  // Canonical order: the algorithm sees the same sequence however the rows were shuffled.
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => compareRows(data[a], data[b]));
  const std = standardizeColumns(order.map((i) => data[i]));
  const z = new Float64Array(n * d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) z[i * d + j] = std.z[i][j];

  const random = seededRandom(seed);
  const centres = seedPlusPlus(z, n, d, k, random);
  const assign = new Int32Array(n).fill(-1);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    const changed = assignPoints(z, n, d, centres, assign);
    const reseeded = updateCentres(z, n, d, centres, assign);
    if (!changed && !reseeded) {
      converged = true;
      break;
    }
  }

  // Order the non-empty clusters by centre, first variable first (descending).
  const m = centres.length;
  const sizes = new Array<number>(m).fill(0);
  for (let i = 0; i < n; i++) sizes[assign[i]]++;
  const alive = Array.from({ length: m }, (_, c) => c).filter((c) => sizes[c] > 0);
  alive.sort((a, b) => compareRows(centres[b], centres[a]) || a - b);
  const labelOf = new Array<number>(m).fill(0);
  alive.forEach((c, rank) => (labelOf[c] = rank + 1));

  const labels = new Array<number>(n);
  for (let i = 0; i < n; i++) labels[order[i]] = labelOf[assign[i]];
  const clusters = alive.map((c, rank) => {
    const centreZ = Array.from(centres[c]);
    return {
      label: rank + 1,
      size: sizes[c],
      centre: centreZ.map((v, j) => std.means[j] + v * std.sds[j]),
      centreZ,
      description: describeCentre(centreZ, options.variables),
    };
  });
  return ok({
    labels,
    clusters,
    k,
    seed,
    maxIterations,
    iterations,
    converged,
    means: std.means,
    sds: std.sds,
    method: "k-means++ и итерации Ллойда на стандартизированных переменных",
  });
}

function compareRows(a: ArrayLike<number>, b: ArrayLike<number>): number {
  for (let j = 0; j < a.length; j++) if (a[j] !== b[j]) return a[j] < b[j] ? -1 : 1;
  return 0;
}

function dist2(z: Float64Array, i: number, d: number, centre: Float64Array): number {
  let s = 0;
  const base = i * d;
  for (let j = 0; j < d; j++) {
    const t = z[base + j] - centre[j];
    s += t * t;
  }
  return s;
}

/** k-means++: the first centre uniformly, each next one with probability ∝ squared distance. */
function seedPlusPlus(
  z: Float64Array,
  n: number,
  d: number,
  k: number,
  random: () => number,
): Float64Array[] {
  const pick = (i: number) => z.slice(i * d, i * d + d);
  const centres = [pick(Math.min(n - 1, Math.floor(random() * n)))];
  const best = new Float64Array(n);
  for (let i = 0; i < n; i++) best[i] = dist2(z, i, d, centres[0]);
  while (centres.length < k) {
    let total = 0;
    for (let i = 0; i < n; i++) total += best[i];
    let chosen = -1;
    if (total > 0) {
      let r = random() * total;
      for (let i = 0; i < n; i++) {
        if (best[i] === 0) continue;
        chosen = i;
        r -= best[i];
        if (r < 0) break;
      }
    } else {
      // Every point coincides with a centre already: the extra centre starts empty and is dropped.
      chosen = 0;
    }
    const centre = pick(chosen);
    centres.push(centre);
    for (let i = 0; i < n; i++) best[i] = Math.min(best[i], dist2(z, i, d, centre));
  }
  return centres;
}

/** Assigns each point to its nearest centre (ties → the lower centre index); true when anything changed. */
function assignPoints(
  z: Float64Array,
  n: number,
  d: number,
  centres: Float64Array[],
  assign: Int32Array,
): boolean {
  let changed = false;
  const m = centres.length;
  for (let i = 0; i < n; i++) {
    let bestC = 0;
    let bestD = dist2(z, i, d, centres[0]);
    for (let c = 1; c < m; c++) {
      const dd = dist2(z, i, d, centres[c]);
      if (dd < bestD) {
        bestD = dd;
        bestC = c;
      }
    }
    if (assign[i] !== bestC) {
      assign[i] = bestC;
      changed = true;
    }
  }
  return changed;
}

/**
 * Moves each centre to the mean of its points; an empty one is re-seeded at the farthest point. True when a
 * cluster was re-seeded (the run has not converged then).
 */
function updateCentres(
  z: Float64Array,
  n: number,
  d: number,
  centres: Float64Array[],
  assign: Int32Array,
): boolean {
  let reseeded = false;
  const m = centres.length;
  const sums = centres.map(() => new Float64Array(d));
  const counts = new Array<number>(m).fill(0);
  for (let i = 0; i < n; i++) {
    const c = assign[i];
    counts[c]++;
    const s = sums[c];
    for (let j = 0; j < d; j++) s[j] += z[i * d + j];
  }
  for (let c = 0; c < m; c++)
    if (counts[c] > 0) for (let j = 0; j < d; j++) centres[c][j] = sums[c][j] / counts[c];
  for (let c = 0; c < m; c++) {
    if (counts[c] > 0) continue;
    let far = -1;
    let farD = 0;
    for (let i = 0; i < n; i++) {
      if (counts[assign[i]] < 2) continue; // never empty another cluster
      const dd = dist2(z, i, d, centres[assign[i]]);
      if (dd > farD) {
        farD = dd;
        far = i;
      }
    }
    if (far < 0) continue; // all points sit on their centres: stays empty, dropped at the end
    counts[assign[far]]--;
    assign[far] = c;
    counts[c] = 1;
    centres[c] = z.slice(far * d, far * d + d);
    reseeded = true;
  }
  return reseeded;
}
