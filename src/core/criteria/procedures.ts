/**
 * Assessment procedures of the workbook (ВПР grade × subject, ОГЭ and ЕГЭ subjects) with each school's
 * failure share per year — the input of the criteria profile's status rules.
 */
import { cellText } from "../cells/cell-text";
import type { TableColumn, TableRow } from "../tables/table";
import { numberOf } from "../tables/table-access";
import { schoolKeysByRow } from "../workbook/row-schools";
import type { SheetMap, WorkbookMap } from "../workbook/workbook-map";
import { canonicalSubject } from "./exam-scales";

/** A school's failure share and participants on a procedure in one year. */
export interface ProcedureValue {
  fail: number;
  n?: number;
}

/** One procedure across the district: label, and values by year then school key. */
export interface Procedure {
  id: string;
  /** «ВПР 5 кл. математика», «ОГЭ математика». */
  label: string;
  byYear: Map<number, Map<string, ProcedureValue>>;
}

const KIND_LABEL: Partial<Record<SheetMap["kind"], string>> = {
  vpr: "ВПР",
  oge: "ОГЭ",
  ege: "ЕГЭ",
  rdr: "РДР",
};
const FAIL_ROLE = { vpr: "mark2", rdr: "mark2", oge: "failShare", ege: "belowMin" } as const;

function failShare(
  sheet: SheetMap,
  row: TableRow,
  fail: TableColumn,
  n: TableColumn | undefined,
): ProcedureValue | undefined {
  const table = sheet.table!;
  const v = numberOf(table, row, fail);
  if (!v.ok) return undefined;
  const count = n ? numberOf(table, row, n) : undefined;
  const participants = count?.ok ? count.value : undefined;
  if (!fail.percent) {
    if (!(participants && participants > 0)) return undefined;
    return { fail: (100 * v.value) / participants, n: participants };
  }
  return participants === undefined ? { fail: v.value } : { fail: v.value, n: participants };
}

/**
 * Every procedure of the workbook's result sheets. A sheet whose rows say neither grade nor subject (a ФИС ОКО
 * export of one work) is skipped when a table of the same kind and year does say them, so no procedure is
 * counted twice; of two values for one school, procedure and year the first is kept.
 *
 * @example collectProcedures(map).map((p) => p.label) // ["ВПР 5 кл. математика", …, "ОГЭ русский язык", …]
 */
export function collectProcedures(map: WorkbookMap): Procedure[] {
  const procedures = new Map<string, Procedure>();
  const sheets = map.sheets.filter((s) => s.table && KIND_LABEL[s.kind]);
  const detailed = new Set(
    sheets
      .filter(
        (s) =>
          s.columns.some((c) => c.role === "subject") ||
          s.columns
            .filter((c) => c.role === FAIL_ROLE[s.kind as keyof typeof FAIL_ROLE])
            .some((c) => c.header.includes("/")),
      )
      .flatMap((s) => s.years.map((y) => `${s.kind}|${y}`)),
  );
  for (const sheet of sheets) {
    const table = sheet.table!;
    const kind = sheet.kind as keyof typeof FAIL_ROLE;
    const failColumns = table.columns.filter((c) => c.role === FAIL_ROLE[kind]);
    const subjectColumn = table.columns.find((c) => c.role === "subject");
    const gradeColumn = table.columns.find((c) => c.role === "grade");
    const plain = !subjectColumn && failColumns.every((c) => !c.group);
    if (plain && sheet.years.some((y) => detailed.has(`${kind}|${y}`))) continue;
    const keys = schoolKeysByRow(sheet);
    table.rows.forEach((row, i) => {
      const key = keys.get(row.sheetRow);
      const year = sheet.year ?? sheet.rowYears?.[i];
      if (key === undefined || year === undefined) return;
      for (const fail of failColumns) {
        const subjectText = subjectColumn ? cellText(row.cells[subjectColumn.offset]) : (fail.group ?? "");
        const subject = subjectText ? canonicalSubject(subjectText) : plain ? sheet.name : "";
        const grade = gradeColumn ? cellText(row.cells[gradeColumn.offset]).replace(/\D+/gu, "") : "";
        const id = `${kind}|${grade}|${subject}`;
        const label = [KIND_LABEL[kind], grade ? `${grade} кл.` : "", subject].filter(Boolean).join(" ");
        const n = table.columns.find((c) => c.role === "participants" && c.group === fail.group);
        const value = failShare(sheet, row, fail, n);
        if (!value) continue;
        const procedure: Procedure = procedures.get(id) ?? { id, label, byYear: new Map() };
        procedures.set(id, procedure);
        const years = procedure.byYear.get(year) ?? new Map<string, ProcedureValue>();
        procedure.byYear.set(year, years);
        if (!years.has(key)) years.set(key, value);
      }
    });
  }
  return [...procedures.values()];
}

/**
 * The latest year any procedure has, or undefined.
 * @example latestYear(collectProcedures(map)) // 2023
 */
export function latestYear(procedures: readonly Procedure[]): number | undefined {
  const years = procedures.flatMap((p) => [...p.byYear.keys()]);
  return years.length > 0 ? Math.max(...years) : undefined;
}
