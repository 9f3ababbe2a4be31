import { evaluateStatus, prepareStatusDistrict, type StatusOutcome } from "../criteria/status";
import type { CriteriaProfile } from "../criteria/profile";
import { isFlagged } from "../roadmap/sheet/workbook-schools";
import { cellAddress, cellOf, columnOf } from "../tables/table-access";
import type { WorkbookMap } from "../workbook/workbook-map";
import { yearFromText } from "../workbook/year";
import type { FailFact } from "./result-facts";
import type { IndicatorSeries } from "./types";

/** Where the ШНОР list came from: a flag column the district keeps, or the criteria profile. */
export type ShnorListSource =
  | { kind: "flag"; sheet: string; header: string; column: string; year?: number }
  | { kind: "status"; year: number; profile: string };

/** The ШНОР list: school keys in list order, with the flag cell of each (flag lists only). */
export interface ShnorList {
  source: ShnorListSource;
  keys: string[];
  cells: Map<string, string>;
}

/** A school's status outcome for one year (or why none could be given). */
export type YearStatus = { ok: true; outcome: StatusOutcome } | { ok: false; problem: string };

/**
 * Every school's status by the profile on `year`: the procedures of that year (and the same procedures of the
 * year before), the context index of the contingent sheets for ШНСУ.
 * @example statusesOn(2023, keys, fails, context, DEFAULT_CRITERIA_PROFILE).get("223") // { ok: true, outcome: { text: "ШНОР", … } }
 */
export function statusesOn(
  year: number,
  keys: readonly string[],
  fails: readonly FailFact[],
  context: IndicatorSeries | undefined,
  profile: Readonly<CriteriaProfile>,
): Map<string, YearStatus> {
  const procedures = [...new Set(fails.filter((f) => f.year === year).map((f) => f.procedure))].sort();
  const at = (y: number) => {
    const m = new Map<string, FailFact>();
    for (const f of fails)
      if (f.year === y && !m.has(`${f.procedure}|${f.key}`)) m.set(`${f.procedure}|${f.key}`, f);
    return m;
  };
  const now = at(year);
  const before = at(year - 1);
  const column = (m: Map<string, FailFact>, p: string) =>
    [...m.values()].filter((f) => f.procedure === p).map((f) => f.fail);
  const contextOf = (key: string) => context?.bySchool.get(key)?.get(year)?.value;
  const allKeys = [...new Set(fails.map((f) => f.key))];
  const district = prepareStatusDistrict({
    ...(context ? { contexts: allKeys.map((k) => contextOf(k) ?? NaN) } : {}),
    failNow: procedures.map((p) => column(now, p)),
    failBefore: procedures.map((p) => column(before, p)),
  });
  const out = new Map<string, YearStatus>();
  for (const key of keys) {
    const figures = procedures.map((p) => {
      const a = now.get(`${p}|${key}`);
      const b = before.get(`${p}|${key}`);
      return {
        label: a?.label ?? b?.label ?? p,
        ...(a ? { failNow: a.fail, ...(a.participants !== undefined ? { nNow: a.participants } : {}) } : {}),
        ...(b
          ? { failBefore: b.fail, ...(b.participants !== undefined ? { nBefore: b.participants } : {}) }
          : {}),
      };
    });
    const c = contextOf(key);
    const result = evaluateStatus(
      { procedures: figures, ...(c !== undefined ? { context: c } : {}) },
      district,
      profile,
    );
    out.set(key, result.ok ? { ok: true, outcome: result.value } : { ok: false, problem: result.issue.code });
  }
  return out;
}

/**
 * The ШНОР list: the schools marked in the ШНОР flag column of a registry sheet («ШНОР (перечень 2023 г.)»),
 * else the schools the criteria profile classifies as ШНОР on `baseYear` (last year's list, whose exit the
 * monitoring follows).
 * @example shnorList(map, 2022, fails, undefined, DEFAULT_CRITERIA_PROFILE).source.kind // "flag"
 */
export function shnorList(
  map: WorkbookMap,
  baseYear: number,
  fails: readonly FailFact[],
  context: IndicatorSeries | undefined,
  profile: Readonly<CriteriaProfile>,
): ShnorList {
  for (const sheet of map.sheets) {
    const flag = sheet.kind === "registry" && sheet.table ? columnOf(sheet.table, "shnorFlag") : undefined;
    if (!sheet.table || !flag) continue;
    const keyOfRow = new Map(sheet.schools.matched.map((m) => [m.row, m.key]));
    const keys: string[] = [];
    const cells = new Map<string, string>();
    for (const row of sheet.table.rows) {
      const key = keyOfRow.get(row.sheetRow);
      if (key === undefined || !isFlagged(cellOf(row, flag)) || cells.has(key)) continue;
      keys.push(key);
      cells.set(key, cellAddress(row, flag));
    }
    if (keys.length === 0) continue;
    const year = yearFromText(flag.header);
    return {
      source: {
        kind: "flag",
        sheet: sheet.name,
        header: flag.header,
        column: cellAddress(sheet.table.rows[0], flag).replace(/\d+/gu, ""),
        ...(year !== undefined ? { year } : {}),
      },
      keys,
      cells,
    };
  }
  const all = map.registry.entries.map((e) => e.key);
  const statuses = statusesOn(baseYear, all, fails, context, profile);
  const keys = all.filter((k) => {
    const s = statuses.get(k);
    return s?.ok === true && s.outcome.categories.includes("ШНОР");
  });
  return { source: { kind: "status", year: baseYear, profile: profile.name }, keys, cells: new Map() };
}
