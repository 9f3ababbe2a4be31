import { num, text } from "../../plans/sheet-plan";
import type { PlanRow, RoadmapPlan } from "../plan";
import type { TemplateColumn } from "../template";
import { EXTRA_HEADERS, overdueFormula, ROADMAP_STATUSES, type RoadmapLayout } from "./roadmap-layout";
import { excelDateSerial, type SheetDraft } from "./sheet-draft";

/** Colours of the table: header, section band, group heading, overdue highlight. */
export const ROADMAP_COLOURS = {
  header: "#D9E1F2",
  section: "#B4C6E7",
  group: "#EDEDED",
  overdueFill: "#F8CBAD",
  overdueFont: "#9C0006",
} as const;

/** Column widths in characters by column role, and for the added columns. */
const WIDTHS: Readonly<Record<TemplateColumn["role"] | "due" | "status" | "note", number>> = {
  number: 8,
  text: 60,
  deadline: 20,
  field: 24,
  mentor: 24,
  mentee: 24,
  school: 24,
  due: 13,
  status: 14,
  note: 24,
};

/**
 * The column widths of a roadmap table: the template's columns, then due date, status and note.
 * @example tableWidths(districtPlan.columns) // [8, 60, 24, 20, 13, 14, 24]
 */
export function tableWidths(columns: readonly TemplateColumn[]): number[] {
  return [...columns.map((c) => WIDTHS[c.role]), WIDTHS.due, WIDTHS.status, WIDTHS.note];
}

/**
 * The zero-based position of the key columns of a plan's table: the template's own, then due, status, note.
 * @example tableColumns(kirovDistrictPlan.columns) // { number: 0, text: 1, deadline: 3, due: 4, status: 5, note: 6 }
 */
export function tableColumns(columns: readonly TemplateColumn[]): RoadmapLayout["columns"] {
  const at = (role: TemplateColumn["role"]) =>
    Math.max(
      0,
      columns.findIndex((c) => c.role === role),
    );
  const n = columns.length;
  return {
    number: at("number"),
    text: at("text"),
    deadline: at("deadline"),
    due: n,
    status: n + 1,
    note: n + 2,
  };
}

/**
 * Writes the table header from `firstRow`: one row, or two when some columns share an upper header
 * («Оператор» over «регион» and «район»; the other headers are merged down). Returns the header's rows.
 * @example writeTableHeader(draft, spbRegionalRoadmap.columns, 8) // { first: 8, count: 2 }
 */
export function writeTableHeader(
  draft: SheetDraft,
  columns: readonly TemplateColumn[],
  firstRow: number,
): RoadmapLayout["header"] {
  const headers = [
    ...columns.map((c) => ({ header: c.header, group: c.group })),
    ...Object.values(EXTRA_HEADERS).map((header) => ({ header, group: undefined })),
  ];
  const count = headers.some((h) => h.group) ? 2 : 1;
  headers.forEach((h, c) => {
    if (count === 1 || !h.group) {
      draft.set(firstRow, c, text(h.header));
      if (count === 2) draft.merge({ row: firstRow, column: c, rowCount: 2 });
      return;
    }
    draft.set(firstRow + 1, c, text(h.header));
    if (headers[c - 1]?.group !== h.group) {
      let span = 1;
      while (headers[c + span]?.group === h.group) span++;
      draft.set(firstRow, c, text(h.group));
      draft.merge({ row: firstRow, column: c, columnCount: span });
    }
  });
  draft.style(
    { row: firstRow, column: 0, rowCount: count, columnCount: headers.length },
    { bold: true, fill: ROADMAP_COLOURS.header, wrap: true },
  );
  return { first: firstRow, count };
}

function sectionLabel(plan: RoadmapPlan, index: number): string {
  const title = plan.sections[index] ?? "";
  const row = plan.rows.find((r) => r.kind === "section" && r.section === index);
  const number = row?.number ? `${row.number}. ` : "";
  if (title) return `${number}${title}`;
  return plan.sections.length === 1 ? "Мероприятия плана" : `Раздел ${index + 1}`;
}

