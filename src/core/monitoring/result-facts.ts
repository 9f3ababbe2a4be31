import { cellText } from "../cells/cell-text";
import { canonicalSubject } from "../criteria/exam-scales";
import { quality, success } from "../criteria/marks";
import { cellAddress, columnOf, columnsOf, numberOf } from "../tables/table-access";
import type { Table, TableColumn, TableRow } from "../tables/table";
import type { SheetMap, WorkbookMap } from "../workbook/workbook-map";
import { schoolRows } from "./sheet-rows";
import type { IndicatorDef, IndicatorSeries, SourcedValue } from "./types";

/** A school's failure share on one procedure in one year, for the status rules. */
export interface FailFact {
  /** Procedure id: "vpr|5|математика", "oge|русский язык", "ege|математика профильная". */
  procedure: string;
  label: string;
  key: string;
  year: number;
  /** % of participants with «2» (ВПР, ОГЭ) or below the ЕГЭ minimum. */
  fail: number;
  participants?: number;
  sources: SourcedValue["sources"];
}

/** Indicator series of the results and the failure facts they came with. */
export interface ResultFacts {
  series: IndicatorSeries[];
  fails: FailFact[];
}

const MARKS = ["mark2", "mark3", "mark4", "mark5"] as const;

class SeriesBook {
  readonly series = new Map<string, IndicatorSeries>();
  add(def: IndicatorDef, key: string, year: number, value: SourcedValue): void {
    const series: IndicatorSeries = this.series.get(def.id) ?? {
      def,
      bySchool: new Map<string, Map<number, SourcedValue>>(),
    };
    this.series.set(def.id, series);
    const years = series.bySchool.get(key) ?? new Map<number, SourcedValue>();
    series.bySchool.set(key, years);
    // Of two values for one school, indicator and year the first is kept (a sheet listed earlier wins).
    if (!years.has(year)) years.set(year, value);
  }
}

const participantsOf = (table: Table, row: TableRow, group?: string): number | undefined => {
  const column =
    columnsOf(table, "participants").find((c) => c.group === group) ?? columnOf(table, "participants");
  if (!column) return undefined;
  const n = numberOf(table, row, column);
  return n.ok && n.value > 0 ? n.value : undefined;
};

/** A sheet whose rows say neither grade nor subject (a ФИС ОКО export of one work). */
const isPlain = (sheet: SheetMap): boolean =>
  !sheet.columns.some((c) => c.role === "subject" || c.role === "grade");

function vprFacts(sheet: SheetMap, book: SeriesBook, fails: FailFact[]): void {
  const table = sheet.table!;
  const marks = MARKS.map((role) => columnOf(table, role));
  if (marks.some((c) => !c)) return;
  const [c2, c3, c4, c5] = marks as TableColumn[];
  const subjectColumn = columnOf(table, "subject");
  const gradeColumn = columnOf(table, "grade");
  for (const { row, key, year } of schoolRows(sheet)) {
    const values = [c2, c3, c4, c5].map((c) => numberOf(table, row, c));
    if (values.some((v) => !v.ok)) continue;
    const [n2, n3, n4, n5] = values.map((v) => (v.ok ? v.value : NaN));
    const subject = subjectColumn ? canonicalSubject(cellText(row.cells[subjectColumn.offset])) : sheet.name;
    const grade = gradeColumn ? cellText(row.cells[gradeColumn.offset]).replace(/\D+/gu, "") : "";
    if (subject === "") continue;
    const procedure = `vpr|${grade}|${subject}`;
    const label = ["ВПР", grade ? `${grade} кл.` : "", subject].filter(Boolean).join(" ");
    const sources = [{ sheet: sheet.name, cells: [c2, c3, c4, c5].map((c) => cellAddress(row, c)) }];
    const participants = participantsOf(table, row);
    const counts = { n2, n3, n4, n5 };
    const s = success(counts);
    const q = quality(counts);
    const n = participants !== undefined ? { participants } : {};
    if (s.ok) {
      book.add(resultDef(`${procedure}|success`, "vpr", `${label}: успеваемость`, true), key, year, {
        value: s.value,
        sources,
        ...n,
        how: "100 − доля «2» (из «2», «3», «4», «5»)",
      });
      fails.push({ procedure, label, key, year, fail: 100 - s.value, ...n, sources });
    }
    if (q.ok)
      book.add(resultDef(`${procedure}|quality`, "vpr", `${label}: качество`, true), key, year, {
        value: q.value,
        sources,
        ...n,
        how: "доля «4» + доля «5» (из «2», «3», «4», «5»)",
      });
  }
}

