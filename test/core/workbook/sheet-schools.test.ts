import fc from "fast-check";
import { a1 } from "../../../src/core/cells/a1";
import type { SheetValues } from "../../../src/core/cells/cell-value";
import { buildRegistry, resolveSchool } from "../../../src/core/schools/school-registry";
import type { Table } from "../../../src/core/tables/table";
import { buildWorkbookMap, type WorkbookMap } from "../../../src/core/workbook/workbook-map";
import { sheetValues } from "../arbitraries/cells";

const REGISTRY: SheetValues = {
  name: "Список ОО",
  firstRow: 0,
  firstColumn: 0,
  values: [
    ["№", "Наименование ОО", "Вид ОО", "Адрес"],
    [1, "ГБОУ СОШ № 221", "СОШ", "ул. Маршала Казакова, 10"],
    [2, "ГБОУ гимназия № 397", "гимназия", "пр. Стачек, 100"],
    [3, "СОШ № 2", "СОШ", "ул. Стачек, 5"],
    [4, "школа-интернат № 2", "школа-интернат", "ул. Лёни Голикова, 1"],
  ],
};

/** A long table: names carried down merged cells, a ФИС ОКО login, an unknown and an ambiguous name. */
const LONG: SheetValues = {
  name: "ВПР по годам",
  firstRow: 3,
  firstColumn: 1,
  values: [
    ["ОО", "Год", "Предмет", "Кол-во участников"],
    ["ГБОУ СОШ № 221", 2022, "Математика", 25],
    [null, 2023, "Математика", 27],
    ["", 2023, "История", 20],
    ["sch780397 ГБОУ гимназия № 397", 2023, "Математика", 50],
    ["СОШ № 999", 2023, "Математика", 12],
    ["2", 2023, "Математика", 30],
    ["ГБОУ СОШ № 221", 2024, "Математика", 26],
  ],
};

describe("SheetSchools", () => {
  const map = buildWorkbookMap([REGISTRY, LONG]);
  const schools = map.sheets[1].schools;

  test("the registry comes from the list sheet", () => expect(map.registrySheets).toEqual(["Список ОО"]));

  test("stores each distinct name once and an index per row, carried names included", () => {
    expect(
      schools.names.map((n) => [n.text, n.row, n.resolved.ok ? n.resolved.value.key : n.resolved.issue.code]),
    ).toEqual([
      ["ГБОУ СОШ № 221", 4, "221"],
      ["ГБОУ гимназия № 397", 7, "397"],
      ["СОШ № 999", 8, "school-unknown"],
      ["2", 9, "school-ambiguous"],
    ]);
    expect([...schools.rowName]).toEqual([0, 0, 0, 1, 2, 3, 0]);
  });

  test("lists matched and unmatched names row by row, a carried name counted once", () => {
    expect(schools.matched).toEqual([
      { text: "ГБОУ СОШ № 221", row: 4, cell: "B5", key: "221", name: "ГБОУ СОШ № 221" },
      { text: "ГБОУ гимназия № 397", row: 7, cell: "B8", key: "397", name: "ГБОУ гимназия № 397" },
      { text: "ГБОУ СОШ № 221", row: 10, cell: "B11", key: "221", name: "ГБОУ СОШ № 221" },
    ]);
    expect(schools.unmatched.map((u) => [u.cell, u.text, u.issue.code])).toEqual([
      ["B9", "СОШ № 999", "school-unknown"],
      ["B10", "2", "school-ambiguous"],
    ]);
    expect(schools.matched).toBe(schools.matched); // built once
  });

  test("visits own names without building lists, and gives their cells", () => {
    const seen: [string, number, number][] = [];
    schools.eachOwn((name, row, index) => seen.push([name.text, row, index]));
    expect(seen.map(([, row]) => schools.cellOf(row))).toEqual(["B5", "B8", "B9", "B10", "B11"]);
    expect(seen.map(([, , index]) => index)).toEqual([0, 3, 4, 5, 6]);
  });
});

/** The rows that write a school name (not carried down a merged cell), as first computed. */
function ownRows(table: Table | undefined) {
  const column = table?.columns.find((c) => c.role === "school");
  if (!table || !column) return [];
  return table.rows
    .filter((r) => !r.schoolFromAbove && r.schoolText !== undefined && r.schoolText !== "")
    .map((r) => ({ text: r.schoolText ?? "", row: r.sheetRow, cell: a1(r.sheetRow, column.index) }));
}

/** The map's lists as first computed: every row that writes a name, resolved one by one. */
function referenceSchools(map: WorkbookMap, table: Table | undefined) {
  const matched = [];
  const unmatched = [];
  for (const own of ownRows(table)) {
    const resolved = resolveSchool(own.text, map.registry);
    if (resolved.ok) matched.push({ ...own, key: resolved.value.key, name: resolved.value.name });
    else unmatched.push({ ...own, issue: resolved.issue });
  }
  return { matched, unmatched };
}

describe("the compact names on arbitrary workbooks", () => {
  test("give the registry and the lists that resolving row by row gives", () => {
    fc.assert(
      fc.property(fc.array(sheetValues, { maxLength: 4 }), (sheets) => {
        const map = buildWorkbookMap(sheets);
        const listed = map.sheets.filter((s) => map.registrySheets.includes(s.name));
        const source = listed.length > 0 ? listed : map.sheets;
        expect(map.registry).toEqual(
          buildRegistry(source.flatMap((s) => ownRows(s.table).map((r) => r.text))),
        );
        for (const sheet of map.sheets) {
          const reference = referenceSchools(map, sheet.table);
          expect(sheet.schools.matched).toEqual(reference.matched);
          expect(sheet.schools.unmatched).toEqual(reference.unmatched);
        }
      }),
      { numRuns: 300 },
    );
  });
});
