/**
 * The sample district workbook with one planted defect (or more) of every validation rule, each at a known
 * cell, and the findings it must add to those of the clean sample. Built as grids from the sample generator.
 */
import type { CellGrid, CellValue, SheetValues } from "../../../src/core/cells/cell-value";
import { a1 } from "../../../src/core/cells/a1";
import { buildWorkbookMap, type SheetMap } from "../../../src/core/workbook/workbook-map";
import type { RuleId } from "../../../src/core/validation/rule-ids";
import { generateSampleDistrict } from "../../../src/sample";

/** A finding as the tests compare them: rule, sheet and cell. */
export interface Expected {
  rule: RuleId;
  sheet: string;
  cell: string;
}

/** The clean sample's sheets as host values. */
export function cleanSheets(): SheetValues[] {
  return generateSampleDistrict().sheets.map((s) => ({
    name: s.name,
    firstRow: 0,
    firstColumn: 0,
    values: s.values.map((row) => [...row]),
  }));
}

const columnIndex = (map: SheetMap, role: string, group?: string): number => {
  const column = map.table!.columns.find(
    (c) => c.role === role && (group === undefined || c.group === group),
  );
  if (!column) throw new Error(`no ${role} on ${map.name}`);
  return column.index;
};

/** Data rows of a sheet: sheet row, school key, and the row's cells. */
function dataRows(map: SheetMap): { row: number; key?: string; cells: readonly CellValue[] }[] {
  const keys = new Map(map.schools.matched.map((m) => [m.row, m.key]));
  let last: string | undefined;
  return map.table!.rows.map((r) => {
    last = r.schoolFromAbove ? last : keys.get(r.sheetRow);
    return { row: r.sheetRow, key: last, cells: r.cells };
  });
}

