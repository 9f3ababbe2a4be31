import type { Deadline, DeadlineKind, DeadlinePoint } from "./deadline";
import { daysInMonth, isoDate } from "./russian-months";

/** A deadline placed in a concrete plan year: the text to print and the dates behind it (ISO YYYY-MM-DD). */
export interface DeadlineInstance {
  kind: DeadlineKind;
  /** The Russian text for that year (years in the text moved; an unparsed text verbatim). */
  text: string;
  parsed: boolean;
  /** The first day of the deadline, where it has one. */
  start?: string;
  /** The due date — the last day by which the activity must be done (for the overdue formula); absent when open. */
  due?: string;
  /** Every moment of a "list" deadline (its last day). */
  dates?: string[];
}

function firstDay(p: DeadlinePoint, year: number): string {
  const y = year + p.yearOffset;
  return isoDate(y, p.month, p.day === undefined ? 1 : Math.min(p.day, daysInMonth(y, p.month)));
}

function lastDay(p: DeadlinePoint, year: number): string {
  const y = year + p.yearOffset;
  const days = daysInMonth(y, p.month);
  return isoDate(y, p.month, p.day === undefined ? days : Math.min(p.day, days));
}

const DATE_OR_YEAR =
  /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d])|(?<![\d.])((?:19|20)\d{2})(?!\d)/gu;

/**
 * Moves every year written in a text by `shift` years: «2023» → «2024», «09.03.2023» → «09.03.2024»,
 * «2022/2023» → «2023/2024»; 29 February becomes 28 February in a year that has no 29th.
 * @example shiftYearsInText("Ноябрь 2020 – февраль 2021", 3) // "Ноябрь 2023 – февраль 2024"
 * @example shiftYearsInText("29.02.2024", 1) // "28.02.2025"
 */
export function shiftYearsInText(text: string, shift: number): string {
  if (shift === 0) return text;
  return text.replace(DATE_OR_YEAR, (whole, d?: string, m?: string, y?: string, year?: string) => {
    if (year !== undefined) return String(Number(year) + shift);
    if (d === undefined || m === undefined || y === undefined) return whole;
    const full = (y.length === 2 ? 2000 + Number(y) : Number(y)) + shift;
    const month = Number(m);
    if (month < 1 || month > 12) return whole;
    const day = Math.min(Number(d), daysInMonth(full, month));
    const dd = String(day).padStart(d.length, "0");
    const yy = y.length === 2 ? String(full % 100).padStart(2, "0") : String(full);
    return `${dd}.${m}.${yy}`;
  });
}

/**
 * The deadline for another plan year: its Russian text and dates. The due date is the end of the deadline —
 * the last day of a month or range, the date of «до …», the end of the plan period for «в течение года» and
 * «ежеквартально», the last moment of a list; «с …» and unparsed texts have none.
 * @example deadlineFor(parseDeadline("Ноябрь 2020 – февраль 2021", 2020, "school"), 2024)
 *   // { kind: "range", text: "Ноябрь 2024 – февраль 2025", start: "2024-11-01", due: "2025-02-28", parsed: true }
 * @example deadlineFor(parseDeadline("до 30 сентября", 2023), 2025).due // "2025-09-30"
 */
export function deadlineFor(deadline: Deadline, year: number): DeadlineInstance {
  const { kind } = deadline;
  if (!deadline.parsed) return { kind, text: deadline.text, parsed: false };
  const out: DeadlineInstance = {
    kind,
    text: shiftYearsInText(deadline.text, year - deadline.baseYear),
    parsed: true,
  };
  if (deadline.start) out.start = firstDay(deadline.start, year);
  if (deadline.end) out.due = lastDay(deadline.end, year);
  if (deadline.points) out.dates = deadline.points.map((p) => lastDay(p, year));
  return out;
}
