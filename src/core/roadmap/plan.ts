import { parseDeadline } from "./deadline";
import { deadlineFor, type DeadlineInstance } from "./deadline-for";
import { fillPlaceholders, type PlaceholderValues } from "./placeholders";
import type { ApprovalParty, RoadmapActivity, RoadmapTemplate, TemplateColumn } from "./template";

/** A school taking part in a plan: its key and name, and for an individual roadmap its cluster, status, risk. */
export interface PlanSchool {
  key: string;
  name: string;
  cluster?: number | string;
  status?: string;
  /** The cluster the school risks falling into (SHNOR.RISK), 0 or absent when none. */
  risk?: number | string;
}

/** A mentor / mentee pair of the «Школа – школе» roadmap (from SHNOR.MENTOR): school names or keys. */
export interface MentorPair {
  mentor: string;
  mentee: string;
}

export interface PlanOptions {
  year: number;
  /** The district in the nominative, «Кировский район». */
  district: string;
  /** Its genitive, when the automatic one («Кировского района») does not fit. */
  districtGen?: string;
  schools: PlanSchool[];
  mentorPairs?: MentorPair[];
}

/** What a plan row is: a banded section header, a task or indicator line, a group heading or an activity. */
export type PlanRowKind = "section" | "task" | "indicator" | "group" | "activity";

/** One row of the generated plan. */
export interface PlanRow {
  kind: PlanRowKind;
  /** 0-based index of the section the row belongs to. */
  section: number;
  /** 1 for activities and groups directly in a section, 2 for rows inside a group, and so on. */
  level: number;
  /** The number printed in «№ п/п» (activities and groups, renumbered consecutively), the section's number, or "". */
  number: string;
  text: string;
  /** The values of the template's columns by key (number, text, deadline, fields, mentor / mentee / school). */
  values: Record<string, string>;
  /** The deadline for the plan year (activities, and group headings of repeated activities). */
  deadline?: DeadlineInstance;
  /** The school of a per-school row, the pair of a per-pair row. */
  school?: string;
  pair?: MentorPair;
}

/** The plan data a sheet writer turns into the «Дорожная карта» sheet; nothing Excel-specific. */
export interface RoadmapPlan {
  templateId: string;
  templateTitle: string;
  year: number;
  district: string;
  approval: ApprovalParty[];
  heading: string[];
  columns: TemplateColumn[];
  /** The section titles, for the progress summary by section. */
  sections: string[];
  rows: PlanRow[];
}

/**
 * The plan of a year from a template: placeholders filled, activities and groups renumbered consecutively
 * (section number «k.», group «k.m.»), deadlines recomputed for the year, activities repeated per school or
 * per mentor pair expanded into numbered sub-rows under a group heading. For a school-scope template the
 * school's placeholders ({school}, {cluster}, {status}, {risk}) come from the first school.
 * @example planFromTemplate(leningradPlanGraph, { year: 2024, district: "Всеволожский район", schools: [] })
 *   .rows.find((r) => r.number === "1.2")?.deadline?.due // "2024-09-15"
 */
