import { columnLetters } from "../../cells/a1";

/** The statuses of an activity, in the order of the drop-down. */
export const ROADMAP_STATUSES = ["не начато", "в работе", "выполнено", "перенесено"] as const;

/** One status of the drop-down. */
export type RoadmapStatus = (typeof ROADMAP_STATUSES)[number];

/** The status counted as done by the progress summary and the overdue rule. */
export const DONE_STATUS: RoadmapStatus = "выполнено";

/** The headers of the columns the generator adds after the template's own columns. */
export const EXTRA_HEADERS = {
  due: "Срок исполнения",
  status: "Статус",
  note: "Примечание",
} as const;

/** Where things are on a generated «Дорожная карта» sheet (zero-based rows and columns). */
export interface RoadmapLayout {
  /** Columns of the activity table (the template's columns, then due date, status, note). */
  width: number;
  columns: { number: number; text: number; deadline: number; due: number; status: number; note: number };
  /** The table header rows (one, or two when some columns share an upper header). */
  header: { first: number; count: number };
  /** The rows below the header: sections, tasks, indicators, groups and activities. */
  body: { first: number; last: number };
  /** Every activity row (the rows with a status). */
  activities: { row: number; number: string; section: number; due?: string }[];
  /** The body rows of each section of the plan. */
  sections: { index: number; label: string; first: number; last: number }[];
  /** The progress summary: one row per section, then the total row; its formula columns. */
  summary: {
    sectionRows: { section: number; row: number }[];
    totalRow: number;
    columns: { total: number; done: number; share: number; overdue: number };
  };
}

/**
 * The overdue rule for one sheet row, en-US: the due date has passed and the status is not «выполнено». The
 * conditional format of the activity table uses it for the table's first row (Excel shifts it for the others).
 * @example overdueFormula({ due: 6, status: 7 }, 12) // 'AND(ISNUMBER($G13),$G13<TODAY(),$H13<>"выполнено")'
 */
export function overdueFormula(columns: { due: number; status: number }, row: number): string {
  const due = `$${columnLetters(columns.due)}${row + 1}`;
  const status = `$${columnLetters(columns.status)}${row + 1}`;
  return `AND(ISNUMBER(${due}),${due}<TODAY(),${status}<>"${DONE_STATUS}")`;
}