/** The clean sample, defects planted, and the findings they must add. */
export function plantedWorkbook(): { clean: SheetValues[]; sheets: SheetValues[]; planted: Expected[] } {
  const clean = cleanSheets();
  const sheets = cleanSheets();
  const map = buildWorkbookMap(clean);
  const mapOf = (name: string) => map.sheets.find((s) => s.name === name)!;
  const grid = (name: string): CellGrid => sheets.find((s) => s.name === name)!.values;
  const planted: Expected[] = [];
  const expect = (rule: RuleId, sheet: string, row: number, column: number) =>
    planted.push({ rule, sheet, cell: a1(row, column) });
  const sample = generateSampleDistrict();
  const used = new Set<string>();
  const take = (keys: readonly string[]): string => {
    const key = keys.find((k) => !used.has(k))!;
    used.add(key);
    return key;
  };
  const shortName = (key: string) => sample.truth.schools.find((s) => s.key === key)!.shortName;

  // Registry: a new school 700 and an ordinary school № 2 beside «школа-интернат № 2».
  const registry = grid("Список ОО");
  registry.push([
    61,
    "sch789700",
    "ГБОУ СОШ № 700",
    "ГБОУ СОШ № 700",
    "средняя общеобразовательная школа",
    null,
    "да",
    null,
  ]);
  registry.push([
    62,
    "sch789702",
    "ГБОУ СОШ № 2",
    "ГБОУ СОШ № 2",
    "средняя общеобразовательная школа",
    null,
    "да",
    null,
  ]);

  // Кадры 2023: values, identity and plausibility defects.
  const staffing = mapOf("Кадры 2023");
  const staff = grid("Кадры 2023");
  const staffRows = dataRows(staffing);
  const teachers = columnIndex(staffing, "teachers");
  const at = (i: number) => staffRows[i];
  staff[at(5).row][teachers] = 900;
  expect("plausibility.outlier", "Кадры 2023", at(5).row, teachers);
  expect("plausibility.year-jump", "Кадры 2023", at(5).row, teachers);
  staff[at(6).row][teachers] = "сорок";
  expect("values.not-a-number", "Кадры 2023", at(6).row, teachers);
  const highest = columnIndex(staffing, "categoryHighest");
  staff[at(7).row][highest] = "#ЗНАЧ!";
  expect("values.excel-error", "Кадры 2023", at(7).row, highest);
  const vacancies = columnIndex(staffing, "vacancies");
  staff[at(8).row][vacancies] = -2;
  expect("values.negative-count", "Кадры 2023", at(8).row, vacancies);
  const over65 = columnIndex(staffing, "over65");
  staff[at(9).row][over65] = "3";
  expect("values.number-as-text", "Кадры 2023", at(9).row, over65);
  const width = staff[staffing.table!.headerRow].length;
  staff[staffing.table!.headerRow][width] = "Комментарий";
  expect("structure.unrecognised-header", "Кадры 2023", staffing.table!.headerRow, width);
  const last = staff.length;
  const copy221 = [...staffRows.find((r) => r.key === "221")!.cells];
  staff.push(["СОШ № 999", 30, 9, 9, 3, 2, 0]);
  expect("identity.unknown-school", "Кадры 2023", last, 0);
  staff.push(["СОШ 221", ...copy221.slice(1)]);
  expect("identity.duplicate-row", "Кадры 2023", last + 1, 0);
  staff.push(["2", 30, 9, 9, 3, 2, 0]);
  expect("identity.ambiguous-school", "Кадры 2023", last + 2, 0);

  // ЕГЭ 2023: a share above 100 %.
  const ege = mapOf("ЕГЭ 2023");
  const top = columnIndex(ege, "share80_100");
  const egeRow = dataRows(ege).find((r) => typeof r.cells[2] === "number" && r.cells[2] >= 10)!;
  grid("ЕГЭ 2023")[egeRow.row][top] = "112%";
  expect("values.percent-range", "ЕГЭ 2023", egeRow.row, top);

  // ВПР 2023: marks not summing to 100 %, «повысили» above the threshold, a lost procedure.
  const vpr = mapOf("ВПР 2023");
  const vprGrid = grid("ВПР 2023");
  const vprRows = dataRows(vpr).filter((r) => typeof r.cells[3] === "number" && r.cells[3] >= 20);
  const byKey = (key: string) => vprRows.filter((r) => r.key === key);
  const keys = [...new Set(vprRows.map((r) => r.key!))];
  const m2 = columnIndex(vpr, "mark2");
  const sumRow = byKey(take(keys))[0];
  vprGrid[sumRow.row][m2] = (sumRow.cells[m2] as number) + 0.1;
  expect("values.marks-sum", "ВПР 2023", sumRow.row, m2);
  const raisedRow = byKey(take(keys))[0];
  const [lowered, confirmed, raised] = ["lowered", "confirmed", "raised"].map((r) => columnIndex(vpr, r));
  vprGrid[raisedRow.row][lowered] = 0.05;
  vprGrid[raisedRow.row][confirmed] = 0.7;
  vprGrid[raisedRow.row][raised] = 0.25;
  expect("objectivity.raised-share", "ВПР 2023", raisedRow.row, raised);
  const lostRow = byKey(take(keys))[0];
  vprGrid[lostRow.row] = vprGrid[lostRow.row].map(() => null);
  const vpr22 = mapOf("ВПР 2022");
  const lostBefore = dataRows(vpr22).find(
    (r) => r.key === lostRow.key && r.cells[1] === lostRow.cells[1] && r.cells[2] === lostRow.cells[2],
  )!;
  expect(
    "coverage.procedure-missing-next-year",
    "ВПР 2022",
    lostBefore.row,
    columnIndex(vpr22, "participants"),
  );

  // ОГЭ 2023: a school's row blanked out, so it has ОГЭ 2022 and no ОГЭ 2023.
  const oge = mapOf("ОГЭ 2023");
  const gone = take(keys);
  const goneRow = dataRows(oge).find((r) => r.key === gone)!;
  grid("ОГЭ 2023")[goneRow.row] = grid("ОГЭ 2023")[goneRow.row].map(() => null);
  const oge22 = mapOf("ОГЭ 2022");
  const goneBefore = dataRows(oge22).find((r) => r.key === gone)!;
  expect("coverage.school-missing-next-year", "ОГЭ 2022", goneBefore.row, columnIndex(oge22, "school"));

  // New sheets.
  const studentKey = take(keys);
  const students = sample.truth.data.contingent.find((c) => c.key === studentKey && c.year === 2023)!;
  if (!students) throw new Error(`no contingent for ${studentKey} among ${keys.length}`);
  const add = (name: string, values: CellGrid) => sheets.push({ name, firstRow: 0, firstColumn: 0, values });
  add("Лист1", [
    ["Параметр", "Значение"],
    ["Порог", 15],
  ]);
  expect("structure.unknown-kind", "Лист1", 0, 0);
  add("ВПР", [
    ["ОО", "Кол-во участников", "2", "3", "4", "5"],
    ["ГБОУ СОШ № 221", 25, 10, 40, 30, 20],
  ]);
  expect("structure.unknown-year", "ВПР", 0, 0);
  add("ОГЭ 2024", [["Результаты ОГЭ 2024 года будут добавлены в июле"]]);
  expect("structure.no-table", "ОГЭ 2024", 0, 0);
  add("ВПР 2021", [
    ["ОО", "Кол-во участников", "2", "3", "4"],
    ["ГБОУ СОШ № 221", 25, 10, 40, 50],
  ]);
  expect("structure.missing-column", "ВПР 2021", 0, 0);
  add("ВПР 2023 (9 класс)", [
    ["ОО", "Класс", "Предмет", "Кол-во участников", "2", "3", "4", "5"],
    ["СОШ № 700", 9, "Физика", 20, 0, 5, 45, 50],
    [shortName(students.key), 9, "Физика", students.students + 1, 20, 50, 25, 5],
  ]);
  expect("objectivity.vpr-above-oge", "ВПР 2023 (9 класс)", 1, 0);
  expect("consistency.name-differs", "ВПР 2023 (9 класс)", 1, 0);
  expect("values.participants-above-students", "ВПР 2023 (9 класс)", 2, 3);
  const ogeKeys = keys.filter((k) => !used.has(k));
  add("ОГЭ 2023 физика", [
    ["ОО", "Предмет", "Кол-во участников", "Средний первичный балл", "Средняя отметка", "Доля «2», %"],
    ["СОШ № 700", "Физика", 20, 18, 3.2, 40],
    [shortName(ogeKeys[0]), "Физика", 15, 30, 6.2, "-"],
    [shortName(ogeKeys[1]), "Физика", 15, 50, 4.5, "-"],
    [shortName(ogeKeys[2]), "Физика", 15, 12, 4.6, "-"],
    [shortName(ogeKeys[3]), "Физика", "—", 20, 3.5, "-"],
  ]);
  expect("values.mark-range", "ОГЭ 2023 физика", 2, 4);
  expect("scales.score-out-of-scale", "ОГЭ 2023 физика", 3, 3);
  expect("scales.mark-inconsistent", "ОГЭ 2023 физика", 4, 4);
  expect("values.required-empty", "ОГЭ 2023 физика", 5, 2);
  const juniors = sample.truth.schools.filter((s) => !s.seniorGrades).map((s) => s.key);
  add("ЕГЭ 2023 (доп.)", [
    ["ОО", "Предмет", "Кол-во участников", "Средний тестовый балл", "Не преодолели минимальный порог, %"],
    [shortName(juniors[0]), "Русский язык", 25, 18, 0],
    [shortName(juniors[1]), "Химия", 20, 120, "-"],
    [shortName(juniors[2]), "Физика", 4, 50, 0],
  ]);
  expect("scales.ege-below-min-disagrees", "ЕГЭ 2023 (доп.)", 1, 4);
  expect("scales.score-out-of-scale", "ЕГЭ 2023 (доп.)", 2, 3);
  expect("scales.small-sample", "ЕГЭ 2023 (доп.)", 3, 2);
  return { clean, sheets, planted };
}
