import fc from "fast-check";
import { validateWorkbook } from "../../../src/core/validation/validate";
import { RULE_IDS } from "../../../src/core/validation/rule-ids";
import { cloneSheet, sheetValues } from "../arbitraries/cells";
import { cleanSheets } from "./planted-workbook";

describe("validateWorkbook on arbitrary workbooks", () => {
  test("never throws and never changes its input; every finding has a rule, a sheet and an A1 cell", () => {
    fc.assert(
      fc.property(fc.array(sheetValues, { maxLength: 4 }), (sheets) => {
        const before = sheets.map(cloneSheet);
        const result = validateWorkbook(sheets);
        expect(sheets).toEqual(before);
        const names = new Set(sheets.map((s) => s.name));
        for (const f of result.findings) {
          expect(RULE_IDS).toContain(f.rule);
          expect(names.has(f.sheet)).toBe(true);
          expect(f.cell).toMatch(/^[A-Z]+[1-9]\d*$/u);
          expect(f.message).not.toBe("");
        }
      }),
      { numRuns: 300 },
    );
  });

  test("never changes the sample's values when cells are replaced by arbitrary ones", () => {
    const base = cleanSheets();
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            sheet: fc.nat(base.length - 1),
            row: fc.nat(80),
            column: fc.nat(11),
            value: fc.oneof(
              fc.string(),
              fc.double(),
              fc.integer(),
              fc.boolean(),
              fc.constant(null),
              fc.constantFrom("#Н/Д", "45,5 %", "-", "—", "н/д", "1 234,5", "#DIV/0!"),
            ),
          }),
          { maxLength: 40 },
        ),
        (edits) => {
          const sheets = base.map(cloneSheet);
          for (const e of edits) {
            const grid = sheets[e.sheet].values;
            if (e.row >= grid.length) continue;
            // Hosts hand dense rows (blanks as "" or null): pad rather than leave holes.
            while (grid[e.row].length <= e.column) grid[e.row].push(null);
            grid[e.row][e.column] = e.value;
          }
          const before = sheets.map(cloneSheet);
          validateWorkbook(sheets);
          expect(sheets).toEqual(before);
        },
      ),
      { numRuns: 20 },
    );
  });
});
