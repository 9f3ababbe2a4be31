import { decodeSettings, encodeSettings, SETTINGS_PIECE_CHARS } from "../../src/hosts/settings-sheet";

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
