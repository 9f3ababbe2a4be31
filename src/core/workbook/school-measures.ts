import { standardizeColumns } from "../stats/standardize";
import type { ColumnRole } from "../tables/column-role";
import type { TableColumn } from "../tables/table";
import { columnOf, numberOf } from "../tables/table-access";
import type { SheetMap, WorkbookMap } from "./workbook-map";

/**
 * One number per school, read from the workbook for the cluster models and mentor pairs: what it is (Russian,
 * for logs and the foot block of generated sheets) and the sheets it was read from.
 */
export interface SchoolMeasure {
  /** By school key. */
  values: Map<string, number>;
  /** What the number is, in Russian: «успеваемость по ВПР, %». */
  label: string;
  /** The sheets the values were read from. */
  sources: string[];
}

/** The sheets of the latest year among `sheets` (one sheet per year, or long tables with a year column). */
function latest(sheets: SheetMap[]): SheetMap[] {
  const years = sheets.flatMap((s) => (s.year !== undefined ? [s.year] : s.years));
  if (years.length === 0) return sheets;
  const top = Math.max(...years);
  return sheets.filter((s) => s.year === top || (s.year === undefined && s.years.includes(top)));
}

/** The rows of a sheet that name a school (and, in a long table, belong to the sheet's latest year). */
function keyedRows(sheet: SheetMap): { key: string; index: number }[] {
  const table = sheet.table;
  if (!table) return [];
  const key = new Map(sheet.schools.matched.map((m) => [m.row, m.key]));
  const years = (sheet.rowYears ?? []).filter((y): y is number => y !== undefined);
  const top = sheet.year ?? (years.length > 0 ? Math.max(...years) : undefined);
  const out: { key: string; index: number }[] = [];
  table.rows.forEach((row, index) => {
    const k = key.get(row.sheetRow);
    if (k === undefined) return;
    if (sheet.year === undefined && sheet.rowYears && top !== undefined && sheet.rowYears[index] !== top)
      return;
    out.push({ key: k, index });
  });
  return out;
}

const ofKind = (map: WorkbookMap, kind: SheetMap["kind"]) =>
  latest(map.sheets.filter((s) => s.kind === kind && s.table));

/**
 * The result of each school: the ВПР успеваемость of the latest year (100 − доля «2», %), weighted by the
 * participants over every grade and subject of the school.
 * @example resultMeasure(map).values.get("223") // 78.4
 */
export function resultMeasure(map: WorkbookMap): SchoolMeasure {
  const sums = new Map<string, { value: number; weight: number }>();
  const sources: string[] = [];
  for (const sheet of ofKind(map, "vpr")) {
    sources.push(sheet.name);
    const table = sheet.table!;
    for (const { key, index } of keyedRows(sheet)) {
      const row = table.rows[index];
      const fail = numberOf(table, row, "mark2");
      const n = numberOf(table, row, "participants");
      if (!fail.ok || !n.ok || !(n.value > 0)) continue;
      const s = sums.get(key) ?? { value: 0, weight: 0 };
      sums.set(key, { value: s.value + (100 - fail.value) * n.value, weight: s.weight + n.value });
    }
  }
  const values = new Map([...sums].map(([k, s]) => [k, s.value / s.weight] as const));
  return {
    values,
    label: "успеваемость по ВПР последнего года (100 − доля «2», взвешенно по участникам), %",
    sources,
  };
}

/**
 * A measure summed from parts per school and divided by a total, in % (missing part → no value), or the
 * sheet's own index column when it has one.
 */
function ratioMeasure(
  map: WorkbookMap,
  kind: SheetMap["kind"],
  index: ColumnRole,
  total: ColumnRole,
  parts: readonly { role: ColumnRole; sign: 1 | -1 }[],
): { values: Map<string, number>; sources: string[]; fromIndex: boolean } {
  const values = new Map<string, number>();
  const sources: string[] = [];
  let fromIndex = false;
  for (const sheet of ofKind(map, kind)) {
    const table = sheet.table!;
    const own = columnOf(table, index);
    const present = parts.filter((p) => columnOf(table, p.role));
    if (!own && (!columnOf(table, total) || present.length === 0)) continue;
    sources.push(sheet.name);
    fromIndex ||= own !== undefined;
    for (const { key, index: i } of keyedRows(sheet)) {
      if (values.has(key)) continue;
      const row = table.rows[i];
      if (own) {
        const v = numberOf(table, row, own);
        if (v.ok) values.set(key, v.value);
        continue;
      }
      const n = numberOf(table, row, total);
      const read = present.map((p) => ({ p, v: numberOf(table, row, p.role) }));
      if (!n.ok || !(n.value > 0) || read.some((r) => !r.v.ok)) continue;
      const sum = read.reduce((a, r) => a + (r.v.ok ? r.p.sign * r.v.value : 0), 0);
      values.set(key, (100 * sum) / n.value);
    }
  }
  return { values, sources, fromIndex };
}

