import type { CriteriaProfile } from "../criteria/profile";
import { resultsDynamics, type ProcedureSuccess } from "../dynamics/results-dynamics";
import { issue } from "../issue-codes";
import { fail, ok, type Result } from "../result";
import { districtFromTitles, schoolNames } from "../roadmap/sheet/workbook-schools";
import type { WorkbookMap } from "../workbook/workbook-map";
import { contextFacts } from "./context-facts";
import { districtValue } from "./district-values";
import { resultFacts, type FailFact } from "./result-facts";
import type { RoadmapProgress } from "./roadmap-progress";
import { shnorList, statusesOn, type ShnorListSource, type YearStatus } from "./shnor-list";
import type { IndicatorDef, IndicatorSeries, SourcedValue } from "./types";

/** What the monitoring needs besides the workbook map. */
export interface MonitoringOptions {
  profile: Readonly<CriteriaProfile>;
  /** The add-in version, recorded in the journal block. */
  version: string;
  /** ISO 8601 time of generation. */
  createdAt: string;
  /** The generated roadmap's status cells, when the workbook has one (`findRoadmapProgress`). */
  roadmap?: RoadmapProgress;
}

/** One ШНОР of the list. */
export interface MonitoringSchool {
  key: string;
  name: string;
  /** The flag cell that put the school on the list (flag lists). */
  listCell?: string;
  /** The school's status by the profile on the latest year. */
  status: YearStatus;
}

/** A pair of values: the earlier year and the latest. */
export type YearPair = readonly [SourcedValue | undefined, SourcedValue | undefined];

/** One indicator of the tab: the ШНОР's values and the district's, for both years. */
export interface MonitoringIndicator {
  def: IndicatorDef;
  values: Map<string, YearPair>;
  district: YearPair;
}

/** Everything the «Мониторинг» tab shows, computed from the workbook map (pure). */
export interface MonitoringModel {
  district?: string;
  years: { before: number; after: number };
  list: ShnorListSource;
  schools: MonitoringSchool[];
  /** The summary indicator (weighted успеваемость) first, then ВПР, ОГЭ, ЕГЭ, contingent, staffing. */
  indicators: MonitoringIndicator[];
  profile: { name: string; tolerance: number };
  roadmap?: RoadmapProgress;
  /** Every sheet a value was read from, in workbook order. */
  sourceSheets: string[];
  version: string;
  createdAt: string;
}

export const SUMMARY_ID = "summary|success";

const SUMMARY_DEF: IndicatorDef = {
  id: SUMMARY_ID,
  group: "summary",
  label: "Успеваемость, взвешенная по участникам",
  unit: "%",
  higherIsBetter: true,
  tolerant: true,
};

/**
 * Builds the monitoring model: the ШНОР list (the district's flag column, else the criteria profile), the two
 * latest years of results, and per ШНОР and indicator the value of each year with its source cells, plus the
 * district's figures (results weighted by participants, criteria.md). Fails when the book has no results, only
 * one year of them, or an empty ШНОР list.
 * @example buildMonitoringModel(map, { profile: DEFAULT_CRITERIA_PROFILE, version: "0.1.0", createdAt: "2024-03-01T10:00:00Z" })
 * // { ok: true, value: { years: { before: 2022, after: 2023 }, schools: [{ key: "223", … }, …], … } }
 */
