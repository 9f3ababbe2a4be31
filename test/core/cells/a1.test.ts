import {
  a1,
  a1Range,
  columnIndex,
  columnLetters,
  quoteSheetName,
  rangeStart,
} from "../../../src/core/cells/a1";

describe("a1", () => {
  test.each([
    [0, 0, "A1"],
    [6, 1, "B7"],
    [0, 25, "Z1"],
    [0, 26, "AA1"],
    [99, 27, "AB100"],
    [0, 701, "ZZ1"],
    [0, 702, "AAA1"],
    [1048575, 16383, "XFD1048576"],
  ])("row %p, column %p → %p", (row, column, address) => expect(a1(row, column)).toBe(address));

  test("bad indices are bugs", () => {
    expect(() => columnLetters(-1)).toThrow(RangeError);
    expect(() => a1(1.5, 0)).toThrow(RangeError);
  });

  test("letters round-trip through a base-26 reading", () => {
    for (let c = 0; c < 2000; c++) {
      const back = [...columnLetters(c)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      expect(back).toBe(c);
    }
  });
});

describe("columnIndex", () => {
  test.each([
    ["A", 0],
    ["z", 25],
    ["AA", 26],
    ["ab", 27],
    ["ZZ", 701],
    ["XFD", 16_383],
  ])("%s is column %i and back", (letters, index) => {
    expect(columnIndex(letters)).toBe(index);
    expect(columnLetters(index)).toBe(letters.toUpperCase());
  });

  test.each(["", "A1", "ABCD", "Я"])("%p is not column letters", (letters) =>
    expect(() => columnIndex(letters)).toThrow(RangeError),
  );
});

describe("a1Range", () => {
  test.each([
    [[0, 0], "A1"],
    [[0, 0, 1, 4], "A1:D1"],
    [[2, 1, 198, 12], "B3:M200"],
    [[0, 26, 3, 2], "AA1:AB3"],
  ] as const)("%j → %s", (args, address) =>
    expect(a1Range(...(args as unknown as [number, number, number?, number?]))).toBe(address),
  );

  test("an empty block is a bug", () => expect(() => a1Range(0, 0, 0, 3)).toThrow(RangeError));
});

describe("rangeStart", () => {
  test.each([
    ["Лист1!B3:M200", { row: 2, column: 1 }],
    ["'Мой лист (2)'!$C$5", { row: 4, column: 2 }],
    ["'It''s!'!AA10:AB11", { row: 9, column: 26 }],
    ["C5", { row: 4, column: 2 }],
    ["Лист1!1:3", undefined],
    ["Лист1!B:D", undefined],
    ["", undefined],
  ])("%s starts at %j", (address, start) => expect(rangeStart(address)).toEqual(start));

  test("reads back every address a1Range writes", () => {
    for (const [row, column] of [
      [0, 0],
      [99, 27],
      [1_048_575, 16_383],
    ]) {
      expect(rangeStart(`'Школы'!${a1Range(row, column, 1, 2)}`)).toEqual({ row, column });
    }
  });
});

describe("quoteSheetName", () => {
  test.each([
    ["Data_1", "Data_1"],
    ["Мониторинг (2)", "'Мониторинг (2)'"],
    ["O'Neil", "'O''Neil'"],
    ["2024", "'2024'"],
    ["ВПР 2023-2024", "'ВПР 2023-2024'"],
  ])("%s → %s", (name, quoted) => expect(quoteSheetName(name)).toBe(quoted));
});