/**
 * The difficulty of each school's contingent (higher = more difficult): the share of students with ОВЗ,
 * инофоны, from low-income families and on the register, %, of the latest year — or the sheet's own
 * «индекс сложности контингента» when it has one.
 * @example contingentMeasure(map).values.get("240") // 31.2
 */
export function contingentMeasure(map: WorkbookMap): SchoolMeasure {
  const parts = (["ovz", "inophone", "lowIncome", "registered"] as const).map((role) => ({
    role,
    sign: 1 as const,
  }));
  const m = ratioMeasure(map, "contingent", "contextIndex", "students", parts);
  const label = m.fromIndex
    ? "индекс сложности контингента"
    : "доля обучающихся с ОВЗ, инофонов, из малоимущих семей и на учёте, %";
  return { values: m.values, label, sources: m.sources };
}

/**
 * The staffing of each school (higher = better): teachers of the highest and first category less those with
 * under 3 years of experience and those over 65, per 100 teachers, of the latest year — or the sheet's own
 * «индекс кадрового обеспечения». Vacancies are left out: districts often leave them unreported («н/д»).
 * @example staffingMeasure(map).values.get("223") // 58.3
 */
export function staffingMeasure(map: WorkbookMap): SchoolMeasure {
  const parts = [
    { role: "categoryHighest", sign: 1 },
    { role: "categoryFirst", sign: 1 },
    { role: "experienceUnder3", sign: -1 },
    { role: "over65", sign: -1 },
  ] as const;
  const m = ratioMeasure(map, "staffing", "staffingIndex", "teachers", parts);
  const label = m.fromIndex
    ? "индекс кадрового обеспечения"
    : "педагоги высшей и первой категории за вычетом стажа до 3 лет и старше 65 лет, на 100 педагогов";
  return { values: m.values, label, sources: m.sources };
}

/**
 * How favourable each school's microdistrict is (higher = better): the sheet's overall score of the
 * microdistrict («оценка особенностей микрорайона»).
 * @example microdistrictMeasure(map).values.get("506") // 4.1
 */
export function microdistrictMeasure(map: WorkbookMap): SchoolMeasure {
  const m = ratioMeasure(map, "microdistrict", "microdistrictIndex", "microdistrictIndex", []);
  return { values: m.values, label: "оценка особенностей микрорайона", sources: m.sources };
}

/**
 * The sum of the three context parameters of model D, higher = better conditions: −z(контингент) + z(кадры) +
 * z(микрорайон), each standardised over the schools `among` that have all three (so units do not matter).
 * @example sumMeasure(contingent, staffing, micro, keys).values.get("240") // -2.9
 */
export function sumMeasure(
  contingent: SchoolMeasure,
  staffing: SchoolMeasure,
  microdistrict: SchoolMeasure,
  among: Iterable<string>,
): SchoolMeasure {
  const keys = [...among].filter(
    (k) => contingent.values.has(k) && staffing.values.has(k) && microdistrict.values.has(k),
  );
  const { z } = standardizeColumns(
    keys.map((k) => [contingent.values.get(k)!, staffing.values.get(k)!, microdistrict.values.get(k)!]),
  );
  const values = new Map(keys.map((k, i) => [k, -z[i][0] + z[i][1] + z[i][2]] as const));
  return {
    values,
    label: "сумма трёх параметров в стандартных отклонениях: −контингент + кадры + микрорайон",
    sources: [...new Set([...contingent.sources, ...staffing.sources, ...microdistrict.sources])],
  };
}

/**
 * Any column of a sheet as a measure: per school, the mean of the numbers in its rows (of the latest year in a
 * long table); text, blanks and dashes are skipped.
 * @example columnMeasure(sheet, column).values.get("221") // 4.2
 */
export function columnMeasure(sheet: SheetMap, column: TableColumn): SchoolMeasure {
  const sums = new Map<string, { sum: number; n: number }>();
  const table = sheet.table;
  if (table)
    for (const { key, index } of keyedRows(sheet)) {
      const v = numberOf(table, table.rows[index], column);
      if (!v.ok) continue;
      const s = sums.get(key) ?? { sum: 0, n: 0 };
      sums.set(key, { sum: s.sum + v.value, n: s.n + 1 });
    }
  const values = new Map([...sums].map(([k, s]) => [k, s.sum / s.n] as const));
  return { values, label: `«${column.header}»`, sources: [sheet.name] };
}