/**
 * Writes the body of the table from `firstRow`: banded section rows, task and indicator lines, group headings
 * and activity rows (№ п/п as text, the due date as a real date, the status «не начато» with its drop-down);
 * adds the overdue conditional format over the body. Returns the body's part of the layout.
 * @example writeTableBody(draft, plan, 10).activities[0].number // "1.1"
 */
export function writeTableBody(
  draft: SheetDraft,
  plan: RoadmapPlan,
  firstRow: number,
): Pick<RoadmapLayout, "body" | "activities" | "sections"> {
  const columns = tableColumns(plan.columns);
  const width = plan.columns.length + 3;
  const activities: RoadmapLayout["activities"] = [];
  const bounds = new Map<number, { first: number; last: number }>();
  const writeValues = (row: number, r: PlanRow) =>
    plan.columns.forEach((c, i) => {
      const value = r.values[c.key] ?? "";
      if (value !== "") draft.set(row, i, text(value));
    });
  const line = (row: number, value: string, fill?: string) => {
    draft.set(row, columns.number, text(""));
    draft.set(row, columns.text, text(value));
    const from = Math.min(columns.text, width - 1);
    draft.merge({ row, column: from, columnCount: width - from });
    draft.style({ row, column: 0, columnCount: width }, { wrap: true, ...(fill ? { fill } : {}) });
  };
  plan.rows.forEach((r, i) => {
    const row = firstRow + i;
    const b = bounds.get(r.section) ?? { first: row, last: row };
    bounds.set(r.section, { first: b.first, last: row });
    if (r.kind === "section") {
      draft.set(row, 0, text(sectionLabel(plan, r.section)));
      draft.merge({ row, column: 0, columnCount: width });
      draft.style({ row, column: 0, columnCount: width }, { bold: true, fill: ROADMAP_COLOURS.section });
    } else if (r.kind === "task") line(row, `Задача: ${r.text}`);
    else if (r.kind === "indicator") line(row, `Показатель: ${r.text}`);
    else {
      writeValues(row, r);
      if (r.kind === "group") {
        draft.style({ row, column: 0, columnCount: width }, { bold: true, fill: ROADMAP_COLOURS.group });
      } else {
        draft.set(row, columns.status, text(ROADMAP_STATUSES[0]));
        activities.push({ row, number: r.number, section: r.section, due: r.deadline?.due });
        // Only activities carry a due date: a group heading is neither counted nor highlighted.
        if (r.deadline?.due) draft.set(row, columns.due, num(excelDateSerial(r.deadline.due)));
      }
    }
  });
  const last = firstRow + Math.max(plan.rows.length, 1) - 1;
  draft.style(
    { row: firstRow, column: 0, rowCount: last - firstRow + 1, columnCount: width },
    { wrap: true },
  );
  draft.style(
    { row: firstRow, column: columns.number, rowCount: last - firstRow + 1 },
    { numberFormat: "@" },
  );
  draft.style(
    { row: firstRow, column: columns.due, rowCount: last - firstRow + 1 },
    { numberFormat: "dd.mm.yyyy" },
  );
  for (const run of runs(activities.map((a) => a.row))) {
    draft.validations.push({
      range: { row: run.first, column: columns.status, rowCount: run.last - run.first + 1 },
      list: [...ROADMAP_STATUSES],
    });
  }
  draft.conditionalFormats.push({
    range: { row: firstRow, column: 0, rowCount: last - firstRow + 1, columnCount: width },
    formula: `=${overdueFormula(columns, firstRow)}`,
    style: { fill: ROADMAP_COLOURS.overdueFill, fontColor: ROADMAP_COLOURS.overdueFont },
  });
  const sections = [...bounds].map(([index, b]) => ({ index, label: sectionLabel(plan, index), ...b }));
  return { body: { first: firstRow, last }, activities, sections };
}

/** Consecutive runs of ascending row numbers. */
function runs(rows: readonly number[]): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  for (const row of rows) {
    const run = out[out.length - 1];
    if (run && run.last === row - 1) run.last = row;
    else out.push({ first: row, last: row });
  }
  return out;
}
