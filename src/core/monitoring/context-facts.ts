import type { ColumnRole } from "../tables/column-role";
import { cellAddress, columnOf, numberOf } from "../tables/table-access";
import type { WorkbookMap } from "../workbook/workbook-map";
import { schoolRows } from "./sheet-rows";
import type { IndicatorDef, IndicatorSeries, SourcedValue } from "./types";

type ContextRole = { role: ColumnRole; label: string; unit: string; higherIsBetter: boolean | undefined };

/**
 * The contingent and staffing indicators the tab follows, with their direction. Neutral ones (ОВЗ, инофоны,
 * малоимущие, молодые специалисты) describe the school's situation, not its work: their change is shown but
 * does not count for «позитивные изменения».
 */
export const CONTEXT_INDICATORS: Readonly<Record<"contingent" | "staffing", readonly ContextRole[]>> = {
  contingent: [
    { role: "students", label: "Обучающиеся", unit: "чел.", higherIsBetter: true },
    { role: "ovz", label: "Обучающиеся с ОВЗ", unit: "чел.", higherIsBetter: undefined },
    { role: "inophone", label: "Инофоны", unit: "чел.", higherIsBetter: undefined },
    { role: "lowIncome", label: "Из малоимущих семей", unit: "чел.", higherIsBetter: undefined },
    { role: "registered", label: "На учёте (ПДН, ВШУ)", unit: "чел.", higherIsBetter: false },
    { role: "contextIndex", label: "Индекс сложности контингента", unit: "", higherIsBetter: undefined },
  ],
  staffing: [
    { role: "teachers", label: "Педагоги", unit: "чел.", higherIsBetter: true },
    { role: "categoryHighest", label: "Высшая категория", unit: "чел.", higherIsBetter: true },
    { role: "categoryFirst", label: "Первая категория", unit: "чел.", higherIsBetter: true },
    { role: "experienceUnder3", label: "Стаж до 3 лет", unit: "чел.", higherIsBetter: undefined },
    { role: "over65", label: "Старше 65 лет", unit: "чел.", higherIsBetter: false },
    { role: "vacancies", label: "Вакансии", unit: "ед.", higherIsBetter: false },
    { role: "staffingIndex", label: "Индекс кадрового обеспечения", unit: "", higherIsBetter: true },
  ],
};

/**
 * Contingent and staffing indicators per school and year from the contingent and staffing sheets (one sheet
 * per year, or one long table with a year column), each value with its cell. Only the indicators some sheet
 * has are returned, in the order of `CONTEXT_INDICATORS`.
 * @example contextFacts(map).map((s) => s.def.label) // ["Обучающиеся", "Обучающиеся с ОВЗ", …, "Вакансии"]
 */
export function contextFacts(map: WorkbookMap): IndicatorSeries[] {
  const out: IndicatorSeries[] = [];
  for (const group of ["contingent", "staffing"] as const) {
    const sheets = map.sheets.filter((s) => s.kind === group && s.table);
    for (const indicator of CONTEXT_INDICATORS[group]) {
      const def: IndicatorDef = {
        id: `${group}|${indicator.role}`,
        group,
        label: indicator.label,
        unit: indicator.unit,
        higherIsBetter: indicator.higherIsBetter,
        tolerant: false,
      };
      const bySchool = new Map<string, Map<number, SourcedValue>>();
      for (const sheet of sheets) {
        const table = sheet.table!;
        const column = columnOf(table, indicator.role);
        if (!column) continue;
        for (const { row, key, year } of schoolRows(sheet)) {
          const v = numberOf(table, row, column);
          if (!v.ok) continue;
          const years = bySchool.get(key) ?? new Map<number, SourcedValue>();
          bySchool.set(key, years);
          if (!years.has(year))
            years.set(year, {
              value: v.value,
              sources: [{ sheet: sheet.name, cells: [cellAddress(row, column)] }],
            });
        }
      }
      if (bySchool.size > 0) out.push({ def, bySchool });
    }
  }
  return out;
}
