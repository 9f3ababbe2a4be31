import { columnLetters } from "../cells/a1";
import { cellText } from "../cells/cell-text";
import type { SheetValues } from "../cells/cell-value";
import { ROADMAP_STATUSES, EXTRA_HEADERS, DONE_STATUS } from "../roadmap/sheet/roadmap-layout";

/** The status cells of a generated roadmap sheet, and what they say now. */
export interface RoadmapProgress {
  sheet: string;
  /** A1 range of the status column over the activity rows ("H8:H61"). */
  range: string;
  activities: number;
  done: number;
}

const STATUSES = new Set<string>(ROADMAP_STATUSES);

/**
 * Finds a generated «Дорожная карта» among the sheets: a header cell «Статус» beside «Срок исполнения», with
 * activity statuses below it. `generated` (the names the add-in marked as its roadmap sheets) is tried first.
 * @example findRoadmapProgress(sheets, ["Дорожная карта"]) // { sheet: "Дорожная карта", range: "H8:H61", activities: 40, done: 12 }
 */
export function findRoadmapProgress(
  sheets: readonly SheetValues[],
  generated: readonly string[] = [],
): RoadmapProgress | undefined {
  const ordered = [...sheets].sort(
    (a, b) => Number(!generated.includes(a.name)) - Number(!generated.includes(b.name)),
  );
  for (const sheet of ordered) {
    const found = statusColumn(sheet);
    if (found) return found;
  }
  return undefined;
}

function statusColumn(sheet: SheetValues): RoadmapProgress | undefined {
  const rows = sheet.values;
  for (let r = 0; r < Math.min(rows.length, 40); r++) {
    const row = rows[r] ?? [];
    const c = row.findIndex((v) => cellText(v) === EXTRA_HEADERS.status);
    if (c < 0 || !row.some((v) => cellText(v) === EXTRA_HEADERS.due)) continue;
    let first = -1;
    let last = -1;
    let activities = 0;
    let done = 0;
    for (let i = r + 1; i < rows.length; i++) {
      const t = cellText(rows[i]?.[c] ?? "");
      if (!STATUSES.has(t)) continue;
      if (first < 0) first = i;
      last = i;
      activities++;
      if (t === DONE_STATUS) done++;
    }
    if (activities === 0) continue;
    const letters = columnLetters(sheet.firstColumn + c);
    const range = `${letters}${sheet.firstRow + first + 1}:${letters}${sheet.firstRow + last + 1}`;
    return { sheet: sheet.name, range, activities, done };
  }
  return undefined;
}
