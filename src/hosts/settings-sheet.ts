import type { CellGrid } from "../core/cells/cell-value";

/**
 * The very hidden worksheet where workbook settings live, one per row: the key in column A and its JSON
 * value in columns B, C, … (cut into pieces of `SETTINGS_PIECE_CHARS`, since a cell holds at most 32 767
 * characters). Office.js and exceljs hosts read and write the same sheet, so settings made in Excel are seen by
 * the command line and back, and they survive save and reopen. Hosts leave it out of `sheetNames()`.
 */
export const SETTINGS_SHEET_NAME = "ШНОР_настройки";

/** The longest piece of a JSON value written to one cell (below Excel's 32 767-character cell limit). */
export const SETTINGS_PIECE_CHARS = 30_000;

/**
 * The settings held in the rows of the settings sheet: key → parsed value. Rows whose key is blank or whose
 * JSON does not parse (edited by hand) are skipped.
 * @example decodeSettings([["lang", '"ru"']]).get("lang") // "ru"
 */
export function decodeSettings(grid: CellGrid): Map<string, unknown> {
  const settings = new Map<string, unknown>();
  for (const row of grid) {
    const key = row[0];
    if (typeof key !== "string" || key === "") continue;
    const json = row
      .slice(1)
      .map((piece) => (piece === null || piece === undefined ? "" : String(piece)))
      .join("");
    try {
      settings.set(key, JSON.parse(json));
    } catch {
      // A hand-edited value that no longer parses is ignored, as if unset.
    }
  }
  return settings;
}

/**
 * The rows of the settings sheet for the given settings: every row has the same width (the key plus the
 * most pieces any value needs, blanks padding the rest), so one rectangular write replaces the sheet.
 * @example encodeSettings(new Map([["lang", "ru"]])) // [["lang", '"ru"']]
 */
export function encodeSettings(settings: ReadonlyMap<string, unknown>): string[][] {
  const rows: string[][] = [];
  for (const [key, value] of settings) {
    if (value === undefined) continue;
    const json = JSON.stringify(value);
    const pieces: string[] = [];
    for (let i = 0; i < json.length; i += SETTINGS_PIECE_CHARS)
      pieces.push(json.slice(i, i + SETTINGS_PIECE_CHARS));
    rows.push([key, ...pieces]);
  }
  const width = Math.max(2, ...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...Array<string>(width - row.length).fill("")]);
}
