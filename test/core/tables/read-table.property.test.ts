import fc from "fast-check";
import { parseNumber } from "../../../src/core/cells/russian-number";
import { readTable } from "../../../src/core/tables/read-table";
import { numberOf } from "../../../src/core/tables/table-access";
import { cloneSheet, sheetValues } from "../arbitraries/cells";

describe("readTable on arbitrary grids", () => {
  test("never throws, never changes its input, and accounts for every row below the header", () => {
    fc.assert(
      fc.property(sheetValues, (sheet) => {
        const before = cloneSheet(sheet);
        const result = readTable(sheet);
        expect(sheet).toEqual(before);
        if (!result.ok) {
          expect(result.issue.code).toBe("no-table");
          return;
        }
        const table = result.value;
        const below = sheet.values.length - (table.headerRow - sheet.firstRow) - table.headerHeight;
        expect(table.rows.length + table.skipped.length).toBe(below);
        for (const row of table.rows) expect(row.sheetRow).toBe(sheet.firstRow + row.offset);
        for (const column of table.columns) expect(column.index).toBe(sheet.firstColumn + column.offset);
      }),
      { numRuns: 600 },
    );
  });

  test("never turns an unparseable cell into a number", () => {
    fc.assert(
      fc.property(sheetValues, (sheet) => {
        const result = readTable(sheet);
        if (!result.ok) return;
        const table = result.value;
        for (const row of table.rows) {
          for (const column of table.columns) {
            const read = numberOf(table, row, column);
            if (read.ok) {
              expect(Number.isFinite(read.value)).toBe(true);
              expect(parseNumber(row.cells[column.offset]).ok).toBe(true);
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
