import type { GeneratedMark } from "../core/plans/sheet-plan";
import { GENERATED_SHEETS_KEY } from "./plan-writer";
import type { WorkbookHost } from "./workbook-host";

/** A generated-sheet mark as the Office.js host saves it: the mark and the worksheet's id. */
export interface IdentifiedMark extends GeneratedMark {
  /** `Worksheet.id`: stays the same when the sheet is renamed or moved. */
  sheetId?: string;
}

type Settings = Pick<WorkbookHost, "getSetting" | "setSetting">;

/**
 * The settings as `writePlanSafely` should see them in Excel: a generated-sheet mark counts only while the
 * sheet of that name is still the sheet that was generated (same `Worksheet.id`). So when the user renames
 * a generated «Мониторинг» and gives its name to a sheet of their own, that sheet is treated as theirs and
 * never replaced. Marks saved without an id (by the `.xlsx` host) are trusted by name, as before. Saving
 * adds the current id to each mark. `sheetIds` (lower-case name → id) must be filled before the marks are
 * read, which `writePlanSafely` does by listing the sheets first.
 *
 * @example await writePlanSafely(sheetIdMarks(host, builder.sheetIds), builder, plan)
 */
export function sheetIdMarks(settings: Settings, sheetIds: ReadonlyMap<string, string>): Settings {
  return {
    async getSetting(key) {
      const value = await settings.getSetting(key);
      if (key !== GENERATED_SHEETS_KEY || !isMarks(value)) return value;
      return Object.fromEntries(
        Object.entries(value).filter(
          ([name, mark]) => mark.sheetId === undefined || sheetIds.get(name.toLowerCase()) === mark.sheetId,
        ),
      );
    },
    setSetting(key, value) {
      if (key !== GENERATED_SHEETS_KEY || !isMarks(value)) return settings.setSetting(key, value);
      const withIds = Object.fromEntries(
        Object.entries(value).map(([name, mark]) => {
          const sheetId = sheetIds.get(name.toLowerCase()) ?? mark.sheetId;
          return [name, sheetId === undefined ? mark : { ...mark, sheetId }];
        }),
      );
      return settings.setSetting(key, withIds);
    },
  };
}

function isMarks(value: unknown): value is Record<string, IdentifiedMark> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
