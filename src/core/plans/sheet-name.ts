import type { GeneratedMark } from "./sheet-plan";

/** Excel's longest sheet name. */
export const MAX_SHEET_NAME = 31;

/** Where a generated sheet goes: its name, and whether an earlier sheet of the same generator is replaced. */
export interface SheetTarget {
  name: string;
  replaces: boolean;
}

/**
 * Picks the name for a generated sheet: the wanted name when it is free or holds a sheet the same generator
 * made (then it is replaced); else "Name (2)", "Name (3)", … by the same rule. A sheet the user made is never
 * chosen. Names compare case-insensitively, as Excel does; long names are cut to fit the suffix in 31 characters.
 *
 * @example chooseSheetName("Мониторинг", ["Мониторинг"], {}, "monitoring") // { name: "Мониторинг (2)", replaces: false }
 */
export function chooseSheetName(
  wanted: string,
  existing: readonly string[],
  marks: Readonly<Record<string, GeneratedMark>>,
  generator: string,
): SheetTarget {
  const taken = new Map(existing.map((name) => [name.toLowerCase(), name]));
  const ours = new Set(
    Object.entries(marks)
      .filter(([, mark]) => mark.generator === generator)
      .map(([name]) => name.toLowerCase()),
  );
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    const key = name.toLowerCase();
    if (!taken.has(key)) return { name, replaces: false };
    if (ours.has(key)) return { name: taken.get(key) ?? name, replaces: true };
  }
}
