import { parseDeadline } from "../../../src/core/roadmap/deadline";
import { deadlineFor } from "../../../src/core/roadmap/deadline-for";
import { fillPlaceholders, unknownPlaceholders } from "../../../src/core/roadmap/placeholders";
import { schoolPlans } from "../../../src/core/roadmap/plan";
import { monthOfWord } from "../../../src/core/roadmap/russian-months";
import {
  sectionActivities,
  templateActivities,
  type RoadmapTemplate,
} from "../../../src/core/roadmap/template";
import {
  BUILT_IN_TEMPLATES,
  builtInTemplate,
  individualSchoolRoadmap,
  kirovDistrictPlan,
  leningradPlanGraph,
  schoolToSchoolMentoring,
  spbRegionalRoadmap,
} from "../../../src/core/roadmap/templates";
import { fold, linesBetween, seedRows, seedText } from "./seed-text";

const kirov2023 = (t: string) => fill(t, 2023, "Кировский район");
const fill = (t: string, year: number, district: string) => fillPlaceholders(t, { year, district });

/** Numbers of the items of a section in document order: groups, then their activities. */
const itemNumbers = (t: RoadmapTemplate, s: number) =>
  t.sections[s].items.flatMap((i) =>
    i.kind === "group" ? [i.number, ...i.activities.map((a) => a.number)] : [i.number],
  );

describe("seed 003: the Kirov district plan, sections I–V", () => {
  const text = seedText("003");
  const romans = ["I", "II", "III", "IV", "V"];
  const chunks = romans.map((r, i) =>
    linesBetween(
      text,
      new RegExp(`^${r}\\. `, "u"),
      i < 4 ? new RegExp(`^${romans[i + 1]}\\. `, "u") : undefined,
    ),
  );
  const row = /^(\d+\.\d+(?:\.\d+)?)\.?\t/u;

  test("has the five sections with the document's titles", () => {
    expect(kirovDistrictPlan.sections.map((s) => s.number)).toEqual(romans);
    chunks.forEach((lines, i) => {
      const title = lines[0].replace(/^[IVX]+\. /u, "").replace(/\s*\*?Задачи\*?:?\s*$/u, "");
      expect(fold(kirovDistrictPlan.sections[i].title)).toBe(fold(title));
    });
  });

  test.each(romans.map((r, i) => [r, i] as const))(
    "section %s: every numbered row of the seed, in order",
    (_r, i) => {
      const rows = seedRows(chunks[i], row);
      expect(itemNumbers(kirovDistrictPlan, i)).toEqual(rows.map((r) => r.number));
      const groups = rows.filter((r) => r.cells.slice(1).every((c) => c.trim() === "")).map((r) => r.number);
      const templateGroups = kirovDistrictPlan.sections[i].items.flatMap((it) =>
        it.kind === "group" ? [it.number] : [],
      );
      expect(templateGroups).toEqual(groups);
      expect(sectionActivities(kirovDistrictPlan.sections[i])).toHaveLength(rows.length - groups.length);
    },
  );

  test("each activity's text, executors and deadline contain what the seed row shows", () => {
    const activities = new Map(templateActivities(kirovDistrictPlan).map((a) => [a.number, a]));
    const rows = chunks
      .flatMap((lines) => seedRows(lines, row))
      .filter((r) => r.cells.length >= 3 && r.cells[2].trim());
    expect(rows.length).toBeGreaterThan(35);
    for (const r of rows) {
      const a = activities.get(r.number);
      expect(a).toBeDefined();
      if (!a) continue;
      expect(fold(kirov2023(a.text))).toContain(fold(r.cells[0]));
      expect(fold(a.fields.executors)).toContain(fold(r.cells[1]));
      expect(fold(a.deadline)).toContain(fold(r.cells[2]));
    }
  });

  test.each(romans.map((r, i) => [r, i] as const))("section %s: the seed's tasks and indicators", (_r, i) => {
    const lines = chunks[i];
    const marker = lines.findIndex((l) => l.includes("Показатели"));
    const tasks = lines.slice(0, marker).filter((l) => /^(- )?\d\. \S/u.test(l));
    const after = lines.slice(marker);
    const indicators =
      after.filter((l) => l.startsWith("- ")).length +
      after.reduce((n, l) => n + (l.match(/•/gu) ?? []).length, 0);
    const section = kirovDistrictPlan.sections[i];
    expect(section.tasks.map((t) => fold(kirov2023(t)))).toEqual(
      tasks.map((t) => fold(t.replace(/^(- )?\d\. /u, ""))),
    );
    expect(section.indicators).toHaveLength(indicators);
  });
});

