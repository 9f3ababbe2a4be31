/**
 * What the scatter chart draws, from either kind of cluster run: points coloured by cluster, the district-mean
 * lines, the axes' names and the legend. The quadrant models put context on X and results on Y; k-means puts
 * its second variable on X and its first (the one that orders the labels) on Y.
 */
import { stringsRu } from "../strings-ru";
import type { ClusterRun } from "./cluster-run";
import type { KMeansRun } from "./kmeans-run";

const S = stringsRu.clusters;

/** One school on the chart. */
export interface ChartPoint {
  key: string;
  name: string;
  x: number;
  y: number;
  cluster: number;
  /** Outlined: near a boundary (quadrant models) or borderline (k-means). */
  marked: boolean;
}

/** The chart of a cluster run. */
export interface ChartData {
  title: string;
  desc: string;
  xLabel: string;
  yLabel: string;
  /** The district means, drawn as dashed lines. */
  centre: { x: number; y: number };
  points: ChartPoint[];
  legend: { number: number; count: number }[];
}

/**
 * The chart of a quadrant model.
 * @example quadrantChart(run).points[0] // { key: "221", x: 0.3, y: -0.5, cluster: 3, marked: false, … }
 */
export function quadrantChart(run: ClusterRun): ChartData {
  const points = run.rows
    .filter((r) => r.cluster !== undefined)
    .map((r) => ({
      key: r.key,
      name: r.name,
      x: r.context!,
      y: r.result!,
      cluster: r.cluster!,
      marked: r.risk !== undefined && r.risk.neighbour !== 0,
    }));
  return {
    title: S.chartTitle(run.context.label, run.results.label),
    desc: S.chartDesc(points.length),
    xLabel: S.context,
    yLabel: S.results,
    centre: { x: run.centre.context, y: run.centre.result },
    points,
    legend: run.clusters.map((c) => ({ number: c.number, count: c.count })),
  };
}

/**
 * The chart of a k-means run: its first two variables.
 * @example kmeansChart(run).xLabel // "сложность контингента"
 */
export function kmeansChart(run: KMeansRun): ChartData {
  const borderline = new Set(run.borderline.map((b) => b.key));
  const points = run.rows
    .filter((r) => r.cluster !== undefined)
    .map((r) => ({
      key: r.key,
      name: r.name,
      x: r.values[1]!,
      y: r.values[0]!,
      cluster: r.cluster!,
      marked: borderline.has(r.key),
    }));
  const [y, x] = run.words.map((w, j) => w.name ?? run.variables[j].label);
  return {
    title: S.chartTitle(run.variables[1].label, run.variables[0].label),
    desc: S.kmeans.chartDesc(points.length, x, y),
    xLabel: x,
    yLabel: y,
    centre: { x: run.means[1], y: run.means[0] },
    points,
    legend: run.clusters.map((c) => ({ number: c.label, count: c.size })),
  };
}
