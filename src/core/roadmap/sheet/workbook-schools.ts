import { cellText, foldText } from "../../cells/cell-text";
import { cluster, MODEL_A, risk } from "../../clusters";
import { findMentor } from "../../mentors/mentor";
import { computeDistrictStats } from "../../stats/district-stats";
import { cellOf, columnOf } from "../../tables/table-access";
import { contingentMeasure, resultMeasure } from "../../workbook/school-measures";
import type { WorkbookMap } from "../../workbook/workbook-map";
import type { MentorPair, PlanSchool } from "../plan";
import { BLANK_VALUE } from "../placeholders";

/** The schools a roadmap is made for, read from the workbook, and where they came from (Russian). */
export interface RoadmapSchools {
  schools: PlanSchool[];
  /** «лист «Список ОО», столбец «ШНОР (перечень 2023 г.)»» or «все ОО списка (отметки ШНОР в книге нет)». */
  source: string;
  /** True when a ШНОР flag column was found. */
  flagged: boolean;
}

const NO = new Set(["", "нет", "-", "—", "0", "false", "ложь", "н/д"]);

/**
 * Whether a cell of the ШНОР flag column marks the school: «да», «+», «1», «ШНОР», TRUE … (not blank, «нет»,
 * «-», «0»).
 * @example isFlagged("да") // true
 * @example isFlagged("нет") // false
 */
export function isFlagged(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  return !NO.has(foldText(cellText(value as string)));
}

/** The shortest readable name of each school key across the sheets («ГБОУ СОШ № 223» over the full name). */
function shortNames(map: WorkbookMap): Map<string, string> {
  const best = new Map<string, string>();
  const rank = (t: string) => (/^гбоу|^моу|^мбоу|^гоу/iu.test(t) ? 0 : 1) * 1000 + t.length;
  for (const sheet of map.sheets)
    for (const m of sheet.schools.matched) {
      const t = m.text.replace(/\s+/gu, " ").trim();
      if (!/№/u.test(t)) continue;
      const old = best.get(m.key);
      if (old === undefined || rank(t) < rank(old)) best.set(m.key, t);
    }
  for (const e of map.registry.entries) if (!best.has(e.key)) best.set(e.key, e.name);
  return best;
}

/**
 * The ШНОР of the workbook: the schools marked in the ШНОР flag column of the registry sheet («ШНОР (перечень
 * 2023 г.)»), else every school of the registry; each with its short name and status «ШНОР» (when flagged).
 * @example shnorSchools(buildWorkbookMap(sheets)).schools.map((s) => s.key) // ["ЦО 162", "223", …]
 */
export function shnorSchools(map: WorkbookMap): RoadmapSchools {
  const names = shortNames(map);
  for (const sheet of map.sheets) {
    const flag = sheet.kind === "registry" && sheet.table ? columnOf(sheet.table, "shnorFlag") : undefined;
    if (!sheet.table || !flag) continue;
    const keyOfRow = new Map(sheet.schools.matched.map((m) => [m.row, m.key]));
    const keys: string[] = [];
    for (const row of sheet.table.rows) {
      const key = keyOfRow.get(row.sheetRow);
      if (key !== undefined && isFlagged(cellOf(row, flag)) && !keys.includes(key)) keys.push(key);
    }
    return {
      schools: keys.map((key) => ({ key, name: names.get(key) ?? key, status: "ШНОР" })),
      source: `лист «${sheet.name}», столбец «${flag.header}»`,
      flagged: true,
    };
  }
  return {
    schools: map.registry.entries.map((e) => ({ key: e.key, name: names.get(e.key) ?? e.name })),
    source: "все ОО списка (столбца с отметкой ШНОР в книге нет)",
    flagged: false,
  };
}

/** Per school: a result (успеваемость по ВПР, %) and a context (доля обучающихся с особенностями, %). */
export interface SchoolMeasures {
  results: Map<string, number>;
  contexts: Map<string, number>;
  /** The sheets the results and the contexts were read from. */
  sources: { results: string[]; contexts: string[] };
}

/**
 * The measures the roadmap needs for clusters and mentor pairs, from the latest year of the workbook: the
 * result is the ВПР успеваемость (100 − доля «2», weighted by participants); the context is the share of
 * students with ОВЗ, инофоны, from low-income families and registered (the contingent sheet). One
 * implementation with `shnor cluster`: see core/workbook/school-measures.ts.
 * @example schoolMeasures(map).results.get("223") // 78.4
 */
