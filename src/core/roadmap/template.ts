/**
 * The roadmap template format: a JSON-serialisable description of a «план мероприятий («дорожная карта»)» —
 * approval block, title, the columns of its activity table, sections with tasks, indicators and numbered
 * activities. Templates are data: built-in ones live in `templates/`, a district keeps its own as a sheet
 * (see `template-grid.ts`). Texts may hold placeholders ({year}, {year+1}, {district}, {districtGen},
 * {school}, {cluster}, {status}, {risk}, {mentor}, {mentee}); see `placeholders.ts`.
 */

/** How the plan year is counted: a calendar year (2023) or a school year starting in September (2020/2021). */
export type PlanYearKind = "calendar" | "school";

/** Whom one plan is written for: the district's ШНОР together, or one school (адресная поддержка). */
export type TemplateScope = "district" | "school";

/** Where a built-in template comes from: the document it transcribes. */
export interface TemplateSource {
  /** The document's name as written, e.g. «Распоряжение Комитета по образованию … № 1307-р». */
  document: string;
  /** The issuing body, e.g. «Комитет по образованию Санкт-Петербурга». */
  authority: string;
  /** The document's date, DD.MM.YYYY, or "" when it has none. */
  date: string;
  /** The document's number, e.g. «1307-р», or "". */
  number: string;
  /** The seed file the template was transcribed from, e.g. «001_bd998a414cfdff24.txt», or "" for a user template. */
  seed: string;
}

/** One signature party of the approval block: «Утверждено» / «Согласовано», a position, a name (often blank). */
export interface ApprovalParty {
  /** «Утверждено», «Согласовано», «Приложение к распоряжению» … */
  label: string;
  /** The position (may hold placeholders), e.g. «Начальник отдела образования администрации {districtGen}». */
  position: string;
  /** The signer's initials and surname, or "" for a blank signature line. */
  name: string;
}

/** What a column of the activity table holds. */
export type ColumnRole =
  /** № п/п */
  | "number"
  /** the activity's text (Мероприятия / Содержание) */
  | "text"
  /** the deadline (Сроки) */
  | "deadline"
  /** any other per-activity text: executors, operators, expected result … */
  | "field"
  /** the mentor school of a pair (filled when an activity repeats per pair) */
  | "mentor"
  /** the mentee school of a pair */
  | "mentee"
  /** the school of a per-school repetition */
  | "school";

/** One column of the activity table, in display order. */
export interface TemplateColumn {
  /** A stable key (latin), e.g. "executors", "region", "district"; activity `fields` are keyed by it. */
  key: string;
  /** The header as the document shows it, e.g. «Ответственные исполнители». */
  header: string;
  /** An upper header spanning several columns, e.g. «Оператор» over «регион» and «район». */
  group?: string;
  role: ColumnRole;
}

/** An activity repeated in the plan: once per school (ШНОР) or once per mentor / mentee pair. */
export interface ActivityRepeat {
  by: "school" | "pair";
  /** The text of each repeated row; default "{school}" (per school) or "{mentor} — {mentee}" (per pair). */
  text?: string;
}

/** A numbered activity (мероприятие), e.g. 1.3 or 2.1.4. */
export interface RoadmapActivity {
  kind: "activity";
  /** The number as written, without a trailing dot: "1.3", "2.1.4", "7"; "" when not yet numbered. */
  number: string;
  text: string;
  /** The deadline as written for the template's base year, e.g. «Март 2023 года», «До 30 июня 2023 года». */
  deadline: string;
  /** The other columns' values by column key (executors, operators, result …). */
  fields: Record<string, string>;
  repeat?: ActivityRepeat;
}

/** A numbered heading that groups activities inside a section (2.1 «Разработка методических материалов»). */
export interface ActivityGroup {
  kind: "group";
  number: string;
  text: string;
  activities: RoadmapActivity[];
}

/** What a section holds, in order: activities and groups of activities. */
export type SectionItem = RoadmapActivity | ActivityGroup;

/** A section of the plan (I. Организационные мероприятия), with its tasks and indicators. */
export interface RoadmapSection {
  /** As written: "I", "II", "1"; "" for a plan without sections (seed 001). */
  number: string;
  /** The title, "" for a plan without sections. */
  title: string;
  /** Задачи. */
  tasks: string[];
  /** Показатели. */
  indicators: string[];
  items: SectionItem[];
}

/** A roadmap template. */
export interface RoadmapTemplate {
  /** A stable latin id, e.g. "kirov-district-plan". */
  id: string;
  /** The Russian name shown in the template chooser. */
  title: string;
  source: TemplateSource;
  /** The plan year the template's deadlines are written for (2023; 2020 for the 2020/2021 school year). */
  baseYear: number;
  yearKind: PlanYearKind;
  scope: TemplateScope;
  approval: ApprovalParty[];
  /** The title lines above the table (may hold placeholders). */
  heading: string[];
  columns: TemplateColumn[];
  sections: RoadmapSection[];
}

/**
 * All activities of a section in document order, groups flattened.
 * @example sectionActivities({ number: "II", title: "", tasks: [], indicators: [], items: [] }) // []
 */
export function sectionActivities(section: RoadmapSection): RoadmapActivity[] {
  return section.items.flatMap((item) => (item.kind === "group" ? item.activities : [item]));
}

/**
 * All activities of a template in document order.
 * @example templateActivities(regionalRoadmapSpb2020).length // 12
 */
export function templateActivities(template: RoadmapTemplate): RoadmapActivity[] {
  return template.sections.flatMap(sectionActivities);
}
