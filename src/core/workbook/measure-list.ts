/**
 * Measures: one number per school taken from the workbook map — a recognised column of a sheet (mean over the
 * school's rows of the sheet's latest year, weighted by participants where the sheet has them), a share of
 * students or teachers, or a composite index of several shares. The cluster, criteria and mentor screens
 * choose their results and context variables among these.
 */
import { summarize } from "../stats/describe";
import { CONTEXT_ROLES, CONTINGENT_ROLES, STAFFING_ROLES, type ColumnRole } from "../tables/column-role";
import type { TableColumn } from "../tables/table";
import { numberOf } from "../tables/table-access";
import { schoolKeysByRow } from "./row-schools";
import type { SheetMap, WorkbookMap } from "./workbook-map";

/** What a measure is about: results (higher is better) or context. */
export type MeasureGroup = "results" | "context";

/** One number per school, by school key. */
export interface Measure {
  id: string;
  /** Russian label: «ОГЭ 2023 · Математика / Средняя отметка». */
  label: string;
  group: MeasureGroup;
  /** The sheets and columns it comes from, for the record of a generated sheet. */
  source: string;
  values: ReadonlyMap<string, number>;
}

const RESULT_ROLES: readonly ColumnRole[] = [
  "mark3",
  "mark4",
  "mark5",
  "avgScore",
  "avgMark",
  "share80_100",
  "success",
  "quality",
];
/** Shares of failure: turned into «100 − x» so that higher is better. */
const FAIL_ROLES: readonly ColumnRole[] = ["mark2", "failShare", "belowMin"];
const PER_STUDENT: readonly ColumnRole[] = ["ovz", "inophone", "lowIncome", "registered"];
const PER_TEACHER: readonly ColumnRole[] = [
  "categoryHighest",
  "categoryFirst",
  "experienceUnder3",
  "over65",
  "vacancies",
];

/** The rows of the sheet's latest year (all rows when the sheet has a single year). */
function latestRows(sheet: SheetMap) {
  const rows = sheet.table?.rows ?? [];
  if (!sheet.rowYears || sheet.year !== undefined) return { rows, year: sheet.year };
  const year = Math.max(...sheet.years);
  return { rows: rows.filter((_, i) => sheet.rowYears?.[i] === year), year };
}

type Transform = (value: number, row: number) => number | undefined;

function columnMeasure(
  sheet: SheetMap,
  column: TableColumn,
  options: { id: string; label: string; group: MeasureGroup; transform?: Transform; weighted: boolean },
): Measure | undefined {
  const table = sheet.table;
  if (!table) return undefined;
  const keys = schoolKeysByRow(sheet);
  const { rows } = latestRows(sheet);
  const participants = options.weighted
    ? table.columns.find((c) => c.role === "participants" && c.group === column.group)
    : undefined;
  const sums = new Map<string, { sum: number; weight: number }>();
  for (const row of rows) {
    const key = keys.get(row.sheetRow);
    if (key === undefined) continue;
    const read = numberOf(table, row, column);
    if (!read.ok) continue;
    const value = options.transform ? options.transform(read.value, row.offset) : read.value;
    if (value === undefined || !Number.isFinite(value)) continue;
    let weight = 1;
    if (participants) {
      const n = numberOf(table, row, participants);
      if (!n.ok || !(n.value > 0)) continue;
      weight = n.value;
    }
    const acc = sums.get(key) ?? { sum: 0, weight: 0 };
    acc.sum += value * weight;
    acc.weight += weight;
    sums.set(key, acc);
  }
  const values = new Map<string, number>();
  for (const [key, { sum, weight }] of sums) if (weight > 0) values.set(key, sum / weight);
  if (values.size === 0) return undefined;
  return {
    id: options.id,
    label: options.label,
    group: options.group,
    source: `${sheet.name}!${columnLetter(sheet, column)}`,
    values,
  };
}