function examFacts(sheet: SheetMap, exam: "oge" | "ege", book: SeriesBook, fails: FailFact[]): void {
  const table = sheet.table!;
  const examName = exam === "oge" ? "ОГЭ" : "ЕГЭ";
  const subjectColumn = columnOf(table, "subject");
  const failColumns = columnsOf(table, exam === "oge" ? "failShare" : "belowMin");
  const avgColumns = columnsOf(table, "avgScore");
  const subjectOf = (row: TableRow, column: TableColumn): string =>
    canonicalSubject(subjectColumn ? cellText(row.cells[subjectColumn.offset]) : (column.group ?? ""));
  for (const { row, key, year } of schoolRows(sheet)) {
    for (const column of avgColumns) {
      const subject = subjectOf(row, column);
      const v = numberOf(table, row, column);
      if (!subject || !v.ok) continue;
      const participants = participantsOf(table, row, column.group);
      book.add(
        resultDef(`${exam}|${subject}|avg`, exam, `${examName} ${subject}: средний балл`, true, "балл"),
        key,
        year,
        {
          value: v.value,
          sources: [{ sheet: sheet.name, cells: [cellAddress(row, column)] }],
          ...(participants !== undefined ? { participants } : {}),
        },
      );
    }
    for (const column of failColumns) {
      const subject = subjectOf(row, column);
      const v = numberOf(table, row, column);
      if (!subject || !v.ok) continue;
      const participants = participantsOf(table, row, column.group);
      const label = `${examName} ${subject}`;
      const value = column.percent ? v.value : participants ? (100 * v.value) / participants : NaN;
      if (!Number.isFinite(value)) continue;
      const sources = [{ sheet: sheet.name, cells: [cellAddress(row, column)] }];
      const n = participants !== undefined ? { participants } : {};
      const failLabel = exam === "oge" ? "доля «2»" : "ниже минимального порога";
      book.add(resultDef(`${exam}|${subject}|fail`, exam, `${label}: ${failLabel}`, false), key, year, {
        value,
        sources,
        ...n,
      });
      fails.push({ procedure: `${exam}|${subject}`, label, key, year, fail: value, ...n, sources });
    }
  }
}

function resultDef(
  id: string,
  group: IndicatorDef["group"],
  label: string,
  higherIsBetter: boolean,
  unit = "%",
): IndicatorDef {
  return { id, group, label, unit, higherIsBetter, tolerant: true };
}

/**
 * The results of every assessment sheet, per school and year, each value with its cells: ВПР успеваемость and
 * качество by grade and subject (from the shares or counts of marks), ОГЭ and ЕГЭ средний балл and failure
 * share by subject; plus the failure share of every procedure for the status rules. A sheet that says neither
 * grade nor subject (a ФИС ОКО export) is skipped when a detailed sheet of the same kind and year exists.
 * @example resultFacts(map).series.map((s) => s.def.label) // ["ВПР 4 кл. математика: успеваемость", …]
 */
export function resultFacts(map: WorkbookMap): ResultFacts {
  const book = new SeriesBook();
  const fails: FailFact[] = [];
  const sheets = map.sheets.filter(
    (s) => s.table && (s.kind === "vpr" || s.kind === "oge" || s.kind === "ege"),
  );
  const detailed = new Set(
    sheets
      .filter((s) => s.kind !== "vpr" || !isPlain(s))
      .flatMap((s) => s.years.map((y) => `${s.kind}|${y}`)),
  );
  for (const sheet of sheets) {
    if (sheet.kind === "vpr") {
      if (isPlain(sheet) && sheet.years.some((y) => detailed.has(`vpr|${y}`))) continue;
      vprFacts(sheet, book, fails);
    } else examFacts(sheet, sheet.kind as "oge" | "ege", book, fails);
  }
  const order: Record<string, number> = { vpr: 0, oge: 1, ege: 2 };
  const series = [...book.series.values()].sort(
    (a, b) => order[a.def.group] - order[b.def.group] || compareIds(a.def.id, b.def.id),
  );
  return { series, fails };
}

/** Ids in natural order: grade 4 before grade 10, success before quality. */
function compareIds(a: string, b: string): number {
  const rank = (id: string) => id.replace(/\|success$/u, "|1").replace(/\|quality$/u, "|2");
  return rank(a).localeCompare(rank(b), "ru", { numeric: true });
}
