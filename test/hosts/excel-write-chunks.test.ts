import fc from "fast-check";
import { CHUNK_MAX_CELLS } from "../../src/hosts/excel-chunks";
import {
  formulaInput,
  PlanGrid,
  planWriteChunks,
  utf8Bytes,
  WRITE_CHUNK_MAX_BYTES,
} from "../../src/hosts/excel-write-chunks";
import { bool, formula, num, text, EMPTY, type PlanCell } from "../../src/core/plans/sheet-plan";

describe("formulaInput", () => {
  it.each([
    [text("=1+1"), "=1+1"],
    [text(""), ""],
    [formula("SUM(A1:A3)"), "=SUM(A1:A3)"],
    [num(45.5), 45.5],
    [num(Number.NaN), null],
    [bool(false), false],
    [EMPTY, null],
    [undefined, null],
  ])("%j → %j", (cell, input) => expect(formulaInput(cell)).toEqual(input));
});

describe("utf8Bytes", () => {
  it.each([
    ["", 0],
    ["Школа", 10],
    ["СОШ № 223", 14],
    ["€", 3],
    ["😀", 4],
  ])("%p is %i bytes", (value, bytes) => expect(utf8Bytes(value)).toBe(bytes));

  it("agrees with Node's encoder on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => utf8Bytes(value) === Buffer.byteLength(value)),
    );
  });
});

describe("PlanGrid", () => {
  const grid = new PlanGrid({
    rows: [
      [text("Школа"), text("Балл"), text("Доля")],
      [text("=СОШ № 223"), num(45.5), num(0.35)],
      [text("007")],
    ],
    styles: [
      { range: { row: 0, column: 1, rowCount: 3, columnCount: 2 }, style: { numberFormat: "0.0" } },
      { range: { row: 1, column: 2, rowCount: 5 }, style: { numberFormat: "0.0%", bold: true } },
      { range: { row: 0, column: 0 }, style: { bold: true } },
    ],
  });

  it("pads rows to the widest and leaves missing cells alone", () => {
    expect(grid.columnCount).toBe(3);
    expect(grid.formulas(2)).toEqual(["007", null, null]);
  });

  it("gives text cells the text format over any style, and styled cells the last style's format", () => {
    expect(grid.formats(0)).toEqual(["@", "@", "@"]);
    expect(grid.formats(1)).toEqual(["@", "0.0", "0.0%"]);
    expect(grid.formats(2)).toEqual(["@", "0.0", "0.0%"]);
  });

  it("measures a row as its JSON travels", () => {
    const json = JSON.stringify(grid.formulas(1)) + JSON.stringify(grid.formats(1));
    expect(grid.rowBytes(1)).toBe(Buffer.byteLength(json) + 2);
  });
});

describe("planWriteChunks", () => {
  const cellArb: fc.Arbitrary<PlanCell> = fc.oneof(
    fc.string({ maxLength: 400 }).map(text),
    fc.double({ noNaN: true }).map(num),
    fc.constant(EMPTY),
    fc.constant(formula("A1*2")),
  );

  it("covers every row once, in order, each chunk within the cell and byte limits", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellArb, { maxLength: 40 }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 40 }),
        (rows, repeat) => {
          const grid = new PlanGrid({ rows: rows.flatMap((row) => Array<PlanCell[]>(repeat).fill(row)) });
          const chunks = planWriteChunks(grid);
          let next = 0;
          for (const chunk of chunks) {
            if (chunk.startRow !== next) return false;
            next += chunk.rowCount;
            if (chunk.rowCount > 1 && chunk.rowCount * chunk.columnCount > CHUNK_MAX_CELLS) return false;
            if (chunk.rowCount > 1 && chunk.bytes > WRITE_CHUNK_MAX_BYTES) return false;
          }
          return next === (grid.columnCount === 0 ? 0 : grid.rowCount);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("cuts by cells for short values and by bytes for long texts", () => {
    const short = new PlanGrid({
      rows: Array.from({ length: 7_000 }, (_, r) => [num(r), num(r / 3), text("да")]),
    });
    expect(planWriteChunks(short).map((c) => c.rowCount)).toEqual([5461, 1539]);
    const long = new PlanGrid({ rows: Array.from({ length: 2_000 }, () => [text("ш".repeat(1_000))]) });
    const chunks = planWriteChunks(long);
    expect(chunks.length).toBe(Math.ceil((2_000 * 2_011) / WRITE_CHUNK_MAX_BYTES));
    expect(chunks.every((c) => c.bytes <= WRITE_CHUNK_MAX_BYTES)).toBe(true);
  });

  it("gives no chunks for a plan without cells", () => {
    expect(planWriteChunks(new PlanGrid({ rows: [] }))).toEqual([]);
    expect(planWriteChunks(new PlanGrid({ rows: [[], []] }))).toEqual([]);
  });
});
