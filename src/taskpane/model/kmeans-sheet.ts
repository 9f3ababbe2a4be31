/**
 * The generated sheet «Кластеры» of a k-means run: one row per school with its values of the chosen measures,
 * its cluster (a spilled `=SHNOR.KMEANS(data,k,seed)` or the values), its stability and the cluster's
 * description; schools left out follow with the reason; the record block at the foot names k, the seed, the
 * variables, the stability runs and the add-in version, so the sheet can be reproduced.
 */
import { columnLetters } from "../../core/cells/a1";
import { EMPTY, formula, num, text, type PlanCell, type SheetPlan } from "../../core/plans/sheet-plan";
import { KMEANS_RU } from "../strings-ru-kmeans";
import { clusterSheetFrame, type WriteMode } from "./cluster-sheet-frame";
import { BORDERLINE_SHARE, type KMeansRun } from "./kmeans-run";

const R = KMEANS_RU.record;
const C = KMEANS_RU.column;

/**
 * The «Кластеры» sheet plan of a k-means run. With formulas, the cluster column is one spilled
 * `=SHNOR.KMEANS(...)` over the values of the schools that take part, with the run's k and seed, so Excel
 * recomputes the same labels; the stability and the descriptions are values of this run.
 *
 * @example kmeansSheetPlan(run, "formulas", new Date()).rows[1][6] // { kind: "formula", formula: "=SHNOR.KMEANS(C2:F59,4,1)" }
 */
export function kmeansSheetPlan(run: KMeansRun, mode: WriteMode, now: Date): SheetPlan {
  const taking = run.rows.filter((r) => r.cluster !== undefined);
  const left = run.rows.filter((r) => r.cluster === undefined);
  const v = run.variables.length;
  const header = [
    "Ключ ОО",
    "ОО",
    ...run.variables.map((m) => m.label),
    C.cluster,
    C.stability,
    C.description,
  ];
  const clusterColumn = 2 + v;
  const data = `C2:${columnLetters(clusterColumn - 1)}${taking.length + 1}`;
  const describe = (label: number | undefined) =>
    run.clusters.find((c) => c.label === label)?.description ?? "";
  const rows: PlanCell[][] = [];
  taking.forEach((r, i) => {
    const cluster =
      mode === "formulas"
        ? i === 0
          ? formula(`SHNOR.KMEANS(${data},${run.k},${run.seed})`)
          : EMPTY // the spill of the first row's formula
        : num(r.cluster!);
    rows.push([
      text(r.key),
      text(r.name),
      ...r.values.map((x) => num(x!)),
      cluster,
      num(r.stability!),
      text(describe(r.cluster)),
    ]);
  });
  for (const r of left)
    rows.push([
      text(r.key),
      text(r.name),
      ...r.values.map((x) => (x === undefined ? EMPTY : num(x))),
      EMPTY,
      EMPTY,
      text(`Не участвует: ${r.reason ?? ""}`),
    ]);
  return clusterSheetFrame({
    header,
    body: rows,
    numberColumns: v,
    extraStyles: [
      {
        range: { row: 1, column: clusterColumn + 1, rowCount: Math.max(1, taking.length) },
        style: { numberFormat: "0%" },
      },
    ],
    madeWith: mode === "formulas" ? "формулы SHNOR.KMEANS" : "значения",
    record: [
      R.method(run.k, run.seed),
      ...run.variables.map((m, j) => R.variable(j + 1, m.label, m.source)),
      R.stability(run.seeds.length, run.seeds[0], run.seeds[run.seeds.length - 1], BORDERLINE_SHARE),
      R.iterations(run.iterations, run.converged, taking.length),
      ...run.clusters.map((c) => R.cluster(c.label, c.size, c.description)),
    ],
    widths: [10, 36, ...run.variables.map(() => 14), 10, 13, 48],
    now,
  });
}
