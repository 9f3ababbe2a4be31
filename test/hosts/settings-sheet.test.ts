import { decodeSettings, encodeSettings, SETTINGS_PIECE_CHARS } from "../../src/hosts/settings-sheet";
import {
  cellAddress,
  columnIndex,
  columnLetters,
  quoteSheetName,
  rangeStart,
} from "../../src/hosts/a1-address";

describe("settings sheet rows", () => {
  it("round-trips values of every JSON kind, long ones cut into pieces", () => {
    const settings = new Map<string, unknown>([
      ["a", 1.5],
      ["b", "=текст"],
      ["c", { d: [true, null] }],
      ["e", "x".repeat(SETTINGS_PIECE_CHARS * 2 + 5)],
    ]);
    const rows = encodeSettings(settings);
    expect(rows.every((row) => row.length === 4)).toBe(true);
    expect(rows.every((row) => row.every((cell) => cell.length <= SETTINGS_PIECE_CHARS))).toBe(true);
    expect(decodeSettings(rows)).toEqual(settings);
  });

  it("skips blank keys and values that no longer parse, reads numbers Excel made of text", () => {
    const settings = decodeSettings([
      ["", "1"],
      ["сломано", "{не json"],
      ["число", 42],
      [null, "2"],
    ]);
    expect([...settings]).toEqual([["число", 42]]);
  });
});

describe("A1 addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [16_383, "XFD"],
  ])("column %i is %s and back", (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  it.each([
    ["Лист1!B3:M200", { row: 2, column: 1 }],
    ["'Мой лист (2)'!$C$5", { row: 4, column: 2 }],
    ["'It''s!'!AA10:AB11", { row: 9, column: 26 }],
    ["Лист1!1:3", undefined],
  ])("%s starts at %j", (address, start) => expect(rangeStart(address)).toEqual(start));

  it("quotes sheet names that need it", () => {
    expect(quoteSheetName("Data_1")).toBe("Data_1");
    expect(quoteSheetName("Мониторинг (2)")).toBe("'Мониторинг (2)'");
    expect(quoteSheetName("O'Neil")).toBe("'O''Neil'");
    expect(cellAddress(6, 1)).toBe("B7");
  });
});
