/**
 * Clusters of the district model on the pane's data: each school's result and context (two measures), its
 * cluster and risk by the core's quadrant model, the district centres for the chart, and the descriptions.
 */
import {
  MODELS,
  centres,
  clusterName,
  cluster as clusterOf,
  riskDetail,
  type ClusterModel,
  type ClusterNumber,
  type RiskDetail,
} from "../../core/clusters";
import { computeDistrictStats, type DistrictStats } from "../../core/stats/district-stats";
import { isSpecialSchool, messageRu, type Measure } from "../../core";
import { fail, ok, type Result } from "../../core/result";

/** One school in the cluster run. */
export interface ClusterRow {
  key: string;
  name: string;
  result?: number;
  context?: number;
  /** Undefined for a school left out (`reason` says why). */
  cluster?: ClusterNumber;
  risk?: RiskDetail;
  reason?: string;
}

/** The outcome of a cluster run. */
export interface ClusterRun {
  model: ClusterModel;
  results: Measure;
  context: Measure;
  band: number;
  /** Schools that take part first (registry order), then those left out. */
  rows: ClusterRow[];
  stats: DistrictStats;
  centre: { result: number; context: number };
  /** Description and size of each cluster, 1–4. */
  clusters: { number: ClusterNumber; name: string; count: number; atRisk: number }[];
}

/** The model ids the pane offers. */
export type ModelId = keyof typeof MODELS;

/**
 * Runs the district model: schools with both numbers take part (special schools are listed but left out),
 * cluster by the district centre, risk within `band` standard deviations of a boundary.
 *
 * @example runClusters(schools, results, context, "D", 0.25) // ok({ rows: [{ key: "221", cluster: 3, … }], … })
 */
export function runClusters(
  schools: readonly { key: string; name: string }[],
  results: Measure,
  context: Measure,
  modelId: ModelId,
  band: number,
): Result<ClusterRun> {
  const model = MODELS[modelId];
  const taking: ClusterRow[] = [];
  const left: ClusterRow[] = [];
  for (const { key, name } of schools) {
    const result = results.values.get(key);
    const ctx = context.values.get(key);
    const row: ClusterRow = {
      key,
      name,
      ...(result !== undefined ? { result } : {}),
      ...(ctx !== undefined ? { context: ctx } : {}),
    };
    if (isSpecialSchool(key))
      left.push({ ...row, reason: "особая школа: не входит в модель «в силу вида и уникальности»" });
    else if (result === undefined || ctx === undefined)
      left.push({
        ...row,
        reason: result === undefined ? "нет значения результатов" : "нет значения контекста",
      });
    else taking.push(row);
  }
  const stats = computeDistrictStats(
    taking.map((r) => [r.result ?? null]),
    taking.map((r) => [r.context ?? null]),
  );
  if (!stats.ok) return stats;
  for (const row of taking) {
    row.cluster = clusterOf(row.result!, row.context!, stats.value, model);
    const detail = riskDetail(row.result!, row.context!, stats.value, model, band);
    if (!detail.ok) return fail(detail.issue);
    row.risk = detail.value;
  }
  const numbers: ClusterNumber[] = [1, 2, 3, 4];
  const clusters = numbers.map((number) => {
    const name = clusterName(number, model);
    const members = taking.filter((r) => r.cluster === number);
    return {
      number,
      name: name.ok ? name.value : messageRu(name.issue),
      count: members.length,
      atRisk: members.filter((r) => r.risk && r.risk.neighbour !== 0).length,
    };
  });
  return ok({
    model,
    results,
    context,
    band,
    rows: [...taking, ...left],
    stats: stats.value,
    centre: centres(stats.value, model),
    clusters,
  });
}