function columnLetter(sheet: SheetMap, column: TableColumn): string {
  return sheet.columns.find((c) => c.header === column.header)?.column ?? String(column.index + 1);
}

function sheetMeasures(sheet: SheetMap): Measure[] {
  const table = sheet.table;
  if (!table || sheet.schools.matched.length === 0) return [];
  const { year } = latestRows(sheet);
  const prefix = sheet.year === undefined && year !== undefined ? `${sheet.name} (${year})` : sheet.name;
  const out: Measure[] = [];
  const find = (role: ColumnRole) => table.columns.find((c) => c.role === role);
  for (const column of table.columns) {
    const role = column.role;
    if (!role) continue;
    const id = `${sheet.name}!${columnLetter(sheet, column)}`;
    const header = column.header;
    if (FAIL_ROLES.includes(role)) {
      const label = `${prefix} · 100 − «${header}» (успеваемость), %`;
      const m = columnMeasure(sheet, column, {
        id,
        label,
        group: "results",
        transform: (v) => 100 - v,
        weighted: true,
      });
      if (m) out.push(m);
    } else if (RESULT_ROLES.includes(role)) {
      const m = columnMeasure(sheet, column, {
        id,
        label: `${prefix} · ${header}`,
        group: "results",
        weighted: true,
      });
      if (m) out.push(m);
    } else if (CONTEXT_ROLES.includes(role)) {
      const base = PER_STUDENT.includes(role)
        ? find("students")
        : PER_TEACHER.includes(role)
          ? find("teachers")
          : undefined;
      if (base && !column.percent) {
        const transform: Transform = (v, offset) => {
          const row = table.rows.find((r) => r.offset === offset);
          const d = row ? numberOf(table, row, base) : undefined;
          return d?.ok && d.value > 0 ? (100 * v) / d.value : undefined;
        };
        const label = `${prefix} · ${header}: доля от «${base.header}», %`;
        const m = columnMeasure(sheet, column, {
          id: `${id}/share`,
          label,
          group: "context",
          transform,
          weighted: false,
        });
        if (m) out.push(m);
      } else {
        const m = columnMeasure(sheet, column, {
          id,
          label: `${prefix} · ${header}`,
          group: "context",
          weighted: false,
        });
        if (m) out.push(m);
      }
    }
  }
  return out;
}

/**
 * A composite index: the mean of the parts' z-scores (a part with sign −1 counts reversed) over the parts a
 * school has (a school without ЕГЭ is judged by the rest). Undefined when no part is given.
 *
 * @example compositeIndex("idx", "Индекс", [[a, 1], [b, -1]])?.values.get("221") // 0.8
 */
export function compositeIndex(
  id: string,
  label: string,
  parts: ReadonlyArray<readonly [Measure, 1 | -1]>,
): Measure | undefined {
  if (parts.length === 0) return undefined;
  const keys = [...new Set(parts.flatMap(([m]) => [...m.values.keys()]))];
  if (keys.length < 2) return undefined;
  const z = parts.map(([m, sign]) => {
    const s = summarize([...m.values.values()]);
    const sd = s && s.sd > 0 ? s.sd : 1;
    return (k: string) => {
      const v = m.values.get(k);
      return v === undefined ? undefined : (sign * (v - (s?.mean ?? 0))) / sd;
    };
  });
  const values = new Map<string, number>();
  for (const k of keys) {
    const zs = z.map((f) => f(k)).filter((v): v is number => v !== undefined);
    if (zs.length > 0) values.set(k, zs.reduce((a, b) => a + b, 0) / zs.length);
  }
  return { id, label, group: "context", source: parts.map(([m]) => m.source).join("; "), values };
}

/** The ids of the composite indices the cluster models use by default. */
export const INDEX_IDS = {
  contingent: "index:contingent",
  staffing: "index:staffing",
  microdistrict: "index:microdistrict",
  sum: "index:sum",
  results: "index:results",
} as const;