export function planFromTemplate(template: RoadmapTemplate, options: PlanOptions): RoadmapPlan {
  const { year } = options;
  const single = template.scope === "school" ? options.schools[0] : undefined;
  const base: PlaceholderValues = {
    year,
    district: options.district,
    districtGen: options.districtGen,
    school: single?.name,
    cluster: single?.cluster,
    status: single?.status,
    risk: single?.risk === 0 ? "нет" : single?.risk,
  };
  const fill = (text: string, extra: Partial<PlaceholderValues> = {}) =>
    fillPlaceholders(text, { ...base, ...extra });
  const role = (r: TemplateColumn["role"]) => template.columns.find((c) => c.role === r)?.key;
  const [numberKey, textKey, deadlineKey] = [role("number"), role("text"), role("deadline")];
  const rows: PlanRow[] = [];

  const activityValues = (
    a: RoadmapActivity,
    number: string,
    text: string,
    d: DeadlineInstance,
    extra = {},
  ) => {
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(a.fields)) values[k] = fill(v, extra);
    if (numberKey) values[numberKey] = number;
    if (textKey) values[textKey] = text;
    if (deadlineKey) values[deadlineKey] = d.text;
    return values;
  };

  const pushActivity = (a: RoadmapActivity, number: string, section: number, level: number) => {
    const deadline = deadlineFor(parseDeadline(a.deadline, template.baseYear, template.yearKind), year);
    const text = fill(a.text);
    const repeats = a.repeat?.by === "pair" ? (options.mentorPairs ?? []) : a.repeat ? options.schools : [];
    // A repeated activity becomes a group row with one activity row per school or pair under it.
    rows.push({
      kind: repeats.length === 0 ? "activity" : "group",
      section,
      level,
      number,
      text,
      values: activityValues(a, number, text, deadline),
      deadline,
    });
    repeats.forEach((item, i) => {
      const n = `${number}.${i + 1}`;
      const pair = "mentor" in item ? item : undefined;
      const school = "mentor" in item ? undefined : item;
      const extra = pair
        ? { mentor: pair.mentor, mentee: pair.mentee }
        : { school: school?.name, cluster: school?.cluster, status: school?.status, risk: school?.risk };
      const t = fill(a.repeat?.text ?? (pair ? "{mentor} — {mentee}" : "{school}"), extra);
      const values = activityValues(a, n, t, deadline, extra);
      for (const c of template.columns) {
        if (pair && (c.role === "mentor" || c.role === "mentee")) values[c.key] = pair[c.role];
        if (school && c.role === "school") values[c.key] = school.name;
      }
      const subject = pair ? { pair } : { school: school?.name };
      rows.push({
        kind: "activity",
        section,
        level: level + 1,
        number: n,
        text: t,
        values,
        deadline,
        ...subject,
      });
    });
  };

  template.sections.forEach((section, s) => {
    const prefix = section.number === "" ? "" : `${s + 1}.`;
    if (section.number !== "" || section.title !== "") {
      rows.push({
        kind: "section",
        section: s,
        level: 0,
        number: section.number,
        text: fill(section.title),
        values: {},
      });
    }
    for (const t of section.tasks)
      rows.push({ kind: "task", section: s, level: 0, number: "", text: fill(t), values: {} });
    for (const t of section.indicators) {
      rows.push({ kind: "indicator", section: s, level: 0, number: "", text: fill(t), values: {} });
    }
    section.items.forEach((item, i) => {
      const number = `${prefix}${i + 1}`;
      if (item.kind === "group") {
        const text = fill(item.text);
        const values: Record<string, string> = {};
        if (numberKey) values[numberKey] = number;
        if (textKey) values[textKey] = text;
        rows.push({ kind: "group", section: s, level: 1, number, text, values });
        item.activities.forEach((a, j) => pushActivity(a, `${number}.${j + 1}`, s, 2));
      } else pushActivity(item, number, s, 1);
    });
  });

  return {
    templateId: template.id,
    templateTitle: template.title,
    year,
    district: options.district,
    approval: template.approval.map((p) => ({
      label: fill(p.label),
      position: fill(p.position),
      name: fill(p.name),
    })),
    heading: template.heading.map((h) => fill(h)),
    columns: template.columns,
    sections: template.sections.map((s) => fill(s.title)),
    rows,
  };
}

/**
 * One individual plan per school for a school-scope template (адресная поддержка), in the order of the schools.
 * @example schoolPlans(individualSchoolRoadmap, { year: 2024, district: "Кировский район", schools }).length // schools.length
 */
export function schoolPlans(template: RoadmapTemplate, options: PlanOptions): RoadmapPlan[] {
  return options.schools.map((school) => planFromTemplate(template, { ...options, schools: [school] }));
}
