/**
 * The user's corrections of the workbook map, kept in the workbook (setting `workbookCorrections`) and read and
 * written through any host (`WorkbookHost`: Excel, an `.xlsx` file, memory). The task pane saves them from the
 * «Карта книги» step; every reader of the workbook — the pane (`readWorkbook`), the ribbon's one-click
 * monitoring, the command line — loads them from here, so a sheet's corrected kind, year or column role is
 * used everywhere. No UI code here: the ribbon command imports it without pulling in the task pane.
 */
import type { ColumnOverride } from "../core/tables/read-table";
import { isColumnRole } from "../core/tables/column-role";
import type { SheetCorrection, WorkbookCorrections } from "../core/workbook/corrections";
import { SHEET_KINDS, type SheetKind } from "../core/workbook/sheet-kind";
import type { WorkbookHost } from "./workbook-host";

/** The workbook setting that holds the corrections. */
export const CORRECTIONS_SETTING = "workbookCorrections";

/** A change to one sheet's correction; `undefined` fields are left as they are. */
export interface CorrectionPatch {
  /** The kind, or null to return to the recognised kind. */
  kind?: SheetKind | null;
  /** The year; null: the sheet has no single year; "auto": back to the recognised year. */
  year?: number | null | "auto";
  /** A column's role by header; role undefined in the override removes the column's correction. */
  column?: ColumnOverride & { reset?: boolean };
  /** Removes every correction of the sheet (kind, year and columns). */
  resetAll?: boolean;
}

/**
 * Reads stored corrections and drops whatever is not a valid correction (a hand-edited setting never breaks
 * the pane).
 *
 * @example parseCorrections([{ sheet: "Лист1", kind: "vpr" }, { kind: "oge" }]) // [{ sheet: "Лист1", kind: "vpr" }]
 */
export function parseCorrections(raw: unknown): SheetCorrection[] {
  if (!Array.isArray(raw)) return [];
  const out: SheetCorrection[] = [];
  for (const item of raw as unknown[]) {
    if (typeof item !== "object" || item === null) continue;
    const o = item as Record<string, unknown>;
    if (typeof o.sheet !== "string" || o.sheet.trim() === "") continue;
    const c: { -readonly [K in keyof SheetCorrection]: SheetCorrection[K] } = { sheet: o.sheet };
    if (typeof o.kind === "string" && (SHEET_KINDS as readonly string[]).includes(o.kind))
      c.kind = o.kind as SheetKind;
    if (o.year === null || isPlausibleYear(o.year)) c.year = o.year;
    if (Array.isArray(o.columns)) {
      const columns = (o.columns as unknown[]).flatMap((x): ColumnOverride[] => {
        if (typeof x !== "object" || x === null) return [];
        const col = x as Record<string, unknown>;
        if (typeof col.header !== "string") return [];
        const override: ColumnOverride = { header: col.header };
        if (col.role === null || (typeof col.role === "string" && isColumnRole(col.role)))
          Object.assign(override, { role: col.role });
        if (typeof col.percent === "boolean") Object.assign(override, { percent: col.percent });
        return [override];
      });
      if (columns.length > 0) c.columns = columns;
    }
    out.push(c);
  }
  return out;
}

/**
 * The corrections stored in the workbook (an empty list when there are none).
 * @example await loadCorrections(host) // [{ sheet: "Лист3", kind: "oge", year: 2023 }]
 */
export async function loadCorrections(store: Pick<WorkbookHost, "getSetting">): Promise<SheetCorrection[]> {
  return parseCorrections(await store.getSetting(CORRECTIONS_SETTING));
}

/**
 * Saves the corrections with the workbook; an empty list removes the setting.
 * @example await saveCorrections(host, [{ sheet: "Лист3", kind: "oge" }])
 */
export async function saveCorrections(
  store: Pick<WorkbookHost, "setSetting">,
  corrections: WorkbookCorrections,
): Promise<void> {
  await store.setSetting(CORRECTIONS_SETTING, corrections.length > 0 ? corrections : undefined);
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The corrections with one sheet's correction changed; a correction left empty is removed.
 *
 * @example applyPatch([], "Лист3", { kind: "oge" }) // [{ sheet: "Лист3", kind: "oge" }]
 * @example applyPatch([{ sheet: "Лист3", kind: "oge" }], "Лист3", { kind: null }) // []
 */
export function applyPatch(
  corrections: WorkbookCorrections,
  sheet: string,
  patch: CorrectionPatch,
): SheetCorrection[] {
  if (patch.resetAll) return corrections.filter((c) => !sameName(c.sheet, sheet));
  const old = corrections.find((c) => sameName(c.sheet, sheet));
  const next: { -readonly [K in keyof SheetCorrection]: SheetCorrection[K] } = { ...(old ?? { sheet }) };
  if (patch.kind === null) delete next.kind;
  else if (patch.kind !== undefined) next.kind = patch.kind;
  if (patch.year === "auto") delete next.year;
  else if (patch.year !== undefined) next.year = patch.year;
  if (patch.column) {
    const { reset, ...override } = patch.column;
    const others = (next.columns ?? []).filter((c) => !sameName(c.header, override.header));
    next.columns = reset ? others : [...others, override];
    if (next.columns.length === 0) delete next.columns;
  }
  const rest = corrections.filter((c) => !sameName(c.sheet, sheet));
  const empty = next.kind === undefined && next.year === undefined && next.columns === undefined;
  return empty ? rest : [...rest, next];
}

/** A calendar year a district workbook can mean (a hand-edited 0, −0 or 20230 is dropped). */
function isPlausibleYear(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1990 && value <= 2100;
}
