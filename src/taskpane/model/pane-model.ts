/**
 * What every screen derives from the workbook map, computed once per map: the district's schools, the
 * measures, the procedures; plus the defaults of the cluster choice and the school of a selected row.
 */
import {
  collectProcedures,
  INDEX_IDS,
  listMeasures,
  type Measure,
  type Procedure,
  type WorkbookMap,
} from "../../core";
import { schoolNames } from "../../core/roadmap/sheet/workbook-schools";
import type { SelectedRow } from "../data/selection";
import type { ModelId } from "./cluster-run";
import { defaultKMeansChoice, type KMeansChoice } from "./kmeans-run";

/** The workbook's district as the screens use it. */
export interface District {
  schools: { key: string; name: string }[];
  /** The shortest readable name of each school («ГБОУ СОШ № 223»), for compact lists. */
  shortNames: ReadonlyMap<string, string>;
  measures: Measure[];
  byId: Map<string, Measure>;
  procedures: Procedure[];
}

/**
 * Derives the district from the map.
 * @example deriveDistrict(map).schools.length // 60 for the sample district
 */
export function deriveDistrict(map: WorkbookMap): District {
  const measures = listMeasures(map);
  return {
    schools: map.registry.entries.map((e) => ({ key: e.key, name: e.name })),
    shortNames: schoolNames(map),
    measures,
    byId: new Map(measures.map((m) => [m.id, m])),
    procedures: collectProcedures(map),
  };
}

/** The context index each preset model is about. */
export const MODEL_CONTEXT: Record<ModelId, string> = {
  A: INDEX_IDS.contingent,
  B: INDEX_IDS.staffing,
  C: INDEX_IDS.microdistrict,
  D: INDEX_IDS.sum,
};

/** A preset quadrant model, or k-means on the data. */
export type MethodId = ModelId | "kmeans";

/** The user's choice on the cluster screen. */
export interface ClusterChoice {
  /** «kmeans»: clusters from the data (`kmeans`); else the quadrant model `model`. */
  method: "quadrant" | "kmeans";
  model: ModelId;
  results: string;
  context: string;
  band: number;
  kmeans: KMeansChoice;
}

/**
 * The default choice for a model: its context index when the workbook has one, else the first context measure;
 * the results index, else the first results measure; k-means on the indices with k = 4, seed 1.
 * @example defaultChoice(district, "A") // { method: "quadrant", model: "A", results: "index:results", context: "index:contingent", band: 0.25, kmeans: { … } }
 */
export function defaultChoice(district: District, model: ModelId, band = 0.25): ClusterChoice {
  const first = (group: Measure["group"]) => district.measures.find((m) => m.group === group)?.id ?? "";
  const context = district.byId.has(MODEL_CONTEXT[model]) ? MODEL_CONTEXT[model] : first("context");
  const results = district.byId.has(INDEX_IDS.results) ? INDEX_IDS.results : first("results");
  return {
    method: "quadrant",
    model,
    results,
    context,
    band,
    kmeans: defaultKMeansChoice(district.measures),
  };
}

/**
 * The choice after picking a method: k-means keeps everything else; a preset model takes its default
 * measures (and keeps the band and the k-means choice).
 * @example chooseMethod(district, choice, "kmeans").method // "kmeans"
 */
export function chooseMethod(district: District, choice: ClusterChoice, method: MethodId): ClusterChoice {
  if (method === "kmeans") return { ...choice, method: "kmeans" };
  return { ...defaultChoice(district, method, choice.band), kmeans: choice.kmeans };
}

/**
 * The school of a selected sheet row, if the map resolved a school name there (or carried one down to it).
 * @example schoolAtRow(map, { sheet: "ВПР 2023", row: 5 }) // "221"
 */
export function schoolAtRow(map: WorkbookMap, selection: SelectedRow): string | undefined {
  const sheet = map.sheets.find((s) => s.name === selection.sheet);
  if (!sheet) return undefined;
  const direct = sheet.schools.matched.find((m) => m.row === selection.row);
  if (direct) return direct.key;
  const rows = sheet.table?.rows ?? [];
  const index = rows.findIndex((r) => r.sheetRow === selection.row);
  if (index < 0) return undefined;
  for (let i = index; i >= 0; i--) {
    const found = sheet.schools.matched.find((m) => m.row === rows[i].sheetRow);
    if (found) return found.key;
    if (!rows[i].schoolFromAbove) return undefined;
  }
  return undefined;
}