describe("seed 001: the regional roadmap, 12 activities with regional and district operators", () => {
  const lines = linesBetween(seedText("001"), /^№ п\/п\tМероприятия/u);
  const rows = seedRows(lines, /^(\d+)\.\t/u);

  test("12 activities, numbered 1–12, in one untitled section", () => {
    expect(rows).toHaveLength(12);
    expect(spbRegionalRoadmap.sections).toHaveLength(1);
    expect(templateActivities(spbRegionalRoadmap).map((a) => a.number)).toEqual(rows.map((r) => r.number));
  });

  test("columns: Мероприятия, Оператор регион / район, Срок", () => {
    const headers = spbRegionalRoadmap.columns.map((c) => [c.group ?? "", c.header]);
    expect(headers).toEqual([
      ["", "№ п/п"],
      ["", "Мероприятия"],
      ["Оператор", "регион"],
      ["Оператор", "район"],
      ["", "Срок"],
    ]);
  });

  test.each(rows.map((r) => [r.number, r] as const))(
    "activity %s matches the seed row cell by cell",
    (n, r) => {
      const a = templateActivities(spbRegionalRoadmap).find((x) => x.number === n);
      const [text, region, district, deadline] = r.cells;
      expect(fold(a?.text ?? "")).toBe(fold(text));
      expect(fold(a?.fields.region ?? "")).toBe(fold(region));
      expect(fold(a?.fields.district ?? "")).toBe(fold(district));
      expect(fold(a?.deadline ?? "")).toBe(fold(deadline));
    },
  );
});

describe("seed 004: the Leningrad oblast plan-graph", () => {
  const lines = linesBetween(seedText("004"), /^№ п\/п\tСодержание/u, /^Лист согласования/u);
  const rows = seedRows(lines, /^(\d+(?:\.\d+)*)\.?\t/u);
  const sections = rows.filter((r) => !r.number.includes("."));
  const groups = rows.filter((r) => r.number.includes(".") && (r.cells[1] ?? "").trim() === "");
  const activities = rows.filter((r) => (r.cells[1] ?? "").trim() !== "");

  test("sections, groups and activities as numbered in the seed", () => {
    expect(leningradPlanGraph.sections.map((s) => [s.number, fold(s.title)])).toEqual(
      sections.map((s) => [s.number, fold(s.cells[0])]),
    );
    const tGroups = leningradPlanGraph.sections.flatMap((s) => s.items.filter((i) => i.kind === "group"));
    expect(tGroups.map((g) => [g.number, fold(g.text)])).toEqual(
      groups.map((g) => [g.number, fold(g.cells[0])]),
    );
    expect(
      templateActivities(leningradPlanGraph).map((a) => [a.number, fold(a.text), fold(a.deadline)]),
    ).toEqual(activities.map((a) => [a.number, fold(a.cells[0]), fold(a.cells[1])]));
    expect(activities).toHaveLength(10);
  });
});