export function schoolMeasures(map: WorkbookMap): SchoolMeasures {
  const results = resultMeasure(map);
  const contexts = contingentMeasure(map);
  return {
    results: results.values,
    contexts: contexts.values,
    sources: { results: results.sources, contexts: contexts.sources },
  };
}

/**
 * How the measures were made, for the foot block of a generated sheet (Russian).
 * @example measuresNote(measures) // "Результат — успеваемость по ВПР (100 − доля «2»): «ВПР 2023»; …"
 */
export function measuresNote(measures: SchoolMeasures): string {
  const list = (names: string[]) => (names.length ? names.map((n) => `«${n}»`).join(", ") : "нет данных");
  return (
    `Результат — успеваемость по ВПР последнего года (100 − доля «2», взвешенно по участникам): ${list(measures.sources.results)}; ` +
    `контекст — доля обучающихся с ОВЗ, инофонов, из малоимущих семей и на учёте: ${list(measures.sources.contexts)}`
  );
}

/**
 * Adds each school's cluster (model A «контингент») and risk of moving to a neighbouring cluster, where the
 * workbook has its result and context; schools without them keep the blanks.
 * @example withClusters(schools, measures)[0].cluster // 1
 */
export function withClusters(schools: readonly PlanSchool[], measures: SchoolMeasures): PlanSchool[] {
  const keys = [...measures.results.keys()].filter((k) => measures.contexts.has(k));
  const stats = computeDistrictStats(
    keys.map((k) => [measures.results.get(k)!]),
    keys.map((k) => [measures.contexts.get(k)!]),
  );
  if (!stats.ok) return [...schools];
  return schools.map((s) => {
    const r = measures.results.get(s.key);
    const c = measures.contexts.get(s.key);
    if (r === undefined || c === undefined) return s;
    const at = risk(r, c, stats.value, MODEL_A);
    return { ...s, cluster: cluster(r, c, stats.value, MODEL_A), ...(at.ok ? { risk: at.value } : {}) };
  });
}

/**
 * The «Школа – школе» pairs: for each ШНОР its mentor (SHNOR.MENTOR: result above the district mean, nearest
 * in context, never another ШНОР); a school without a mentor is paired with a blank line.
 * @example mentorPairs(schools, measures, names)[0] // { mentor: "ГБОУ СОШ № 237", mentee: "ГБОУ СОШ № 223" }
 */
export function mentorPairs(
  schools: readonly PlanSchool[],
  measures: SchoolMeasures,
  names: ReadonlyMap<string, string>,
): MentorPair[] {
  const keys = [...measures.results.keys()].filter((k) => measures.contexts.has(k));
  const district = {
    keys,
    contexts: keys.map((k) => [measures.contexts.get(k)!]),
    results: keys.map((k) => measures.results.get(k)!),
  };
  const exclude = new Set(schools.map((s) => s.key));
  return schools.map((s) => {
    const found = findMentor(s.key, district, exclude);
    return {
      mentor: found.ok ? (names.get(found.value.key) ?? found.value.key) : BLANK_VALUE,
      mentee: s.name,
    };
  });
}

/**
 * The short names of every school key of the workbook (for mentor pairs).
 * @example schoolNames(map).get("223") // "ГБОУ СОШ № 223"
 */
export function schoolNames(map: WorkbookMap): Map<string, string> {
  return shortNames(map);
}

/**
 * The district named in the workbook's titles («… Кировского района Санкт-Петербурга» → «Кировский район»),
 * registry sheets first; undefined when no title names one.
 * @example districtFromTitles(map) // "Кировский район"
 */
export function districtFromTitles(map: WorkbookMap): string | undefined {
  const sheets = [...map.sheets].sort(
    (a, b) => Number(b.kind === "registry") - Number(a.kind === "registry"),
  );
  for (const sheet of sheets)
    for (const line of sheet.table?.titleLines ?? []) {
      const m = /([А-ЯЁ][а-яё-]+?)(ск|цк)?(ого) района/u.exec(line);
      if (m) return `${m[1]}${m[2] ? `${m[2]}ий` : "ый"} район`;
    }
  return undefined;
}
