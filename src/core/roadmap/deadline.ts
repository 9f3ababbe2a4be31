import type { PlanYearKind } from "./template";
import { tokenizeDeadline, type DeadlineToken } from "./deadline-tokens";
import { daysInMonth } from "./russian-months";

/** The shapes a deadline of a roadmap takes. */
export type DeadlineKind =
  /** one day: «24.03.2023» */
  | "date"
  /** one month: «Март 2023 года», «март» */
  | "month"
  /** from … to: «09.03–24.03», «Ноябрь 2020 – февраль 2021», «I полугодие», «с 1 по 15 марта» */
  | "range"
  /** several moments: «Март, октябрь 2023 года», «2 раза в год (март, октябрь)» */
  | "list"
  /** no later than: «до 30 сентября», «До 01.06.2023» */
  | "by"
  /** starting at, open-ended: «С 03.04.2023» */
  | "from"
  /** all the plan period: «в течение года», «В течение 2023 года», «в течение учебного года» */
  | "year"
  /** repeated over the plan period: «ежеквартально», «ежемесячно» */
  | "periodic"
  /** not understood: kept verbatim, never guessed */
  | "unparsed";

/** A moment relative to the template's base year: the year offset, month 1–12 and day (absent: the whole month). */
export interface DeadlinePoint {
  yearOffset: number;
  month: number;
  day?: number;
}

/** A deadline understood relative to the base year of its template; `text` is as written. */
export interface Deadline {
  kind: DeadlineKind;
  text: string;
  baseYear: number;
  /** False only for kind "unparsed". */
  parsed: boolean;
  start?: DeadlinePoint;
  end?: DeadlinePoint;
  /** The moments of a "list" deadline, in order. */
  points?: DeadlinePoint[];
  /** The step of a "periodic" deadline. */
  every?: "week" | "month" | "quarter";
}

interface RawPoint {
  month: number;
  day?: number;
  year?: number;
}

const PERIOD_WORDS: ReadonlySet<string> = new Set([
  "в",
  "во",
  "на",
  "течение",
  "протяжении",
  "всего",
  "постоянно",
  "учебного",
  "учебный",
  "календарного",
  "периода",
  "ежегодно",
]);
const EVERY: Readonly<Record<string, Deadline["every"]>> = {
  ежеквартально: "quarter",
  ежемесячно: "month",
  еженедельно: "week",
};

/**
 * Reads a Russian deadline text of a roadmap relative to the plan's base year. Months without a year fall in
 * the base year (a school-year template: September–December in the base year, January–August in the next);
 * a range or list whose later month comes earlier in the year crosses into the next year. Anything not
 * understood comes back as kind "unparsed" with the text verbatim.
 * @example parseDeadline("до 30 сентября", 2023) // { kind: "by", end: { yearOffset: 0, month: 9, day: 30 }, … }
 * @example parseDeadline("Ноябрь 2020 – февраль 2021", 2020, "school").end // { yearOffset: 1, month: 2 }
 * @example parseDeadline("по мере необходимости", 2023).kind // "unparsed"
 */
