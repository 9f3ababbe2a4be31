import { parseDeadline } from "../../../src/core/roadmap/deadline";
import { deadlineFor, shiftYearsInText } from "../../../src/core/roadmap/deadline-for";
import type { PlanYearKind } from "../../../src/core/roadmap/template";

type Row = [
  text: string,
  base: number,
  kind: PlanYearKind,
  year: number,
  expectedKind: string,
  text2: string,
  start?: string,
  due?: string,
];

describe("parseDeadline + deadlineFor: a deadline written for one year, recomputed for another", () => {
  test.each<Row>([
    ["март", 2023, "calendar", 2025, "month", "март", "2025-03-01", "2025-03-31"],
    ["Февраль 2023 года", 2023, "calendar", 2024, "month", "Февраль 2024 года", "2024-02-01", "2024-02-29"],
    ["Февраль 2023 года", 2023, "calendar", 2025, "month", "Февраль 2025 года", "2025-02-01", "2025-02-28"],
    ["до 30 сентября", 2023, "calendar", 2026, "by", "до 30 сентября", undefined, "2026-09-30"],
    [
      "До 1 октября 2023 года",
      2023,
      "calendar",
      2024,
      "by",
      "До 1 октября 2024 года",
      undefined,
      "2024-10-01",
    ],
    ["до 01.06.2023", 2023, "calendar", 2027, "by", "до 01.06.2027", undefined, "2027-06-01"],
    ["в течение года", 2023, "calendar", 2024, "year", "в течение года", "2024-01-01", "2024-12-31"],
    [
      "В течение 2023 года",
      2023,
      "calendar",
      2024,
      "year",
      "В течение 2024 года",
      "2024-01-01",
      "2024-12-31",
    ],
    [
      "в течение учебного года",
      2020,
      "school",
      2023,
      "year",
      "в течение учебного года",
      "2023-09-01",
      "2024-08-31",
    ],
    ["ежеквартально", 2023, "calendar", 2024, "periodic", "ежеквартально", "2024-01-01", "2024-12-31"],
    ["09.03–24.03", 2023, "calendar", 2024, "range", "09.03–24.03", "2024-03-09", "2024-03-24"],
    [
      "09.03.2023- 24.03.2023",
      2023,
      "calendar",
      2024,
      "range",
      "09.03.2024- 24.03.2024",
      "2024-03-09",
      "2024-03-24",
    ],
    [
      "ноябрь 2020 – февраль 2021",
      2020,
      "school",
      2023,
      "range",
      "ноябрь 2023 – февраль 2024",
      "2023-11-01",
      "2024-02-29",
    ],
    [
      "Ноябрь 2020 – февраль 2021",
      2020,
      "school",
      2024,
      "range",
      "Ноябрь 2024 – февраль 2025",
      "2024-11-01",
      "2025-02-28",
    ],
    ["ноябрь – февраль", 2020, "school", 2021, "range", "ноябрь – февраль", "2021-11-01", "2022-02-28"],
    [
      "Август – сентябрь 2020",
      2020,
      "school",
      2022,
      "range",
      "Август – сентябрь 2022",
      "2022-08-01",
      "2022-09-30",
    ],
    [
      "май 2021 – июнь 2021",
      2020,
      "school",
      2022,
      "range",
      "май 2023 – июнь 2023",
      "2023-05-01",
      "2023-06-30",
    ],
    ["I полугодие", 2023, "calendar", 2024, "range", "I полугодие", "2024-01-01", "2024-06-30"],
    ["II полугодие", 2023, "calendar", 2024, "range", "II полугодие", "2024-07-01", "2024-12-31"],
    ["I полугодие", 2020, "school", 2023, "range", "I полугодие", "2023-09-01", "2023-12-31"],
    [
      "III квартал 2023 года",
      2023,
      "calendar",
      2024,
      "range",
      "III квартал 2024 года",
      "2024-07-01",
      "2024-09-30",
    ],
    ["сентябрь-октябрь", 2023, "calendar", 2024, "range", "сентябрь-октябрь", "2024-09-01", "2024-10-31"],
    [
      "Сентябрь- октябрь 2020",
      2020,
      "school",
      2021,
      "range",
      "Сентябрь- октябрь 2021",
      "2021-09-01",
      "2021-10-31",
    ],
    ["Март-май 2023 года", 2023, "calendar", 2024, "range", "Март-май 2024 года", "2024-03-01", "2024-05-31"],
    [
      "с 1 по 15 марта 2023 г.",
      2023,
      "calendar",
      2024,
      "range",
      "с 1 по 15 марта 2024 г.",
      "2024-03-01",
      "2024-03-15",
    ],
    [
      "2 раза в год (март, октябрь)",
      2023,
      "calendar",
      2024,
      "list",
      "2 раза в год (март, октябрь)",
      "2024-03-01",
      "2024-10-31",
    ],
    [
      "Март, октябрь 2023 года",
      2023,
      "calendar",
      2025,
      "list",
      "Март, октябрь 2025 года",
      "2025-03-01",
      "2025-10-31",
    ],
    [
      "Январь, март, май 2023 года",
      2023,
      "calendar",
      2024,
      "list",
      "Январь, март, май 2024 года",
      "2024-01-01",
      "2024-05-31",
    ],
    ["C 03.04.2023", 2023, "calendar", 2024, "from", "C 03.04.2024", "2024-04-03", undefined],
    ["24.03.2023", 2023, "calendar", 2024, "date", "24.03.2024", "2024-03-24", "2024-03-24"],
    ["29.02.2024", 2024, "calendar", 2025, "date", "28.02.2025", "2025-02-28", "2025-02-28"],
  ])("%p (base %p, %s) in %p", (text, base, kind, year, expectedKind, text2, start, due) => {
    const parsed = parseDeadline(text, base, kind);
    expect(parsed.kind).toBe(expectedKind);
    expect(parsed.parsed).toBe(true);
    const d = deadlineFor(parsed, year);
    expect(d.text).toBe(text2);
    expect(d.start).toBe(start);
    expect(d.due).toBe(due);
  });

  test("the base year itself gives back the text unchanged and the document's dates", () => {
    const d = deadlineFor(parseDeadline("Ноябрь 2020 – февраль 2021", 2020, "school"), 2020);
    expect(d).toMatchObject({ text: "Ноябрь 2020 – февраль 2021", start: "2020-11-01", due: "2021-02-28" });
  });

  test("a list keeps every moment", () => {
    const d = deadlineFor(parseDeadline("Март, октябрь 2023 года", 2023), 2024);
    expect(d.dates).toEqual(["2024-03-31", "2024-10-31"]);
  });

  test.each([
    "по мере необходимости",
    "по согласованию",
    "31.02.2023",
    "март 2024 – февраль 2023",
    "2 раза в год",
    "",
    "до",
    "март апрель",
    "13.13.2023",
    "весь период #",
  ])("%p is kept verbatim, flagged, never guessed", (text) => {
    const parsed = parseDeadline(text, 2023);
    expect(parsed.kind).toBe("unparsed");
    expect(parsed.parsed).toBe(false);
    const d = deadlineFor(parsed, 2030);
    expect(d).toEqual({ kind: "unparsed", text, parsed: false });
  });
});

describe("shiftYearsInText", () => {
  test.each([
    ["за 2022/2023 учебный год", 1, "за 2023/2024 учебный год"],
    ["до 01.06.23", 2, "до 01.06.25"],
    ["12 предметам, 4-11 классы, 2023", 1, "12 предметам, 4-11 классы, 2024"],
    ["1.14 пункт", 5, "1.14 пункт"],
  ])("%p shifted by %p", (text, shift, expected) => {
    expect(shiftYearsInText(text, shift)).toBe(expected);
  });
});
