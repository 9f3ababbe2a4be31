import path from "node:path";
import type { SheetValues } from "../../../src/core/cells/cell-value";
import {
  districtFromTitles,
  isFlagged,
  mentorPairs,
  schoolMeasures,
  schoolNames,
  shnorSchools,
  withClusters,
} from "../../../src/core/roadmap/sheet";
import { buildWorkbookMap, type WorkbookMap } from "../../../src/core/workbook/workbook-map";
import { XlsxHost } from "../../../src/hosts/xlsx-host";
import { generateSampleDistrict } from "../../../src/sample";

const SAMPLE = path.resolve(__dirname, "..", "..", "..", "examples", "kirov-district-sample.xlsx");
const truth = generateSampleDistrict().truth;

const sheet = (name: string, values: SheetValues["values"]): SheetValues => ({
  name,
  firstRow: 0,
  firstColumn: 0,
  values,
});

describe("the workbook's ШНОР", () => {
  let map: WorkbookMap;
  beforeAll(async () => {
    map = buildWorkbookMap(await (await XlsxHost.open(SAMPLE)).readSheets());
  });

  test.each([
    ["да", true],
    ["Да ", true],
    ["+", true],
    [1, true],
    [true, true],
    ["ШНОР", true],
    ["", false],
    ["нет", false],
    ["-", false],
    ["—", false],
    [0, false],
    [false, false],
    [null, false],
  ])("isFlagged(%j) is %s", (value, expected) => {
    expect(isFlagged(value)).toBe(expected);
  });

  test("are the schools flagged in the registry's ШНОР column, with short names", () => {
    const list = shnorSchools(map);
    expect(list.flagged).toBe(true);
    expect(list.source).toBe("лист «Список ОО», столбец «ШНОР (перечень 2023 г.)»");
    expect(list.schools.map((s) => s.key)).toEqual(truth.schools.filter((s) => s.shnor).map((s) => s.key));
    for (const s of list.schools) {
      expect(s.name.length).toBeLessThan(70);
      expect(s.status).toBe("ШНОР");
    }
  });

  test("are every school of the list when the registry has no flag column", () => {
    const registry = sheet("Список ОО", [
      ["№", "Наименование ОО"],
      [1, "ГБОУ СОШ № 221"],
      [2, "ГБОУ гимназия № 162"],
      [3, "Итого"],
    ]);
    const list = shnorSchools(buildWorkbookMap([registry]));
    expect(list.flagged).toBe(false);
    expect(list.schools.map((s) => s.key)).toEqual(["221", "162"]);
  });

  test("the district comes from the titles, in the nominative", () => {
    expect(districtFromTitles(map)).toBe("Кировский район");
    const titled = (title: string) =>
      districtFromTitles(
        buildWorkbookMap([sheet("Список ОО", [[title], ["№", "Наименование ОО"], [1, "ГБОУ СОШ № 221"]])]),
      );
    expect(titled("Перечень ОО Курортного района")).toBe("Курортный район");
    expect(titled("Перечень ОО Невского района Санкт-Петербурга")).toBe("Невский район");
    expect(titled("Перечень ОО")).toBeUndefined();
  });

  test("clusters, risks and mentors come from the latest year's results and contexts", () => {
    const measures = schoolMeasures(map);
    const keys = truth.schools.map((s) => s.key);
    expect(measures.results.size).toBeGreaterThan(50);
    expect(measures.contexts.size).toBeGreaterThan(50);
    for (const [k, v] of measures.results) {
      expect(keys).toContain(k);
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThanOrEqual(100);
    }
    const schools = withClusters(shnorSchools(map).schools, measures);
    for (const s of schools) if (measures.results.has(s.key)) expect([1, 2, 3, 4]).toContain(s.cluster);
    const pairs = mentorPairs(schools, measures, schoolNames(map));
    expect(pairs.map((p) => p.mentee)).toEqual(schools.map((s) => s.name));
    const shnorNames = new Set(schools.map((s) => s.name));
    for (const p of pairs) expect(shnorNames.has(p.mentor)).toBe(false);
  });
});
