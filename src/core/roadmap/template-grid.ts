import type { CellValue } from "../cells/cell-value";
import type { ColumnRole, PlanYearKind, RoadmapActivity, RoadmapTemplate, TemplateScope } from "./template";

/**
 * The template sheet a methodist edits in Excel: one row per item, its kind in column A («Тип строки»).
 * Columns: A type, B number (or a parameter's name / a column's key), C text (or value), D deadline, E repeat,
 * F text of a repeated row, G… the template's «поле» columns in order.
 */
export const GRID_COLUMNS = {
  type: 0,
  number: 1,
  text: 2,
  deadline: 3,
  repeat: 4,
  repeatText: 5,
  firstField: 6,
} as const;

/** The kinds of template-sheet rows, as column A spells them. */
export const ROW_TYPES = {
  header: "тип строки",
  parameter: "параметр",
  approval: "утверждение",
  heading: "заголовок",
  column: "столбец",
  section: "раздел",
  task: "задача",
  indicator: "показатель",
  group: "подраздел",
  activity: "мероприятие",
} as const;

/** The template parameters, by their Russian names in column B. */
export const PARAMETERS = {
  id: "Идентификатор",
  title: "Название",
  baseYear: "Базовый год",
  yearKind: "Вид года",
  scope: "Охват",
  document: "Документ",
  authority: "Орган",
  date: "Дата документа",
  number: "Номер документа",
  seed: "Файл-источник",
} as const;

export const YEAR_KIND_RU: Readonly<Record<PlanYearKind, string>> = {
  calendar: "календарный",
  school: "учебный",
};
export const SCOPE_RU: Readonly<Record<TemplateScope, string>> = { district: "район", school: "школа" };
export const ROLE_RU: Readonly<Record<ColumnRole, string>> = {
  number: "номер",
  text: "текст",
  deadline: "срок",
  field: "поле",
  mentor: "наставник",
  mentee: "наставляемый",
  school: "школа",
};
export const REPEAT_RU = { school: "по школам", pair: "по парам" } as const;

function activityRow(activity: RoadmapActivity, fieldKeys: string[]): CellValue[] {
  return [
    ROW_TYPES.activity,
    activity.number,
    activity.text,
    activity.deadline,
    activity.repeat ? REPEAT_RU[activity.repeat.by] : "",
    activity.repeat?.text ?? "",
    ...fieldKeys.map((k) => activity.fields[k] ?? ""),
  ];
}

/**
 * The template as a sheet grid (see `GRID_COLUMNS`): a header row, the parameters, the approval block, the
 * title lines, the columns of the activity table, then every section with its tasks, indicators, groups and
 * activities. Every row has the same width; every value is text (numbers such as «1.10» must be written to
 * the sheet as text).
 * @example templateToGrid(leningradPlanGraph)[0].slice(0, 4) // ["Тип строки", "№ п/п", "Текст", "Сроки"]
 */
export function templateToGrid(template: RoadmapTemplate): CellValue[][] {
  const fields = template.columns.filter((c) => c.role === "field");
  const fieldKeys = fields.map((c) => c.key);
  const rows: CellValue[][] = [
    ["Тип строки", "№ п/п", "Текст", "Сроки", "Повтор", "Текст повтора", ...fields.map((c) => c.header)],
  ];
  const p = (name: string, value: string | number) => rows.push([ROW_TYPES.parameter, name, String(value)]);
  p(PARAMETERS.id, template.id);
  p(PARAMETERS.title, template.title);
  p(PARAMETERS.baseYear, template.baseYear);
  p(PARAMETERS.yearKind, YEAR_KIND_RU[template.yearKind]);
  p(PARAMETERS.scope, SCOPE_RU[template.scope]);
  p(PARAMETERS.document, template.source.document);
  p(PARAMETERS.authority, template.source.authority);
  p(PARAMETERS.date, template.source.date);
  p(PARAMETERS.number, template.source.number);
  p(PARAMETERS.seed, template.source.seed);
  for (const a of template.approval) rows.push([ROW_TYPES.approval, a.label, a.position, a.name]);
  for (const line of template.heading) rows.push([ROW_TYPES.heading, "", line]);
  for (const c of template.columns)
    rows.push([ROW_TYPES.column, c.key, c.header, c.group ?? "", ROLE_RU[c.role]]);
  for (const section of template.sections) {
    rows.push([ROW_TYPES.section, section.number, section.title]);
    section.tasks.forEach((t, i) => rows.push([ROW_TYPES.task, String(i + 1), t]));
    for (const ind of section.indicators) rows.push([ROW_TYPES.indicator, "", ind]);
    for (const item of section.items) {
      if (item.kind === "group") {
        rows.push([ROW_TYPES.group, item.number, item.text]);
        for (const a of item.activities) rows.push(activityRow(a, fieldKeys));
      } else rows.push(activityRow(item, fieldKeys));
    }
  }
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill("")]);
}