export function buildMonitoringModel(map: WorkbookMap, options: MonitoringOptions): Result<MonitoringModel> {
  const results = resultFacts(map);
  const years = [...new Set(results.fails.map((f) => f.year))].sort((a, b) => a - b);
  if (years.length === 0) return fail(issue("monitoring-no-results"));
  if (years.length === 1) return fail(issue("monitoring-one-year", { year: years[0] }));
  const after = years[years.length - 1];
  const before = years[years.length - 2];
  const context = contextFacts(map);
  const contextIndex = context.find((s) => s.def.id === "contingent|contextIndex");
  const list = shnorList(map, before, results.fails, contextIndex, options.profile);
  if (list.keys.length === 0) return fail(issue("monitoring-no-shnor"));
  const names = schoolNames(map);
  const statuses = statusesOn(after, list.keys, results.fails, contextIndex, options.profile);
  const schools: MonitoringSchool[] = list.keys.map((key) => ({
    key,
    name: names.get(key) ?? key,
    ...(list.cells.has(key) ? { listCell: list.cells.get(key)! } : {}),
    status: statuses.get(key)!,
  }));
  const allKeys = map.registry.entries.map((e) => e.key);
  const tolerance = options.profile.dynamicsTolerance;
  const summary = summarySeries(results.fails, before, after, tolerance);
  const series = [summary, ...results.series, ...context];
  const indicators = series
    .map((s) => indicatorOf(s, list.keys, allKeys, before, after))
    .filter((i) => [...i.values.values()].some(([a, b]) => a !== undefined || b !== undefined));
  const used = new Set(
    indicators
      .flatMap((i) => [...i.values.values()].flatMap((pair) => pair.flatMap((v) => v?.sources ?? [])))
      .map((s) => s.sheet),
  );
  if (list.source.kind === "flag") used.add(list.source.sheet);
  const district = districtFromTitles(map);
  return ok({
    ...(district ? { district } : {}),
    years: { before, after },
    list: list.source,
    schools,
    indicators,
    profile: { name: options.profile.name, tolerance },
    ...(options.roadmap ? { roadmap: options.roadmap } : {}),
    sourceSheets: map.sheets.map((s) => s.name).filter((n) => used.has(n)),
    version: options.version,
    createdAt: options.createdAt,
  });
}

function indicatorOf(
  series: IndicatorSeries,
  keys: readonly string[],
  allKeys: readonly string[],
  before: number,
  after: number,
): MonitoringIndicator {
  const pair = (key: string): YearPair => {
    const years = series.bySchool.get(key);
    return [years?.get(before), years?.get(after)];
  };
  const values = new Map(keys.map((k) => [k, pair(k)] as const));
  const all = allKeys.length > 0 ? allKeys : [...series.bySchool.keys()];
  const weighted = series.def.group !== "contingent" && series.def.group !== "staffing";
  const district: YearPair = [0, 1].map((i) =>
    districtValue(
      all.map((k) => pair(k)[i]),
      weighted,
    ),
  ) as unknown as YearPair;
  return { def: series.def, values, district };
}

/**
 * Each school's успеваемость weighted by participants over the procedures present in both years (criteria.md:
 * the dynamics of results), one value per year with the cells of the procedures it aggregates.
 */
function summarySeries(
  fails: readonly FailFact[],
  before: number,
  after: number,
  tolerance: number,
): IndicatorSeries {
  const bySchool = new Map<string, Map<number, SourcedValue>>();
  const byKey = new Map<string, FailFact[]>();
  for (const f of fails)
    if (f.year === before || f.year === after) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f]);
  for (const [key, list] of byKey) {
    const pick = (year: number): FailFact[] => {
      const seen = new Set<string>();
      return list.filter((f) => f.year === year && !seen.has(f.procedure) && seen.add(f.procedure));
    };
    const [a, b] = [pick(before), pick(after)];
    const asSuccess = (f: FailFact): ProcedureSuccess => ({
      key: f.procedure,
      success: 100 - f.fail,
      participants: f.participants ?? NaN,
    });
    const d = resultsDynamics(a.map(asSuccess), b.map(asSuccess), tolerance);
    if (!d.ok) continue;
    const common = new Set(d.value.procedures);
    const value = (facts: FailFact[], v: number): SourcedValue => {
      const used = facts.filter((f) => common.has(f.procedure));
      return {
        value: v,
        participants: used.reduce((s, f) => s + (f.participants ?? 0), 0),
        sources: used.flatMap((f) => f.sources),
        how: `успеваемость (100 − доля «2» или ниже порога), взвешенная по участникам, по ${used.length} процедурам, общим для обоих лет: ${used.map((f) => f.label).join(", ")}`,
      };
    };
    bySchool.set(
      key,
      new Map([
        [before, value(a, d.value.before)],
        [after, value(b, d.value.after)],
      ]),
    );
  }
  return { def: SUMMARY_DEF, bySchool };
}
