import fc from "fast-check";
import { buildWorkbookMap } from "../../../src/core/workbook/workbook-map";
import { SHEET_KINDS } from "../../../src/core/workbook/sheet-kind";
import { cloneSheet, sheetValues } from "../arbitraries/cells";

describe("buildWorkbookMap on arbitrary workbooks", () => {
  test("never throws, never changes its input, maps every sheet", () => {
    fc.assert(
      fc.property(fc.array(sheetValues, { maxLength: 4 }), (sheets) => {
        const before = sheets.map(cloneSheet);
        const map = buildWorkbookMap(sheets);
        expect(sheets).toEqual(before);
        expect(map.sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
        for (const sheet of map.sheets) {
          expect(SHEET_KINDS).toContain(sheet.kind);
          expect(sheet.table !== undefined || sheet.tableIssue !== undefined).toBe(true);
          for (const school of [...sheet.schools.matched, ...sheet.schools.unmatched]) {
            expect(school.cell).toMatch(/^[A-Z]+[1-9]\d*$/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