export function parseDeadline(text: string, baseYear: number, yearKind: PlanYearKind = "calendar"): Deadline {
  const base = { text, baseYear, parsed: true };
  const unparsed: Deadline = { kind: "unparsed", text, baseYear, parsed: false };
  const tokens = tokenizeDeadline(text);
  if (!tokens || tokens.length === 0) return unparsed;
  const words = tokens.flatMap((t) => (t.t === "word" ? [t.w] : []));
  const school = words.includes("учебного") || words.includes("учебный");

  const every = words.map((w) => EVERY[w]).find((e) => e !== undefined);
  if (every || words.some((w) => w === "течение" || w === "протяжении" || w === "постоянно")) {
    const rest = tokens.filter((t) => !(t.t === "word" && (PERIOD_WORDS.has(t.w) || EVERY[t.w])));
    if (rest.length > 1 || (rest.length === 1 && rest[0].t !== "year")) return unparsed;
    const y = rest[0]?.t === "year" ? rest[0] : undefined;
    const offset = y ? y.year - baseYear : 0;
    const schoolPeriod = school || y?.second !== undefined || (!y && yearKind === "school");
    const period = schoolPeriod
      ? {
          start: { yearOffset: offset, month: 9, day: 1 },
          end: { yearOffset: offset + 1, month: 8, day: 31 },
        }
      : { start: { yearOffset: offset, month: 1, day: 1 }, end: { yearOffset: offset, month: 12, day: 31 } };
    return every ? { ...base, kind: "periodic", every, ...period } : { ...base, kind: "year", ...period };
  }

  const part = partOfYear(tokens, baseYear, yearKind, school);
  if (part !== "none") return part ? { ...base, kind: "range", ...part } : unparsed;

  const open = tokens.findIndex((t) => t.t === "(");
  if (open >= 0) {
    const close = tokens.findIndex((t) => t.t === ")");
    const outside = [...tokens.slice(0, open), ...tokens.slice(close + 1)];
    const timesPerYear = outside.every(
      (t) => t.t === "num" || (t.t === "word" && ["раз", "раза", "в"].includes(t.w)),
    );
    if (close !== tokens.length - 1 || !timesPerYear) return unparsed;
    const inner = parsePoints(tokens.slice(open + 1, close), baseYear, yearKind);
    if (!inner || inner.seps.some((s) => s !== ",")) return unparsed;
    return { ...base, kind: "list", points: inner.points, start: inner.points[0], end: inner.points.at(-1) };
  }

  let i = 0;
  let prefix: "by" | "from" | undefined;
  const first = tokens[0];
  if (first.t === "word") {
    if (first.w === "до" || first.w === "к") prefix = "by";
    else if (first.w === "не" && tokens[1]?.t === "word" && ["позднее", "позже"].includes(tokens[1].w)) {
      prefix = "by";
      i = 1;
    } else if (first.w === "с" || first.w === "со") prefix = "from";
    else if (first.w !== "в" && first.w !== "во") return unparsed;
    i += 1;
  }
  const parsed = parsePoints(tokens.slice(i), baseYear, yearKind, prefix === "from");
  if (!parsed) return unparsed;
  const { points, seps } = parsed;
  if (points.length === 1) {
    const p = points[0];
    if (prefix === "by") return { ...base, kind: "by", end: p };
    if (prefix === "from") return { ...base, kind: "from", start: p };
    return { ...base, kind: p.day === undefined ? "month" : "date", start: p, end: p };
  }
  if (points.length === 2 && seps[0] === "-" && prefix !== "by") {
    return { ...base, kind: "range", start: points[0], end: points[1] };
  }
  if (prefix === undefined && seps.every((s) => s === ",")) {
    return { ...base, kind: "list", points, start: points[0], end: points.at(-1) };
  }
  return unparsed;
}

/** «I полугодие», «II квартал 2024 года»: a range, undefined when malformed, "none" when not of this shape. */
function partOfYear(
  tokens: DeadlineToken[],
  baseYear: number,
  yearKind: PlanYearKind,
  school: boolean,
): { start: DeadlinePoint; end: DeadlinePoint } | undefined | "none" {
  const unit = tokens.findIndex(
    (t) => t.t === "word" && (t.w.startsWith("полугод") || t.w.startsWith("квартал")),
  );
  if (unit < 0) return "none";
  const half = (tokens[unit] as { w: string }).w.startsWith("полугод");
  const ordinal = tokens[unit - 1];
  const n = ordinal?.t === "roman" ? ordinal.n : ordinal?.t === "num" ? ordinal.n : 0;
  const rest = tokens.filter(
    (t, k) => k !== unit && k !== unit - 1 && !(t.t === "word" && PERIOD_WORDS.has(t.w)),
  );
  if (n < 1 || n > (half ? 2 : 4) || rest.length > 1 || (rest.length === 1 && rest[0].t !== "year"))
    return undefined;
  const y = rest[0]?.t === "year" ? rest[0] : undefined;
  const offset = y ? y.year - baseYear : 0;
  const schoolHalves = half && (school || y?.second !== undefined || (!y && yearKind === "school"));
  if (schoolHalves) {
    return n === 1
      ? { start: { yearOffset: offset, month: 9 }, end: { yearOffset: offset, month: 12 } }
      : { start: { yearOffset: offset + 1, month: 1 }, end: { yearOffset: offset + 1, month: 5 } };
  }
  const months = half ? 6 : 3;
  const startMonth = (n - 1) * months + 1;
  const o = !y && yearKind === "school" && startMonth < 9 ? offset + 1 : offset;
  return {
    start: { yearOffset: o, month: startMonth },
    end: { yearOffset: o, month: startMonth + months - 1 },
  };
}

