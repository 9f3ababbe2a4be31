import type { CellValue } from "../cells/cell-value";
import { issue } from "../issue-codes";
import { fail, ok, type Result } from "../result";
import { ContentCache } from "./content-cache";
import { summarize, type ColumnSummary } from "./describe";
import { flattenGrid, numericPairs } from "./numeric-column";
import { linearFit, type LinearFit } from "./regression";

/** The statistics of a district's paired results and contexts (rows where both are numbers). */
export interface DistrictStats {
  /** How many schools take part (rows where both the result and the context are numbers). */
  n: number;
  /** The results column: mean, median, sample standard deviation. */
  results: ColumnSummary;
  /** The context column: mean, median, sample standard deviation. */
  contexts: ColumnSummary;
  /** The least-squares line of results on context; undefined when the context has no spread. */
  fit?: LinearFit;
}

/** A district range as a custom function or a table gives it. */
export type DistrictRange = readonly (readonly CellValue[])[];

/**
 * Computes the district statistics from paired district ranges (same size; cells that are not numbers are
 * skipped row-wise). Fails with `shape-mismatch` for ranges of different sizes and `not-enough-data` when no
 * row has both numbers.
 *
 * @example computeDistrictStats([[40], [60], ["-"]], [[1], [3], [2]])
 * // ok({ n: 2, results: { n: 2, mean: 50, median: 50, sd: 14.14 }, contexts: { mean: 2, … }, fit: { slope: 10, intercept: 30 } })
 */
export function computeDistrictStats(results: DistrictRange, contexts: DistrictRange): Result<DistrictStats> {
  const pairs = numericPairs(flattenGrid(results), flattenGrid(contexts));
  if (!pairs.ok) return pairs;
  const r = summarize(pairs.value.x);
  const c = summarize(pairs.value.y);
  if (!r || !c) return fail(issue("not-enough-data", { min: 1 }));
  const stats: DistrictStats = { n: r.n, results: r, contexts: c };
  const fit = linearFit(pairs.value.y, pairs.value.x);
  if (fit) stats.fit = fit;
  return ok(stats);
}

const cache = new ContentCache<Result<DistrictStats>>(16);

/**
 * `computeDistrictStats` computed once per distinct pair of district ranges and reused: every cell of a
 * column of `=SHNOR.CLUSTER(…; B$2:B$70; C$2:C$70)` gets the same statistics for the price of one comparison
 * pass over the ranges (`ContentCache`: exact, by content), not a parse, sort and regression each. A bounded
 * LRU of 16 district ranges.
 *
 * @example districtStats([[40], [60]], [[1], [3]]).ok // true (computed); the same call again is a cache hit
 */
export function districtStats(results: DistrictRange, contexts: DistrictRange): Result<DistrictStats>;
/**
 * The same for ranges as a custom function receives them (raw runtime values): the cache compares the raw
 * values, and `read` turns them into cell values only on a miss.
 */
export function districtStats<Raw>(
  results: Raw,
  contexts: Raw,
  read: (raw: Raw) => DistrictRange,
): Result<DistrictStats>;
export function districtStats(
  results: unknown,
  contexts: unknown,
  read: (raw: unknown) => DistrictRange = (raw) => raw as DistrictRange,
): Result<DistrictStats> {
  return cache.getOrCompute([results, contexts], "", () =>
    computeDistrictStats(read(results), read(contexts)),
  );
}

/**
 * Empties the district statistics cache (for tests and benchmarks).
 * @example clearDistrictStatsCache()
 */
export function clearDistrictStatsCache(): void {
  cache.clear();
}
