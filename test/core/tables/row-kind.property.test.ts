import fc from "fast-check";
import type { CellValue } from "../../../src/core/cells/cell-value";
import { cellText, foldText } from "../../../src/core/cells/cell-text";
import { readTable } from "../../../src/core/tables/read-table";
import {
  classifyRow,
  isAggregateLabel,
  isTotalLabel,
  rowClassifier,
  type RowContext,
  type SkipReason,
} from "../../../src/core/tables/row-kind";
import { cellValue } from "../arbitraries/cells";

/**
 * The classifier as first written (a text per cell, regexes on every row), kept as the reference the fast one
 * must agree with. Holes read as blank cells.
 */
function referenceClassify(cells: readonly CellValue[], context: RowContext): SkipReason | undefined {
  const texts = Array.from({ length: cells.length }, (_, i) => cellText(cells[i]));
  const filled = texts.filter((t) => t !== "").length;
  if (filled === 0) return "spacer";
  const repeated = context.headerRows.some((header) => {
    if (header.filter((t) => t !== "").length < 2) return false;
    const same = header.filter(
      (t, c) => t !== "" && /\p{L}/u.test(t) && foldText(texts[c] ?? "") === t,
    ).length;
    return same >= 2 && same * 2 >= header.filter((t) => /\p{L}/u.test(t)).length;
  });
  if (repeated) return "header";
  const labels: string[] = [];
  const own = context.schoolOffset === undefined ? "" : (texts[context.schoolOffset] ?? "");
  if (own !== "") labels.push(own);
  for (const text of texts) {
    if (labels.length >= 3) break;
    if (text !== "" && !/^[\d\s.,%+-]+$/u.test(text) && text !== own) labels.push(text);
  }
  if (labels.some(isTotalLabel)) return "total";
  const label = labels[0] ?? "";
  if (isAggregateLabel(label)) return "aggregate";
  if (
    filled <= 2 &&
    /^(?:примечани|прим\.|источник|\*|составил|исполнитель|ответственн|подпис)/u.test(foldText(label))
  )
    return "note";
  return undefined;
}

/** Numbers whose text has an exponent («1e+21»), booleans and labels, beside any cell value. */
const trickyCell: fc.Arbitrary<CellValue> = fc.oneof(
  cellValue,
  fc.constantFrom(1e21, -1e22, 1e-7, 5e-324, 0, -0, NaN, Infinity, true, false, "ИСТИНА", "1e+21"),
  fc.constantFrom("Итого", "Всего:", "Кировский район", "* примечание", "ОО", "Кол-во уч.", "sch780221"),
);

/** Rows with holes (sparse arrays) and of any length, shorter or longer than the header. */
const raggedRow = fc.oneof(
  fc.sparseArray(trickyCell, { maxLength: 10 }),
  fc.array(trickyCell, { maxLength: 10 }),
);

const context: fc.Arbitrary<RowContext> = fc.record({
  schoolOffset: fc.option(fc.nat(11), { nil: undefined }),
  headerRows: fc.array(
    fc.array(
      fc.oneof(
        fc.constantFrom("оо", "кол-во уч.", "2", "3", "год", "", "истина", "1e+21"),
        fc.string({ maxLength: 4 }),
      ),
      { maxLength: 8 },
    ),
    { maxLength: 2 },
  ),
});

describe("classifyRow on ragged rows", () => {
  test("never throws on rows with holes or of any length, and agrees with the reference", () => {
    fc.assert(
      fc.property(raggedRow, context, (cells, ctx) => {
        expect(classifyRow(cells, ctx)).toBe(referenceClassify(cells, ctx));
      }),
      { numRuns: 3000 },
    );
  });

  test("a hole reads as a blank cell", () => {
    fc.assert(
      fc.property(raggedRow, context, (cells, ctx) => {
        const dense = Array.from({ length: cells.length }, (_, i) => cells[i]);
        expect(classifyRow(cells, ctx)).toBe(classifyRow(dense, ctx));
      }),
      { numRuns: 1000 },
    );
  });

  test("one classifier gives the same verdicts over many rows as fresh ones (its memo changes nothing)", () => {
    fc.assert(
      fc.property(fc.array(raggedRow, { maxLength: 30 }), context, (rows, ctx) => {
        const classify = rowClassifier(ctx);
        const again = rows.concat(rows).map((cells) => classify(cells));
        expect(again).toEqual(rows.concat(rows).map((cells) => classifyRow(cells, ctx)));
      }),
      { numRuns: 300 },
    );
  });

  test.each([
    [[, , "Итого по району"], "total"],
    [[, , , ,], "spacer"],
    [["ГБОУ СОШ № 221", , 25], undefined],
    [[, "ОО", , "Кол-во уч."], undefined],
    [["ОО", "Кол-во уч."], "header"],
    [[true, 1e21], undefined],
  ] as [CellValue[], SkipReason | undefined][])("%p → %p", (cells, reason) => {
    expect(classifyRow(cells, { schoolOffset: 0, headerRows: [["оо", "кол-во уч."]] })).toBe(reason);
  });
});

describe("readTable on ragged grids", () => {
  test("never throws on sparse and short rows, and keeps every row below the header", () => {
    const header: CellValue[] = ["ОО", "Кол-во уч.", "«2», %", "«3», %", "«4», %", "«5», %"];
    fc.assert(
      fc.property(fc.array(fc.oneof(raggedRow, fc.constant(undefined)), { maxLength: 25 }), (rows) => {
        const values = [header, ...rows] as CellValue[][];
        const read = readTable({ name: "ВПР 2023", firstRow: 0, firstColumn: 0, values });
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        const below = values.length - read.value.headerRow - read.value.headerHeight;
        expect(read.value.rows.length + read.value.skipped.length).toBe(below);
      }),
      { numRuns: 500 },
    );
  });
});