/**
 * Points separated by "-" (a range; «по» and, after «с», «до» too) or "," (a list), each a date, «30 сентября»,
 * a month, a bare day borrowing the next point's month («9–24 марта»), with an optional year after it.
 */
function parsePoints(
  tokens: DeadlineToken[],
  baseYear: number,
  yearKind: PlanYearKind,
  afterFrom = false,
): { points: DeadlinePoint[]; seps: ("-" | ",")[] } | undefined {
  const raw: RawPoint[] = [];
  const seps: ("-" | ",")[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t.t === "date") raw.push({ day: t.day, month: t.month, year: t.year });
    else if (t.t === "num" && next?.t === "month") {
      raw.push({ day: t.n, month: next.month });
      i += 1;
    } else if (t.t === "num") raw.push({ day: t.n, month: 0 });
    else if (t.t === "month") raw.push({ month: t.month });
    else return undefined;
    i += 1;
    const y = tokens[i];
    if (y?.t === "year") {
      const last = raw[raw.length - 1];
      if (last.year !== undefined || y.second !== undefined || last.month === 0) return undefined;
      last.year = y.year;
      i += 1;
    }
    if (i >= tokens.length) break;
    const s = tokens[i];
    if (s.t === "-" || (s.t === "word" && (s.w === "по" || (afterFrom && s.w === "до")))) seps.push("-");
    else if (s.t === ",") seps.push(",");
    else return undefined;
    i += 1;
    if (i >= tokens.length) return undefined;
  }
  if (raw.length === 0) return undefined;
  for (let k = raw.length - 2; k >= 0; k--) {
    if (raw[k].month === 0 && raw[k + 1].month > 0) {
      raw[k].month = raw[k + 1].month;
      if (raw[k].year === undefined) raw[k].year = raw[k + 1].year;
    }
  }
  if (raw.some((p) => p.month < 1 || p.month > 12)) return undefined;
  const years = resolveYears(raw, baseYear, yearKind);
  const points: DeadlinePoint[] = [];
  for (let k = 0; k < raw.length; k++) {
    const { month, day } = raw[k];
    if (day !== undefined && (day < 1 || day > daysInMonth(years[k], month))) return undefined;
    points.push(
      day === undefined
        ? { yearOffset: years[k] - baseYear, month }
        : { yearOffset: years[k] - baseYear, month, day },
    );
  }
  for (let k = 1; k < points.length; k++) if (order(points[k]) < order(points[k - 1])) return undefined;
  return { points, seps };
}

const order = (p: DeadlinePoint) => p.yearOffset * 10000 + p.month * 100 + (p.day ?? 0);
const key = (p: RawPoint) => p.month * 100 + (p.day ?? 0);

/** Years of points written without one: taken from the nearest point with a year, crossing New Year where the months go back. */
function resolveYears(raw: RawPoint[], baseYear: number, yearKind: PlanYearKind): number[] {
  const years = raw.map((p) => p.year ?? NaN);
  const firstExplicit = years.findIndex((y) => !Number.isNaN(y));
  if (firstExplicit < 0) years[0] = yearKind === "school" && raw[0].month < 9 ? baseYear + 1 : baseYear;
  const anchor = firstExplicit < 0 ? 0 : firstExplicit;
  for (let k = anchor - 1; k >= 0; k--) years[k] = years[k + 1] - (key(raw[k]) > key(raw[k + 1]) ? 1 : 0);
  for (let k = anchor + 1; k < raw.length; k++) {
    if (Number.isNaN(years[k])) years[k] = years[k - 1] + (key(raw[k]) < key(raw[k - 1]) ? 1 : 0);
  }
  return years;
}
