/**
 * The generated sheet «Кластеры»: one row per school with its result, context, cluster, risk and the
 * cluster's description — as SHNOR formulas (they recompute when the numbers change) or as values — and a
 * record at the foot of how it was made.
 */
import { EMPTY, formula, num, text, type PlanCell, type SheetPlan } from "../../core/plans/sheet-plan";
import type { ClusterRun } from "./cluster-run";
import { clusterSheetFrame, type WriteMode } from "./cluster-sheet-frame";

export { PANE_VERSION, type WriteMode } from "./cluster-sheet-frame";

const HEADER = [
  "Ключ ОО",
  "ОО",
  "Результаты",
  "Контекст",
  "Кластер",
  "Риск (соседний кластер)",
  "Описание кластера",
];

/**
 * The «Кластеры» sheet plan. With formulas, the ranges of the district cover only the schools that take part
 * (rows 2…n+1); schools left out follow with the reason.
 *
 * @example clusterSheetPlan(run, "formulas", new Date()).rows[1][4] // { kind: "formula", formula: '=SHNOR.CLUSTER(C2,D2,C$2:C$61,D$2:D$61,"сумма")' }
 */
export function clusterSheetPlan(run: ClusterRun, mode: WriteMode, now: Date): SheetPlan {
  const taking = run.rows.filter((r) => r.cluster !== undefined);
  const left = run.rows.filter((r) => r.cluster === undefined);
  const last = taking.length + 1;
  const model = run.model.name;
  const rows: PlanCell[][] = [];
  taking.forEach((r, i) => {
    const n = i + 2;
    const all = `C$2:C$${last},D$2:D$${last}`;
    rows.push([
      text(r.key),
      text(r.name),
      num(r.result!),
      num(r.context!),
      ...(mode === "formulas"
        ? [
            formula(`SHNOR.CLUSTER(C${n},D${n},${all},"${model}")`),
            formula(`SHNOR.RISK(C${n},D${n},${all},${run.band},"${model}")`),
            formula(`SHNOR.CLUSTERNAME(E${n},"${model}")`),
          ]
        : [
            num(r.cluster!),
            num(r.risk?.neighbour ?? 0),
            text(run.clusters.find((c) => c.number === r.cluster)?.name ?? ""),
          ]),
    ]);
  });
  for (const r of left) {
    rows.push([
      text(r.key),
      text(r.name),
      r.result !== undefined ? num(r.result) : EMPTY,
      r.context !== undefined ? num(r.context) : EMPTY,
      EMPTY,
      EMPTY,
      text(`Не участвует: ${r.reason ?? ""}`),
    ]);
  }
  return clusterSheetFrame({
    header: HEADER,
    body: rows,
    numberColumns: 2,
    madeWith: mode === "formulas" ? "формулы SHNOR" : "значения",
    record: [
      `Модель: ${run.model.id} «${run.model.name}» (${run.model.context}); граница — ${run.model.centre === "median" ? "медиана" : "среднее"} по району`,
      `Результаты: ${run.results.label} [${run.results.source}]`,
      `Контекст: ${run.context.label} [${run.context.source}]`,
      `Полоса риска: ${String(run.band).replace(".", ",")} ст. откл.; школ в модели: ${taking.length}`,
    ],
    widths: [10, 36, 12, 12, 9, 12, 48],
    now,
  });
}
