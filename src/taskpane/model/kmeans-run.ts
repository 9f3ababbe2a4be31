/**
 * k-means clusters on the pane's data: the schools with every chosen measure take part (special schools are
 * listed but left out), clustered by the core's `kmeans` at the user's seed, with the clusters' descriptions and
 * each school's stability over `STABILITY_RUNS` seeds; schools below `BORDERLINE_SHARE` are «пограничные».
 */
import { kmeans, stability, type KMeansCluster, type VariableWords } from "../../core/clusters";
import { INDEX_IDS, isSpecialSchool, issue, type Measure } from "../../core";
import { fail, ok, type Result } from "../../core/result";
import { KMEANS_RU } from "../strings-ru-kmeans";

/** How many seeds the stability figure runs over: the user's seed and the next 49. */
export const STABILITY_RUNS = 50;
/** A school kept in its cluster in fewer than this share of the runs is «пограничная». */
export const BORDERLINE_SHARE = 0.8;
/** The numbers of clusters the pane offers. */
export const K_CHOICES = [2, 3, 4, 5, 6] as const;
/** The defaults shown on the screen. */
export const DEFAULT_K = 4;
export const DEFAULT_SEED = 1;
/** Between two and four measures. */
export const MIN_VARIABLES = 2;
export const MAX_VARIABLES = 4;

/** The user's k-means choice. */
export interface KMeansChoice {
  /** Measure ids, 2–4, in order: the first orders the labels and is the chart's Y axis, the second its X. */
  variables: string[];
  k: number;
  seed: number;
}

/** One school of the k-means run. */
export interface KMeansRow {
  key: string;
  name: string;
  /** One value per variable (undefined where the school has none). */
  values: (number | undefined)[];
  /** The label 1…k; undefined for a school left out (`reason` says why). */
  cluster?: number;
  /** The share of the stability runs (0…1) that put the school in `cluster`. */
  stability?: number;
  reason?: string;
}

/** A borderline school: kept in its cluster in fewer than `BORDERLINE_SHARE` of the runs. */
export interface Borderline {
  key: string;
  name: string;
  cluster: number;
  share: number;
}

/** The outcome of a k-means run, with everything needed to reproduce it. */
export interface KMeansRun {
  variables: Measure[];
  words: VariableWords[];
  k: number;
  seed: number;
  /** The seeds of the stability runs. */
  seeds: number[];
  /** Schools that take part first (registry order), then those left out. */
  rows: KMeansRow[];
  /** The non-empty clusters: label, size, centre in original units, centre in words. */
  clusters: KMeansCluster[];
  /** District means of the variables over the schools that take part (original units). */
  means: number[];
  /** Lowest share first. */
  borderline: Borderline[];
  iterations: number;
  converged: boolean;
}

/**
 * The seeds of the stability runs: the user's seed and the following ones, `runs` in all.
 * @example stabilitySeeds(7, 3) // [7, 8, 9]
 */
export function stabilitySeeds(seed: number, runs = STABILITY_RUNS): number[] {
  return Array.from({ length: runs }, (_, i) => seed + i);
}

/**
 * How a measure is spoken of in the descriptions: the short name of a district index, else its label.
 * @example variableWords({ id: "index:results", … }) // { name: "результаты", lower: "низкие результаты" }
 */
export function variableWords(measure: Measure): VariableWords {
  return KMEANS_RU.words[measure.id] ?? { name: measure.label };
}

/**
 * The default choice: the results index and the contingent index (the axes of model A) where the workbook has
 * them, else the first results and context measures; k = 4, seed 1. The user adds up to two more measures.
 * @example defaultKMeansChoice(measures) // { variables: ["index:results", "index:contingent"], k: 4, seed: 1 }
 */
export function defaultKMeansChoice(measures: readonly Measure[]): KMeansChoice {
  const has = (id: string) => measures.some((m) => m.id === id);
  const first = (group: Measure["group"]) => measures.find((m) => m.group === group)?.id;
  const results = has(INDEX_IDS.results) ? INDEX_IDS.results : first("results");
  const context = has(INDEX_IDS.contingent) ? INDEX_IDS.contingent : first("context");
  const variables = [results, context].filter((id): id is string => id !== undefined);
  return { variables, k: DEFAULT_K, seed: DEFAULT_SEED };
}

/**
 * Runs k-means on the chosen measures. Fails with `bad-argument` for fewer than 2 or more than 4 variables or
 * a repeated one, and as the core's `kmeans` does (e.g. `not-enough-data` for fewer schools than k).
 *
 * @example runKMeans(schools, [results, contingent], 4, 1) // ok({ rows: [{ key: "221", cluster: 3, stability: 1 }, …], … })
 */
export function runKMeans(
  schools: readonly { key: string; name: string }[],
  variables: readonly Measure[],
  k: number,
  seed: number,
): Result<KMeansRun> {
  const ids = variables.map((v) => v.id);
  if (
    variables.length < MIN_VARIABLES ||
    variables.length > MAX_VARIABLES ||
    new Set(ids).size !== ids.length
  )
    return fail(issue("bad-argument", { name: "variables", text: ids.join("; ") || "пусто" }));
  const taking: KMeansRow[] = [];
  const left: KMeansRow[] = [];
  for (const { key, name } of schools) {
    const values = variables.map((v) => v.values.get(key));
    const row: KMeansRow = { key, name, values };
    const missing = values.findIndex((v) => v === undefined);
    if (isSpecialSchool(key))
      left.push({ ...row, reason: "особая школа: не входит в модель «в силу вида и уникальности»" });
    else if (missing >= 0) left.push({ ...row, reason: `нет значения «${variables[missing].label}»` });
    else taking.push(row);
  }
  const data = taking.map((r) => r.values as number[]);
  const words = variables.map(variableWords);
  const run = kmeans(data, k, seed, { variables: words });
  if (!run.ok) return run;
  const seeds = stabilitySeeds(seed);
  const stable = stability(data, k, seeds, { reference: run.value.labels });
  if (!stable.ok) return stable;
  taking.forEach((row, i) => {
    row.cluster = run.value.labels[i];
    row.stability = stable.value.kept[i];
  });
  const borderline = taking
    .filter((r) => r.stability! < BORDERLINE_SHARE)
    .map((r) => ({ key: r.key, name: r.name, cluster: r.cluster!, share: r.stability! }))
    .sort((a, b) => a.share - b.share || a.cluster - b.cluster);
  return ok({
    variables: [...variables],
    words,
    k,
    seed,
    seeds,
    rows: [...taking, ...left],
    clusters: run.value.clusters,
    means: run.value.means,
    borderline,
    iterations: run.value.iterations,
    converged: run.value.converged,
  });
}