/**
 * Every measure the workbook offers: the composite indices first (сложность контингента, кадровое
 * обеспечение, микрорайон, сумма трёх параметров, результаты последнего года), then each column.
 *
 * @example listMeasures(map).map((m) => m.label)[0] // "Индекс сложности контингента (среднее z долей …)"
 */
export function listMeasures(map: WorkbookMap): Measure[] {
  const columns = map.sheets.flatMap(sheetMeasures);
  const latestOf = (kind: SheetMap["kind"]) => {
    const sheets = map.sheets.filter((s) => s.kind === kind && s.table);
    const year = Math.max(...sheets.map((s) => s.year ?? Math.max(...s.years, -Infinity)));
    return sheets.filter((s) => (s.year ?? Math.max(...s.years, -Infinity)) === year).map((s) => s.name);
  };
  const pick = (kind: SheetMap["kind"], pattern: RegExp) => {
    const names = latestOf(kind);
    return columns.filter((m) => names.some((n) => m.id.startsWith(`${n}!`)) && pattern.test(m.id + m.label));
  };
  const withRole = (kind: SheetMap["kind"], roles: readonly ColumnRole[]) => {
    const names = latestOf(kind);
    const ids = new Set(
      map.sheets
        .filter((s) => names.includes(s.name))
        .flatMap((s) => s.columns.filter((c) => roles.includes(c.role)).map((c) => `${s.name}!${c.column}`)),
    );
    return columns.filter((m) => ids.has(m.id.replace(/\/share$/u, "")));
  };
  const contingent = compositeIndex(
    INDEX_IDS.contingent,
    "Индекс сложности контингента (среднее z долей ОВЗ, инофонов, малоимущих, на учёте; больше — сложнее)",
    withRole(
      "contingent",
      CONTINGENT_ROLES.filter((r) => r !== "students"),
    ).map((m) => [m, 1] as const),
  );
  const staffingParts = withRole(
    "staffing",
    STAFFING_ROLES.filter((r) => r !== "teachers"),
  );
  const staffing = compositeIndex(
    INDEX_IDS.staffing,
    "Индекс кадрового обеспечения (категории — плюс; стаж до 3 лет, старше 65, вакансии — минус; больше — лучше)",
    staffingParts.map(
      (m) => [m, /categoryHighest|categoryFirst|staffingIndex/u.test(roleOf(map, m)) ? 1 : -1] as const,
    ),
  );
  const microParts = withRole("microdistrict", ["microdistrictIndex", "transportAccess", "cultureAccess"]);
  const micro = compositeIndex(
    INDEX_IDS.microdistrict,
    "Индекс благоприятности микрорайона (больше — лучше)",
    microParts.map((m) => [m, 1] as const),
  );
  const sum =
    contingent && staffing && micro
      ? compositeIndex(
          INDEX_IDS.sum,
          "Сумма трёх параметров: контингент (обратный), кадры, микрорайон (больше — лучше)",
          [
            [contingent, -1],
            [staffing, 1],
            [micro, 1],
          ],
        )
      : undefined;
  const resultParts = [
    ...pick("vpr", /успеваемость/u),
    ...pick("oge", /успеваемость/u),
    ...pick("ege", /успеваемость/u),
  ];
  const results = compositeIndex(
    INDEX_IDS.results,
    "Индекс результатов последнего года (среднее z успеваемости ВПР, ОГЭ, ЕГЭ)",
    resultParts.map((m) => [m, 1] as const),
  );
  const indices = [results && { ...results, group: "results" as const }, contingent, staffing, micro, sum];
  return [...indices.filter((m): m is Measure => m !== undefined), ...columns];
}

function roleOf(map: WorkbookMap, measure: Measure): string {
  const [sheet, rest] = measure.id.split("!");
  const letter = rest?.replace(/\/share$/u, "");
  return map.sheets.find((s) => s.name === sheet)?.columns.find((c) => c.column === letter)?.role ?? "";
}
