import { a1 } from "../cells/a1";
import type { CellValue } from "../cells/cell-value";
import { cellText, foldText } from "../cells/cell-text";
import { issue, type Issue } from "../issue-codes";
import { messageRu } from "../messages-ru";
import { fail, ok, type Result } from "../result";
import { parseDeadline } from "./deadline";
import { NumberingChecker, normalizeNumber, sectionOrdinal } from "./grid-numbering";
import { unknownPlaceholders } from "./placeholders";
import type {
  ActivityGroup,
  RoadmapActivity,
  RoadmapSection,
  RoadmapTemplate,
  TemplateColumn,
} from "./template";
import { readColumns, readParameters, type ParameterRows } from "./grid-header";
import { GRID_COLUMNS as G, REPEAT_RU, ROW_TYPES } from "./template-grid";

/** One problem of a template sheet, at its cell, with its Russian message. */
export interface TemplateFinding {
  severity: "error" | "warning";
  /** The A1 address of the offending cell in the sheet. */
  cell: string;
  issue: Issue;
  message: string;
}

/** A template read from a sheet: the template (or the failure) plus every finding, errors and warnings. */
export type TemplateGridResult = Result<RoadmapTemplate> & { findings: TemplateFinding[] };

/** Where the grid sits in its sheet (zero-based), so that findings carry the sheet's own addresses. */
export interface GridOrigin {
  firstRow: number;
  firstColumn: number;
}

/** Collects findings with their addresses. */
export class FindingSink {
  readonly findings: TemplateFinding[] = [];
  constructor(private readonly origin: GridOrigin) {}
  cell(row: number, column: number): string {
    return a1(this.origin.firstRow + row, this.origin.firstColumn + column);
  }
  add(severity: TemplateFinding["severity"], row: number, column: number, found: Issue): void {
    this.findings.push({ severity, cell: this.cell(row, column), issue: found, message: messageRu(found) });
  }
}

const KIND_RU: Readonly<Record<string, string>> = {
  [ROW_TYPES.section]: "раздел",
  [ROW_TYPES.task]: "задача",
  [ROW_TYPES.indicator]: "показатель",
  [ROW_TYPES.group]: "подраздел",
  [ROW_TYPES.activity]: "мероприятие",
};

function readRepeat(text: string): RoadmapActivity["repeat"] | "bad" | undefined {
  const t = foldText(text);
  if (t === "") return undefined;
  if (t === REPEAT_RU.school || /^(по )?школ/u.test(t)) return { by: "school" };
  if (t === REPEAT_RU.pair || /^(по )?пар/u.test(t)) return { by: "pair" };
  return "bad";
}

/**
 * Reads a template sheet (the layout of `templateToGrid`) back into a template, validating it: every problem
 * comes with its cell and a Russian message — an unknown row type, an activity before any section, a
 * malformed, misplaced or repeated number, an empty text, an unreadable repeat, bad columns or parameters
 * (errors); a gap in the numbering, an unparsed deadline, an unknown placeholder (warnings). Never throws.
 * @example gridToTemplate(templateToGrid(leningradPlanGraph)).ok // true
 * @example gridToTemplate([["мероприятие", "1.1", "Семинар"]]).findings[0].cell // "A1"
 */
