import type { SheetValues } from "../../../src/core/cells/cell-value";
import { buildWorkbookMap, type SheetMap } from "../../../src/core/workbook/workbook-map";
import {
  CONTINGENT_2023,
  EGE_2023,
  FISOKO_VPR,
  OGE_2022,
  REGISTRY,
  VPR_2023,
} from "../fixtures/district-sheets";

const STAFFING: SheetValues = {
  name: "Кадры",
  firstRow: 0,
  firstColumn: 0,
  values: [
    ["Кадровое обеспечение ОО, 2023 г.", "", "", "", ""],
    ["ОО", "Педагогов, всего", "Высшая категория, %", "Стаж до 3 лет, %", "Вакансии"],
    ["СОШ 240", 48, "35,4", "12,5", 3],
    ["СОШ № 999", 30, "20", "10", 0],
    ["№ 5", 30, "20", "10", 0],
  ],
};

function sheet(map: ReturnType<typeof buildWorkbookMap>, name: string): SheetMap {
  const found = map.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe("buildWorkbookMap on a district workbook with a registry", () => {
  const map = buildWorkbookMap([
    REGISTRY,
    VPR_2023,
    FISOKO_VPR,
    OGE_2022,
    EGE_2023,
    CONTINGENT_2023,
    STAFFING,
  ]);

  test("recognises every sheet's kind and year, and where they came from", () => {
    expect(map.sheets.map((s) => [s.name, s.kind, s.kindSource, s.year, s.yearSource])).toEqual([
      ["Список ОО", "registry", "name", undefined, "none"],
      ["ВПР 2023", "vpr", "name", 2023, "name"],
      ["Лист1", "vpr", "title", 2022, "title"],
      ["ОГЭ-2022", "oge", "name", 2022, "name"],
      ["ЕГЭ 2023", "ege", "name", 2023, "name"],
      ["Соц. паспорт", "contingent", "name", undefined, "rows"],
      ["Кадры", "staffing", "name", 2023, "title"],
    ]);
  });

  test("a long table with a year column has a year per row", () => {
    const contingent = sheet(map, "Соц. паспорт");
    expect(contingent.years).toEqual([2023, 2024]);
    expect(contingent.rowYears).toEqual([2023, 2024, 2023, 2024]);
  });

  test("the registry comes from the registry sheet", () => {
    expect(map.registrySheets).toEqual(["Список ОО"]);
    expect(map.registry.entries.map((e) => e.key)).toEqual([
      "221",
      "223",
      "240",
      "269",
      "538",
      "244",
      "397",
      "ЦО 162",
      "интернат 2",
    ]);
  });

  test("resolves school names of every spelling, with their cells", () => {
    expect(sheet(map, "ВПР 2023").schools.matched.map((m) => [m.cell, m.text, m.key])).toEqual([
      ["A6", "ГБОУ СОШ № 221 Кировского района Санкт-Петербурга", "221"],
      ["A7", "СОШ №223", "223"],
      ["A9", "гимназия 397", "397"],
    ]);
    expect(sheet(map, "Лист1").schools.matched.map((m) => [m.cell, m.key])).toEqual([
      ["A11", "221"],
      ["A12", "240"],
      ["A13", "ЦО 162"],
    ]);
    expect(sheet(map, "ОГЭ-2022").schools.matched.map((m) => [m.cell, m.key])).toEqual([
      ["C6", "223"],
      ["C7", "244"],
      ["C8", "269"],
      ["C9", "интернат 2"],
    ]);
    expect(sheet(map, "Соц. паспорт").schools.matched.map((m) => m.row)).toEqual([2, 4]);
  });

  test("reports names the registry does not know, with the issue and the cell", () => {
    const staffing = sheet(map, "Кадры");
    expect(staffing.schools.matched.map((m) => m.key)).toEqual(["240"]);
    expect(staffing.schools.unmatched.map((u) => [u.cell, u.text, u.issue.code])).toEqual([
      ["A4", "СОШ № 999", "school-unknown"],
      ["A5", "№ 5", "school-unknown"],
    ]);
  });

  test("lists recognised columns with letters and unrecognised headers", () => {
    expect(sheet(map, "Кадры").columns.map((c) => [c.column, c.role, c.percent])).toEqual([
      ["A", "school", false],
      ["B", "teachers", false],
      ["C", "categoryHighest", true],
      ["D", "experienceUnder3", true],
      ["E", "vacancies", false],
    ]);
    expect(sheet(map, "ОГЭ-2022").columns[0]).toMatchObject({ column: "B", role: "rowNumber" });
  });
});

describe("buildWorkbookMap without a registry sheet", () => {
  test("builds the registry from all names and reports ambiguous ones with candidates", () => {
    const map = buildWorkbookMap([
      {
        name: "ВПР 2022",
        firstRow: 0,
        firstColumn: 0,
        values: [
          ["ОО", "2", "3", "4", "5"],
          ["ГБОУ СОШ № 5", 10, 40, 40, 10],
          ["ГБОУ гимназия № 5", 0, 30, 50, 20],
        ],
      },
      STAFFING,
    ]);
    expect(map.registrySheets).toEqual([]);
    expect(map.registry.entries.map((e) => e.key)).toEqual(
      expect.arrayContaining(["школа 5", "гимназия 5", "240"]),
    );
    const ambiguous = sheet(map, "Кадры").schools.unmatched.find((u) => u.text === "№ 5");
    expect(ambiguous?.issue).toMatchObject({
      code: "school-ambiguous",
      params: { candidates: ["школа 5", "гимназия 5"] },
    });
  });

  test("a sheet without a table is mapped as unknown with the issue", () => {
    const map = buildWorkbookMap([
      {
        name: "Пояснения",
        firstRow: 0,
        firstColumn: 0,
        values: [["Пояснительная записка к отчёту за 2023 год"]],
      },
    ]);
    expect(map.sheets[0]).toMatchObject({
      kind: "unknown",
      year: 2023,
      yearSource: "title",
      tableIssue: { code: "no-table" },
      columns: [],
      schools: { matched: [], unmatched: [] },
    });
  });
});

describe("buildWorkbookMap with the user's corrections", () => {
  test("kind, year and a column's role override recognition", () => {
    const map = buildWorkbookMap(
      [
        {
          name: "Лист5",
          firstRow: 0,
          firstColumn: 0,
          values: [
            ["ОО", "Показатель 1", "Показатель 2"],
            ["СОШ № 221", "3,5", 12],
          ],
        },
        VPR_2023,
      ],
      [
        {
          sheet: "Лист5",
          kind: "microdistrict",
          year: 2023,
          columns: [{ header: "Показатель 1", role: "microdistrictIndex" }],
        },
        { sheet: "впр 2023", year: null },
      ],
    );
    const five = sheet(map, "Лист5");
    expect(five).toMatchObject({
      kind: "microdistrict",
      kindSource: "correction",
      year: 2023,
      yearSource: "correction",
    });
    expect(five.columns.map((c) => [c.header, c.role, c.corrected])).toEqual([
      ["ОО", "school", false],
      ["Показатель 1", "microdistrictIndex", true],
    ]);
    expect(five.unrecognised).toEqual(["Показатель 2"]);
    expect(sheet(map, "ВПР 2023").year).toBeUndefined();
    expect(sheet(map, "ВПР 2023").yearSource).toBe("correction");
  });
});
