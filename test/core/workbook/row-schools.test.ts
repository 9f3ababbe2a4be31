import { buildWorkbookMap } from "../../../src/core/workbook/workbook-map";
import { schoolKeysByRow } from "../../../src/core/workbook/row-schools";
import { CONTINGENT_2023, REGISTRY } from "../fixtures/district-sheets";

describe("schoolKeysByRow", () => {
  const map = buildWorkbookMap([REGISTRY, CONTINGENT_2023]);
  const sheet = map.sheets.find((s) => s.name === "Соц. паспорт")!;

  test("a blank school cell under a merged name belongs to the school above; the note row has no school", () => {
    expect([...schoolKeysByRow(sheet)]).toEqual([
      [2, "221"],
      [3, "221"],
      [4, "538"],
      [5, "538"],
    ]);
  });

  test("a sheet without a table has no rows", () => {
    expect(schoolKeysByRow({ ...sheet, table: undefined }).size).toBe(0);
  });

  test("a row whose own name is not recognised does not inherit the school above", () => {
    const values = CONTINGENT_2023.values.map((row) => [...row]);
    values[4][0] = "Неизвестная школа № 999";
    const odd = buildWorkbookMap([REGISTRY, { ...CONTINGENT_2023, values }]).sheets.find(
      (s) => s.name === "Соц. паспорт",
    )!;
    expect([...schoolKeysByRow(odd).keys()]).toEqual([2, 3]);
  });
});