export function gridToTemplate(
  grid: CellValue[][],
  origin: GridOrigin = { firstRow: 0, firstColumn: 0 },
): TemplateGridResult {
  const sink = new FindingSink(origin);
  const rows: CellValue[][] = Array.isArray(grid) ? grid.map((r) => (Array.isArray(r) ? r : [])) : [];
  const text = (r: number, c: number) => cellText(rows[r][c]);
  const params: ParameterRows = [];
  const columnRows: number[] = [];
  const approval: RoadmapTemplate["approval"] = [];
  const heading: string[] = [];
  const sections: RoadmapSection[] = [];
  const sectionRows: number[] = [];
  const activityRows: { row: number; activity: RoadmapActivity }[] = [];
  const numbers = new NumberingChecker();
  let group: ActivityGroup | undefined;

  const checkText = (r: number, c: number, kind: string, required = true): string => {
    const t = text(r, c);
    if (t === "" && required) sink.add("error", r, c, issue("roadmap-empty-text", { kind }));
    for (const p of unknownPlaceholders(t))
      sink.add("warning", r, c, issue("roadmap-unknown-placeholder", { text: p }));
    return t;
  };

  for (let r = 0; r < rows.length; r++) {
    if (rows[r].every((v) => cellText(v) === "")) continue;
    const type = foldText(text(r, G.type));
    const section = sections[sections.length - 1];
    if (type === ROW_TYPES.header) continue;
    if (type === ROW_TYPES.parameter) params.push({ row: r, name: text(r, 1), value: text(r, 2) });
    else if (type === ROW_TYPES.approval) {
      approval.push({
        label: checkText(r, 1, "утверждение"),
        position: checkText(r, 2, "должность", false),
        name: text(r, 3),
      });
    } else if (type === ROW_TYPES.heading) heading.push(checkText(r, G.text, "заголовок"));
    else if (type === ROW_TYPES.column) columnRows.push(r);
    else if (type === ROW_TYPES.section) {
      const number = normalizeNumber(text(r, G.number));
      const title = checkText(r, G.text, "раздел", number !== "");
      for (const p of numbers.section(number, sections.length + 1))
        sink.add(p.severity, r, G.number, p.issue);
      sections.push({ number, title, tasks: [], indicators: [], items: [] });
      sectionRows.push(r);
      group = undefined;
    } else if (
      type === ROW_TYPES.task ||
      type === ROW_TYPES.indicator ||
      type === ROW_TYPES.group ||
      type === ROW_TYPES.activity
    ) {
      const t = checkText(r, G.text, KIND_RU[type]);
      if (!section) {
        sink.add("error", r, G.type, issue("roadmap-no-section", { text: t || KIND_RU[type] }));
        continue;
      }
      if (type === ROW_TYPES.task) section.tasks.push(t);
      else if (type === ROW_TYPES.indicator) section.indicators.push(t);
      else {
        const ordinal = sectionOrdinal(section.number) || sections.length;
        const sectionPrefix = section.number === "" ? "" : `${ordinal}.`;
        const number = normalizeNumber(text(r, G.number));
        const inGroup =
          group !== undefined &&
          (number === "" || NumberingChecker.isDirectChild(number, `${group.number}.`));
        const prefix = type === ROW_TYPES.activity && inGroup && group ? `${group.number}.` : sectionPrefix;
        for (const p of numbers.item(number, prefix, sink.cell(r, G.number)))
          sink.add(p.severity, r, G.number, p.issue);
        if (type === ROW_TYPES.group) {
          group = { kind: "group", number, text: t, activities: [] };
          section.items.push(group);
        } else {
          const activity = readActivity(r, number, t);
          activityRows.push({ row: r, activity });
          if (inGroup && group) group.activities.push(activity);
          else {
            group = undefined;
            section.items.push(activity);
          }
        }
      }
    } else sink.add("error", r, G.type, issue("roadmap-unknown-row", { text: text(r, G.type) }));
  }

  function readActivity(r: number, number: string, t: string): RoadmapActivity {
    const deadline = text(r, G.deadline);
    const activity: RoadmapActivity = { kind: "activity", number, text: t, deadline, fields: {} };
    const repeat = readRepeat(text(r, G.repeat));
    if (repeat === "bad")
      sink.add("error", r, G.repeat, issue("roadmap-bad-repeat", { text: text(r, G.repeat) }));
    else if (repeat) {
      const repeatText = checkText(r, G.repeatText, "текст повтора", false);
      activity.repeat = repeatText ? { ...repeat, text: repeatText } : repeat;
    }
    return activity;
  }

  const header = readParameters(params, sink);
  const columns: TemplateColumn[] = readColumns(columnRows, rows, sink);
  const fieldKeys = columns.filter((c) => c.role === "field").map((c) => c.key);
  for (const { row, activity } of activityRows) {
    fieldKeys.forEach((key, i) => {
      activity.fields[key] = checkText(row, G.firstField + i, "поле", false);
    });
    if (activity.deadline === "") {
      sink.add("warning", row, G.deadline, issue("roadmap-empty-text", { kind: "срок мероприятия" }));
    } else if (!parseDeadline(activity.deadline, header.baseYear, header.yearKind).parsed) {
      sink.add("warning", row, G.deadline, issue("roadmap-deadline-unparsed", { text: activity.deadline }));
    }
  }
  if (activityRows.length === 0) sink.add("error", 0, G.type, issue("roadmap-empty"));

  const { findings } = sink;
  const errors = findings.filter((f) => f.severity === "error").length;
  if (errors > 0)
    return { ...fail<RoadmapTemplate>(issue("roadmap-template-invalid", { count: errors })), findings };
  const { id, title, baseYear, yearKind, scope, source } = header;
  const template: RoadmapTemplate = {
    id,
    title,
    source,
    baseYear,
    yearKind,
    scope,
    approval,
    heading,
    columns,
    sections,
  };
  return { ...ok(template), findings };
}
