import {
  districtGenitive,
  fillPlaceholders,
  unknownPlaceholders,
} from "../../../src/core/roadmap/placeholders";
import { planFromTemplate } from "../../../src/core/roadmap/plan";
import {
  kirovDistrictPlan,
  schoolToSchoolMentoring,
  spbRegionalRoadmap,
} from "../../../src/core/roadmap/templates";

describe("planFromTemplate", () => {
  const plan = planFromTemplate(kirovDistrictPlan, { year: 2025, district: "Невский район", schools: [] });

  test("fills the title, approval and texts for the year and district", () => {
    expect(plan.heading[1]).toContain("организациями Невского района, реализующими");
    expect(plan.heading[1]).toMatch(/на 2025 год$/u);
    expect(plan.approval.map((a) => a.label)).toEqual(["Утверждено", "Согласовано"]);
    expect(plan.approval[0].position).toBe(
      "Начальник отдела образования администрации Невского района Санкт-Петербурга",
    );
    const byNumber = new Map(plan.rows.map((r) => [r.number, r]));
    expect(byNumber.get("5.3")?.text).toBe(
      "Планирование работы на 2026 год на основе результатов оценки и анализа эффективности деятельности по обеспечению поддержки ШНОР в 2025 году",
    );
    expect(byNumber.get("1.3")?.deadline).toMatchObject({
      text: "09.03.2025- 24.03.2025",
      due: "2025-03-24",
    });
    expect(byNumber.get("1.3")?.values).toMatchObject({
      number: "1.3",
      executors: "Районный координатор",
      deadline: "09.03.2025- 24.03.2025",
    });
  });

  test("rows: banded sections, tasks, indicators, groups and activities with levels", () => {
    const kinds = (s: number, k: string) => plan.rows.filter((r) => r.section === s && r.kind === k).length;
    expect(plan.rows.filter((r) => r.kind === "section").map((r) => r.number)).toEqual([
      "I",
      "II",
      "III",
      "IV",
      "V",
    ]);
    expect([0, 1, 2, 3, 4].map((s) => kinds(s, "activity"))).toEqual([15, 8, 8, 7, 3]);
    expect([0, 1, 2, 3, 4].map((s) => kinds(s, "task"))).toEqual([4, 4, 5, 3, 3]);
    expect([0, 1, 2, 3, 4].map((s) => kinds(s, "indicator"))).toEqual([6, 5, 3, 3, 3]);
    expect(plan.rows.find((r) => r.number === "2.1.1")?.level).toBe(2);
    expect(plan.rows.find((r) => r.number === "2.1")?.kind).toBe("group");
  });

  test("a school-year range moves both years", () => {
    const regional = planFromTemplate(spbRegionalRoadmap, { year: 2024, district: "", schools: [] });
    expect(regional.heading[0]).toMatch(/на 2024\/2025 учебный год$/u);
    expect(regional.rows.find((r) => r.number === "10")?.deadline).toMatchObject({
      text: "Ноябрь 2024 – февраль 2025",
      start: "2024-11-01",
      due: "2025-02-28",
    });
    expect(regional.rows[0]).toMatchObject({ kind: "activity", number: "1" });
  });

  test("mentor pairs fill the mentor / mentee columns of the repeated activities", () => {
    const pairs = [
      { mentor: "ГБОУ гимназия № 397", mentee: "ГБОУ СОШ № 355" },
      { mentor: "ГБОУ лицей № 366", mentee: "ГБОУ СОШ № 495" },
    ];
    const p = planFromTemplate(schoolToSchoolMentoring, {
      year: 2023,
      district: "Московский район",
      schools: [],
      mentorPairs: pairs,
    });
    const pairRows = p.rows.filter((r) => r.pair);
    expect(pairRows.map((r) => r.number)).toEqual(["1.4.1", "1.4.2", "2.1.1", "2.1.2"]);
    expect(pairRows[3].values).toMatchObject({ mentor: "ГБОУ лицей № 366", mentee: "ГБОУ СОШ № 495" });
    expect(pairRows[0].text).toBe("Пара: ГБОУ гимназия № 397 — ГБОУ СОШ № 355");
    const without = planFromTemplate(schoolToSchoolMentoring, {
      year: 2023,
      district: "Московский район",
      schools: [],
    });
    expect(without.rows.find((r) => r.number === "1.4")?.kind).toBe("activity");
  });
});

describe("placeholders", () => {
  test.each([
    ["Кировский район", "Кировского района"],
    ["Московский район Санкт-Петербурга", "Московского района Санкт-Петербурга"],
    ["Курортный район", "Курортного района"],
    ["Всеволожский муниципальный район", "Всеволожского муниципального района"],
    ["Сосновоборский городской округ", "Сосновоборского городского округа"],
    ["Кронштадт", "Кронштадт"],
  ])("genitive of %p is %p", (name, gen) => {
    expect(districtGenitive(name)).toBe(gen);
  });

  test("year arithmetic, blanks for missing values, unknown names kept", () => {
    const values = { year: 2024, district: "Кировский район" };
    expect(fillPlaceholders("{year-1}/{year}, {schoolYear}, {year+1}", values)).toBe(
      "2023/2024, 2024/2025, 2025",
    );
    expect(fillPlaceholders("{school}: кластер {cluster}", values)).toBe("________: кластер ________");
    expect(fillPlaceholders("{foo} {district}", values)).toBe("{foo} Кировский район");
    expect(unknownPlaceholders("{year+2} {mentor} {foo} {school+1}")).toEqual(["{foo}", "{school+1}"]);
  });
});
