/**
 * From a chosen template to the «Дорожная карта» sheet plans: the one composition the command line
 * (`shnor roadmap`) and the task pane share — resolving a template by name (built-in or a template sheet of the
 * workbook), adding clusters and mentor pairs where the template needs them, one plan per ШНОР for a
 * school-scope template, and the journal lines that say how the measures were made.
 */
import { foldText } from "../../cells/cell-text";
import type { SheetValues } from "../../cells/cell-value";
import type { WorkbookMap } from "../../workbook/workbook-map";
import type { TemplateFinding } from "../grid-template";
import { planFromTemplate, schoolPlans, type PlanSchool, type RoadmapPlan } from "../plan";
import type { RoadmapTemplate } from "../template";
import { BUILT_IN_TEMPLATES, builtInTemplate } from "../templates";
import { roadmapSheetPlan, type RoadmapSheet } from "./roadmap-sheet";
import { findTemplateSheets, readTemplateSheet } from "./template-sheet";
import { measuresNote, mentorPairs, schoolMeasures, schoolNames, withClusters } from "./workbook-schools";

/** A template found by name, or why not: unknown name, or a template sheet with errors. */
export type ResolvedTemplate =
  | {
      ok: true;
      template: RoadmapTemplate;
      /** Where it came from, for the journal block («встроенный шаблон; …» or «лист книги «…»»). */
      source: string;
      /** The template sheet read, when it came from one. */
      sheet?: string;
      /** The template sheet's warnings (none for a built-in template). */
      findings: TemplateFinding[];
    }
  | { ok: false; reason: "not-found"; builtIn: string[]; templateSheets: string[] }
  | { ok: false; reason: "invalid"; sheet: string; findings: TemplateFinding[] };

/**
 * How a built-in template is named in the journal block: «встроенный шаблон; <document> № … от …».
 * @example builtInSource(kirovDistrictPlan) // "встроенный шаблон; Распоряжение … № 1307-р от 15.05.2023"
 */
export function builtInSource(template: RoadmapTemplate): string {
  const s = template.source;
  const doc = [s.document, s.number ? `№ ${s.number}` : "", s.date ? `от ${s.date}` : ""].filter(Boolean);
  return `встроенный шаблон; ${doc.join(" ")}`;
}

/**
 * A template by name: a built-in id («district-plan») or the name of a sheet of the workbook, read and
 * validated as a template sheet (its errors make it unusable; its warnings travel with it).
 * @example resolveTemplate("district-plan", sheets) // { ok: true, template: kirovDistrictPlan, source: "встроенный шаблон; …", findings: [] }
 * @example resolveTemplate("нет такого", sheets) // { ok: false, reason: "not-found", builtIn: ["district-plan", …], templateSheets: [] }
 */
export function resolveTemplate(name: string, sheets: readonly SheetValues[]): ResolvedTemplate {
  const builtIn = builtInTemplate(name);
  if (builtIn) return { ok: true, template: builtIn, source: builtInSource(builtIn), findings: [] };
  const sheet = sheets.find((s) => foldText(s.name) === foldText(name));
  if (!sheet)
    return {
      ok: false,
      reason: "not-found",
      builtIn: BUILT_IN_TEMPLATES.map((t) => t.id),
      templateSheets: findTemplateSheets(sheets),
    };
  const read = readTemplateSheet(sheet);
  if (!read.ok) return { ok: false, reason: "invalid", sheet: sheet.name, findings: read.findings };
  return {
    ok: true,
    template: read.value,
    source: `лист книги «${sheet.name}»`,
    sheet: sheet.name,
    findings: read.findings,
  };
}

/**
 * Whether a template fills mentor / mentee pairs (a mentor or mentee column, or activities repeated per pair).
 * @example needsMentorPairs(schoolToSchoolMentoring) // true
 */
export function needsMentorPairs(template: RoadmapTemplate): boolean {
  return (
    template.columns.some((c) => c.role === "mentor" || c.role === "mentee") ||
    template.sections.some((s) =>
      s.items.some((i) => (i.kind === "group" ? i.activities : [i]).some((a) => a.repeat?.by === "pair")),
    )
  );
}

/** What a roadmap is generated from, besides the workbook map. */
export interface RoadmapRequest {
  template: RoadmapTemplate;
  /** Where the template came from (`ResolvedTemplate.source`). */
  source: string;
  /** The plan year (for a school-year plan, the year it starts). */
  year: number;
  /** The district in the nominative («Кировский район»); "" leaves blanks. */
  district: string;
  /** The schools of the plan (usually `shnorSchools(map).schools`, or the user's choice of them). */
  schools: readonly PlanSchool[];
  /** Where the schools came from, for the journal block. */
  schoolSource: string;
  /** The add-in version. */
  version: string;
  /** ISO 8601 time of generation. */
  createdAt: string;
}

/**
 * The sheet plans of a roadmap: one «Дорожная карта {year}» for a district template, one «Дорожная карта {year}
 * {key}» per school for a school-scope template (each school with its cluster and risk, model A), with mentor
 * pairs by SHNOR.MENTOR where the template has them. Empty when a school-scope template gets no school.
 * @example composeRoadmapSheets(map, { template: kirovDistrictPlan, source, year: 2024, district: "Кировский район", schools, schoolSource, version: "0.1.0", createdAt })[0].plan.name
 * // "Дорожная карта 2024"
 */
export function composeRoadmapSheets(map: WorkbookMap, request: RoadmapRequest): RoadmapSheet[] {
  const { template, year, district } = request;
  const school = template.scope === "school";
  const pairsNeeded = needsMentorPairs(template);
  const measures = school || pairsNeeded ? schoolMeasures(map) : undefined;
  const schools = measures && school ? withClusters(request.schools, measures) : [...request.schools];
  const pairs = measures && pairsNeeded ? mentorPairs(schools, measures, schoolNames(map)) : undefined;
  const base = { year, district, schools, ...(pairs ? { mentorPairs: pairs } : {}) };
  const details: string[] = [];
  if (measures && school)
    details.push(
      "Кластер и риск перехода: модель A «контингент», центр — среднее по району, полоса риска 0,25 ст. откл.",
    );
  if (pairs)
    details.push(
      "Пары «наставник — наставляемый»: SHNOR.MENTOR (результат выше среднего по району, ближайший по контексту, не ШНОР)",
    );
  if (measures) details.push(measuresNote(measures));
  const plans: { plan: RoadmapPlan; sheetName?: string; names: string[] }[] = school
    ? schoolPlans(template, base).map((plan, i) => ({
        plan,
        sheetName: `Дорожная карта ${year} ${schools[i].key}`,
        names: [schools[i].name],
      }))
    : [{ plan: planFromTemplate(template, base), names: schools.map((s) => s.name) }];
  return plans.map((p) =>
    roadmapSheetPlan(p.plan, {
      version: request.version,
      createdAt: request.createdAt,
      source: request.source,
      schools: p.names,
      schoolSource: request.schoolSource,
      details,
      ...(p.sheetName ? { sheetName: p.sheetName } : {}),
    }),
  );
}
