/** fast-check generators of cell values and sheets shaped like what hosts hand the core. */
import fc from "fast-check";
import type { CellValue, SheetValues } from "../../../src/core/cells/cell-value";

/** Words from district sheets, so that generated grids hit headers, totals and aggregates. */
const WORDS = [
  "ОО",
  "Кол-во уч.",
  "Наименование ОО",
  "Средний балл",
  "Доля «2»",
  "% «3»",
  "Год",
  "Итого по району",
  "Вся выборка",
  "Кировский район",
  "sch780221 ГБОУ СОШ № 221",
  "гимназия 397",
  "ГБОУ ЦО № 162",
  "ОВЗ, %",
  "Понизили",
  "2022/2023",
  "ВПР 2023",
  "Примечание",
  "45,5",
  "45,5 %",
  "1 234,5",
  "0,455",
  "-",
  "—",
  "н/д",
  "#Н/Д",
  "#ДЕЛ/0!",
  "#N/A",
  "",
  "  ",
];

/** Characters of numeric-looking text: digits, separators, signs, percent, spaces, letters. */
const NUMERIC_CHARS = fc.constantFrom(..."0123456789,.,.-−+% \u00a0\u202fеe".split(""));

/** Strings that look like numbers but may not be. */
export const numericLookingText = fc.string({ unit: NUMERIC_CHARS, maxLength: 12 });

/** Any cell value a host can give. */
export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 10 }),
  fc.string({
    unit: fc.constantFrom(..."абвгдежзийклмнопрстуфхцчшщъыьэюяАБВ№ «»/".split("")),
    maxLength: 12,
  }),
  numericLookingText,
  fc.integer({ min: -5, max: 3000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

/** A rectangular or ragged grid. */
export const grid = fc.array(fc.array(cellValue, { maxLength: 8 }), { maxLength: 14 });

/** A sheet with a random origin. */
export const sheetValues: fc.Arbitrary<SheetValues> = fc.record({
  name: fc.oneof(
    fc.constantFrom("ВПР 2023", "ОГЭ-2022", "Список ОО", "Кадры", "Лист1", "Соц. паспорт"),
    fc.string(),
  ),
  firstRow: fc.nat(50),
  firstColumn: fc.nat(10),
  values: grid,
});

/** A deep copy of a sheet, to check that nothing changed it. */
export function cloneSheet(sheet: SheetValues): SheetValues {
  return { ...sheet, values: sheet.values.map((row) => [...row]) };
}
