/**
 * «Дорожная карта» in the pane: the templates to choose from (built-in ones and the workbook's template
 * sheets), the defaults read from the workbook (district, ШНОР list), and the sheets a choice generates —
 * through the same composition as `shnor roadmap` (core/roadmap/sheet/compose-roadmap.ts).
 */
import type { SheetValues, WorkbookMap } from "../../core";
import type { SheetPlan } from "../../core/plans/sheet-plan";
import type { TemplateFinding } from "../../core/roadmap";
import {
  composeRoadmapSheets,
  districtFromTitles,
  findTemplateSheets,
  resolveTemplate,
  shnorSchools,
  templateSheetPlan,
  type RoadmapSchools,
} from "../../core/roadmap/sheet";
import { BUILT_IN_TEMPLATES, builtInTemplate } from "../../core/roadmap/templates";
import { PANE_VERSION } from "./cluster-sheet";

/** A template in the chooser: a built-in id or a template sheet's name. */
export interface TemplateOption {
  /** What `resolveTemplate` takes: the built-in id, or the sheet's name. */
  name: string;
  kind: "built-in" | "sheet";
  label: string;
  /** A built-in template's scope: one plan for the district, or a sheet per school. */
  scope?: "district" | "school";
}

/**
 * The chooser's templates: the built-in ones in their order, then the workbook's template sheets.
 * @example templateOptions(sheets)[0] // { name: "district-plan", kind: "built-in", label: "План мероприятий района …" }
 */
export function templateOptions(sheets: readonly SheetValues[]): TemplateOption[] {
  return [
    ...BUILT_IN_TEMPLATES.map((t) => ({
      name: t.id,
      kind: "built-in" as const,
      label: t.title,
      scope: t.scope,
    })),
    ...findTemplateSheets(sheets).map((name) => ({ name, kind: "sheet" as const, label: name })),
  ];
}

/** What the screen starts from. */
export interface RoadmapDefaults {
  year: number;
  /** The district named in the workbook's titles, or undefined. */
  district?: string;
  /** The ШНОР of the workbook (or every school of the registry, when nothing is flagged). */
  list: RoadmapSchools;
}

/**
 * The year (this calendar year), the district from the titles and the ШНОР list of the workbook.
 * @example roadmapDefaults(map, new Date("2024-09-02")) // { year: 2024, district: "Кировский район", list: { schools: [8 ШНОР], … } }
 */
export function roadmapDefaults(map: WorkbookMap, now: Date): RoadmapDefaults {
  const district = districtFromTitles(map);
  return { year: now.getFullYear(), ...(district ? { district } : {}), list: shnorSchools(map) };
}

/** The user's choice on the screen. */
export interface RoadmapChoice {
  template: string;
  year: number;
  district: string;
  /** Keys of the chosen schools. */
  schools: ReadonlySet<string>;
}

/** The outcome of a choice: the sheets to write, or why none. */
export type RoadmapOutcome =
  | { ok: true; plans: SheetPlan[]; findings: TemplateFinding[] }
  | { ok: false; reason: "template"; findings: TemplateFinding[] }
  | { ok: false; reason: "no-schools" };

/**
 * The sheets of a choice (chosen schools in list order); a template sheet with errors gives its findings.
 * @example roadmapSheets(data.sheets, map, list, { template: "district-plan", year: 2025, district: "Кировский район", schools }, now)
 * // { ok: true, plans: [{ name: "Дорожная карта 2025", … }], findings: [] }
 */
export function roadmapSheets(
  sheets: readonly SheetValues[],
  map: WorkbookMap,
  list: RoadmapSchools,
  choice: RoadmapChoice,
  now: Date,
): RoadmapOutcome {
  const found = resolveTemplate(choice.template, sheets);
  if (!found.ok)
    return { ok: false, reason: "template", findings: found.reason === "invalid" ? found.findings : [] };
  const schools = list.schools.filter((s) => choice.schools.has(s.key));
  if (schools.length === 0) return { ok: false, reason: "no-schools" };
  const plans = composeRoadmapSheets(map, {
    template: found.template,
    source: found.source,
    year: choice.year,
    district: choice.district.trim(),
    schools,
    schoolSource: list.source,
    version: PANE_VERSION,
    createdAt: now.toISOString(),
  }).map((s) => s.plan);
  return plans.length > 0
    ? { ok: true, plans, findings: found.findings }
    : { ok: false, reason: "no-schools" };
}

/**
 * The findings of a template sheet of the workbook (none for a built-in template or a sheet not found).
 * @example templateFindings(sheets, "Шаблон district-plan") // [] for an unedited template sheet
 */
export function templateFindings(sheets: readonly SheetValues[], template: string): TemplateFinding[] {
  if (builtInTemplate(template)) return [];
  const found = resolveTemplate(template, sheets);
  return found.ok || found.reason === "invalid" ? found.findings : [];
}

/**
 * The editable template sheet of a built-in template; undefined for a template sheet (it is one already).
 * @example editableTemplate("district-plan", new Date())?.name // "Шаблон district-plan"
 */
export function editableTemplate(template: string, now: Date): SheetPlan | undefined {
  const builtIn = builtInTemplate(template);
  return builtIn
    ? templateSheetPlan(builtIn, { version: PANE_VERSION, createdAt: now.toISOString() })
    : undefined;
}

/**
 * Whether the year is one a plan can be made for.
 * @example validYear("2024") // 2024
 * @example validYear("24") // undefined
 */
export function validYear(text: string): number | undefined {
  const year = Number(text.trim());
  return Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : undefined;
}
