import { issue } from "../issue-codes";
import { fail, ok, type Result } from "../result";
import type { DistrictStats } from "../stats/district-stats";
import type { ClusterModel, ClusterNumber } from "./models";

/** Which side of the district centre a school lies on, for results and for context. */
export interface Sides {
  /** Result at or above the centre (a value equal to the centre counts as above). */
  highResult: boolean;
  /** Context at or above the centre, in the raw direction of the numbers. */
  highContext: boolean;
}

/**
 * The district centres a model splits by: mean or median of results and of contexts.
 * @example centres(district, MODEL_B) // { result: 50.9, context: 56.1 } (the district means)
 */
export function centres(district: DistrictStats, model: ClusterModel): { result: number; context: number } {
  return model.centre === "median"
    ? { result: district.results.median, context: district.contexts.median }
    : { result: district.results.mean, context: district.contexts.mean };
}

/**
 * The model's cluster number for a pair of sides.
 * @example clusterOfSides({ highResult: false, highContext: true }, MODEL_A) // 1
 */
export function clusterOfSides(sides: Sides, model: ClusterModel): ClusterNumber {
  const n = model.numbering;
  if (sides.highResult) return sides.highContext ? n.highResultHighContext : n.highResultLowContext;
  return sides.highContext ? n.lowResultHighContext : n.lowResultLowContext;
}

/**
 * The cluster 1–4 of a school in a district model: its result and context compared with the district centre
 * (mean by default; a value equal to the centre counts as above), numbered as the model says.
 *
 * @example cluster(42, 0.8, district, MODEL_A) // 1 — результаты ниже среднего, контингент сложнее среднего
 */
export function cluster(
  result: number,
  context: number,
  district: DistrictStats,
  model: ClusterModel,
): ClusterNumber {
  const c = centres(district, model);
  return clusterOfSides({ highResult: result >= c.result, highContext: context >= c.context }, model);
}

/** Why a school is at risk: which boundary it is near and how near, in standard deviations. */
export interface RiskDetail {
  /** The neighbouring cluster across the nearer boundary, or 0 when no boundary is within the band. */
  neighbour: ClusterNumber | 0;
  /** The boundary crossed: the results centre or the context centre. */
  boundary?: "results" | "context";
  /** Distance to that boundary in district standard deviations. */
  distance?: number;
  /** For the results boundary: whether the school would fall (down) or rise (up). */
  direction?: "down" | "up" | "across";
}

/**
 * The neighbouring cluster a school could move to: when its result lies within `band` district standard
 * deviations of the results centre, the cluster across it (a school above the boundary could fall, one below
 * could rise — seed 003: 506 "с вероятностью выпасть … в 4 кластер", 223 "есть все шансы попадания в 1
 * кластер"); likewise for the context centre. Near both boundaries, the nearer one in standard deviations wins
 * (a tie goes to the results boundary, what the programme is about). Fails with `no-variation` when the
 * district results or contexts have no spread, and `bad-argument` for a negative band.
 *
 * @example riskDetail(50.5, 0.2, district, MODEL_A, 0.25) // { neighbour: 4, boundary: "results", distance: 0.05, direction: "down" }
 */
export function riskDetail(
  result: number,
  context: number,
  district: DistrictStats,
  model: ClusterModel,
  band = 0.25,
): Result<RiskDetail> {
  if (!(band >= 0) || !Number.isFinite(band))
    return fail(issue("bad-argument", { name: "band", text: String(band) }));
  if (!(district.results.sd > 0)) return fail(issue("no-variation", { what: "результатов по району" }));
  if (!(district.contexts.sd > 0))
    return fail(issue("no-variation", { what: "параметра контекста по району" }));
  const c = centres(district, model);
  const highResult = result >= c.result;
  const highContext = context >= c.context;
  const dr = Math.abs(result - c.result) / district.results.sd;
  const dc = Math.abs(context - c.context) / district.contexts.sd;
  const nearResults = dr <= band;
  const nearContext = dc <= band;
  if (!nearResults && !nearContext) return ok({ neighbour: 0 });
  if (nearResults && (!nearContext || dr <= dc)) {
    return ok({
      neighbour: clusterOfSides({ highResult: !highResult, highContext }, model),
      boundary: "results",
      distance: dr,
      direction: highResult ? "down" : "up",
    });
  }
  return ok({
    neighbour: clusterOfSides({ highResult, highContext: !highContext }, model),
    boundary: "context",
    distance: dc,
    direction: "across",
  });
}

/**
 * `riskDetail`'s neighbouring cluster alone: the number SHNOR.RISK shows, 0 when the school is not near a boundary.
 *
 * @example risk(50.5, 0.2, district, MODEL_A) // ok(4)
 */
export function risk(
  result: number,
  context: number,
  district: DistrictStats,
  model: ClusterModel,
  band = 0.25,
): Result<ClusterNumber | 0> {
  const detail = riskDetail(result, context, district, model, band);
  return detail.ok ? ok(detail.value.neighbour) : detail;
}

/**
 * The Russian description of a model's cluster, results first: «низкие результаты, сложный контингент».
 * Fails with `out-of-range` for a number other than 1–4.
 *
 * @example clusterName(1, MODEL_A) // ok("низкие результаты, сложный контингент")
 * @example clusterName(1, MODEL_D) // ok("результаты выше среднего, сумма трёх параметров выше среднего")
 */
export function clusterName(cluster: number, model: ClusterModel): Result<string> {
  const word = model.centre === "median" ? "медианы" : "среднего";
  const n = model.numbering;
  const quadrants: Array<[ClusterNumber, boolean, boolean]> = [
    [n.highResultHighContext, true, true],
    [n.highResultLowContext, true, false],
    [n.lowResultLowContext, false, false],
    [n.lowResultHighContext, false, true],
  ];
  const found = quadrants.find(([number]) => number === cluster);
  if (!found) return fail(issue("out-of-range", { value: String(cluster), range: "1–4" }));
  const results = found[1] ? `результаты выше ${word}` : "низкие результаты";
  const context = (found[2] ? model.contextHigh : model.contextLow).replace("{центр}", word);
  return ok(`${results}, ${context}`);
}