describe("seed 002: «Школа – школе» team mentoring", () => {
  const text = seedText("002");
  const order = text.split("\n").find((l) => l.includes("(«группа внимания»)")) ?? "";
  // the steps are infinitives after «;» (and once after «,»: «…«Школа – школе», формировать циклограмму»)
  const clauses = order.split(/[;,]\s*(?=[а-яё]+(?:ить|ать|ести)\s)/u).map((c) => c.trim());
  const stems = (s: string) =>
    new Set((s.toLowerCase().match(/[а-яё]{6,}/gu) ?? []).map((w) => w.slice(0, 6)));
  const overlap = (a: string, b: string) => [...stems(a)].filter((w) => stems(b).has(w)).length;

  test("section I has one activity per step of order № 106, in the same order", () => {
    const first = sectionActivities(schoolToSchoolMentoring.sections[0]);
    expect(clauses).toHaveLength(6);
    expect(first).toHaveLength(clauses.length);
    clauses.forEach((clause, i) => {
      const scores = first.map((a) => overlap(clause, a.text));
      expect(scores.indexOf(Math.max(...scores))).toBe(i);
    });
  });

  test("the pairs repeat per mentor pair and the template has mentor / mentee columns", () => {
    expect(schoolToSchoolMentoring.columns.map((c) => c.role)).toEqual(
      expect.arrayContaining(["mentor", "mentee"]),
    );
    expect(
      templateActivities(schoolToSchoolMentoring).filter((a) => a.repeat?.by === "pair").length,
    ).toBeGreaterThan(0);
  });

  test("follows the yearly cycle: starts in September, works until May, analysis in June–July", () => {
    const cycle = text.split("\n").find((l) => l.includes("Ежегодно работа начинается")) ?? "";
    const months = (cycle.match(/[а-яё]+/giu) ?? []).map(monthOfWord).filter((m) => m > 0);
    expect(months).toEqual([9, 5, 6, 7]);
    const at = (s: number) =>
      sectionActivities(schoolToSchoolMentoring.sections[s]).map((a) =>
        deadlineFor(parseDeadline(a.deadline, 2020, "school"), 2020),
      );
    const month = (iso?: string) => Number(iso?.slice(5, 7));
    expect(month(at(0)[0].start)).toBe(months[0]);
    expect(Math.max(...at(1).map((d) => month(d.due)))).toBe(months[1]);
    expect(month(at(2)[0].start)).toBe(months[2]);
    expect(month(at(2)[0].due)).toBe(months[3]);
  });
});

describe("seed 000: the individual roadmap per ШНОР", () => {
  test("one plan per school of the order's list, with the school's cluster, status and risk", () => {
    const item3 =
      seedText("000")
        .split("\n")
        .find((l) => l.startsWith("3. В срок до 01.10.2021")) ?? "";
    const numbers =
      item3
        .match(/№№ ([\d, ]+)/u)?.[1]
        .split(",")
        .map((s) => s.trim()) ?? [];
    expect(numbers).toEqual(["221", "251", "277", "377", "388", "503"]);
    const schools = numbers.map((n, i) => ({
      key: n,
      name: `ГБОУ СОШ № ${n}`,
      cluster: (i % 4) + 1,
      status: "ШНОР",
      risk: 0,
    }));
    const plans = schoolPlans(individualSchoolRoadmap, { year: 2022, district: "Кировский район", schools });
    expect(plans).toHaveLength(6);
    plans.forEach((p, i) => {
      expect(p.heading.join(" ")).toContain(`ГБОУ СОШ № ${numbers[i]}`);
      expect(p.heading.join(" ")).toContain(
        `Кластер районной модели: ${(i % 4) + 1}; статус: ШНОР; риск перехода в кластер: нет`,
      );
    });
  });
});

describe("every built-in template", () => {
  test.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))(
    "%s: recorded source, parsable deadlines, known placeholders",
    (id, t) => {
      expect(builtInTemplate(id)).toBe(t);
      expect(t.source.seed).toMatch(/^00\d_[0-9a-f]+\.txt$/u);
      expect(t.source.date).toMatch(/^\d\d\.\d\d\.\d{4}$/u);
      expect(t.source.number).not.toBe("");
      for (const a of templateActivities(t)) {
        expect(parseDeadline(a.deadline, t.baseYear, t.yearKind).parsed).toBe(true);
        expect(unknownPlaceholders(a.text)).toEqual([]);
      }
      expect(fill(t.heading.join(" "), 2030, "Невский район")).toMatch(/2030/u);
    },
  );

  test("ids are unique", () => {
    expect(new Set(BUILT_IN_TEMPLATES.map((t) => t.id)).size).toBe(BUILT_IN_TEMPLATES.length);
  });
});
