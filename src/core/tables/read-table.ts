import type { CellValue, SheetValues } from "../cells/cell-value";
import { cellText, foldText } from "../cells/cell-text";
import { issue } from "../issue-codes";
import { fail, ok, type Result } from "../result";
import type { ColumnRole } from "./column-role";
import { BoundedMemo } from "./bounded-memo";
import { columnUnits, marksSumToHundredIn, tableColumn } from "./column-units";
import { detectHeader, type HeaderBlock, type HeaderLabel } from "./header-detection";
import type { HeaderGuess } from "./header-synonyms";
import { rowClassifier, splitLogin } from "./row-kind";
import type { SkippedRow, Table, TableColumn, TableRow } from "./table";

/** A user's correction of one column, found by its header text (case and spaces do not matter). */
export interface ColumnOverride {
  header: string;
  /** The role to use; null marks the column as not recognised. */
  role?: ColumnRole | null;
  /** Force the column to hold percents (true) or counts (false). */
  percent?: boolean;
}

/** Options of `readTable`. */
export interface ReadTableOptions {
  columns?: readonly ColumnOverride[];
}

const MARK_ROLES: readonly ColumnRole[] = ["mark2", "mark3", "mark4", "mark5"];

/**
 * Reads the table of a sheet: finds the header under any title rows (one row, or two rows with merged
 * cells), recognises each column's role and units, and sorts the rows below into data rows and skipped rows
 * (spacers, totals, ФИС ОКО aggregates, repeated headers, notes). Row and column indices are the sheet's, so
 * every cell has an exact A1 address. The input is never changed.
 *
 * @example readTable({ name: "ВПР 2023", firstRow: 0, firstColumn: 0, values: [
 *   ["Результаты ВПР 2023"], ["ОО", "Кол-во уч.", "2", "3", "4", "5"],
 *   ["СОШ № 221", 25, "12,5", "40", "35", "12,5"], ["Итого", 25, "", "", "", ""]] })
 * // { ok: true, value: { headerRow: 1, rows: [{ sheetRow: 2, schoolText: "СОШ № 221", … }],
 * //   skipped: [{ sheetRow: 3, reason: "total", text: "Итого" }], … } }
 */
export function readTable(sheet: SheetValues, options: ReadTableOptions = {}): Result<Table> {
  const grid = sheet.values;
  const header = detectHeader(grid);
  if (!header) return fail(issue("no-table", { sheet: sheet.name }));
  const labels = applyOverrides(reassignLoneMark2(header.labels), options.columns ?? []);
  const schoolLabel = labels.find((l) => l.label.guess?.role === "school");
  const schoolOffset = schoolLabel?.label.offset;
  const headerRows = headerTexts(grid, header);
  const rows: TableRow[] = [];
  const skipped: SkippedRow[] = [];
  const classify = rowClassifier({ schoolOffset, headerRows });
  const schoolCells = new BoundedMemo(readSchoolCell);
  let previous: TableRow | undefined;
  for (let offset = header.top + header.height; offset < grid.length; offset++) {
    const cells = grid[offset] ?? [];
    const sheetRow = sheet.firstRow + offset;
    const reason = classify(cells);
    if (reason) {
      skipped.push({ sheetRow, offset, reason, text: firstText(cells) });
      previous = undefined;
      continue;
    }
    const row = dataRow(cells, sheetRow, offset, schoolOffset, previous, schoolCells);
    rows.push(row);
    previous = row;
  }
  const markOffsets = labels.filter((l) => isMark(l.label.guess)).map((l) => l.label.offset);
  let markPercent: boolean | undefined;
  const columns: TableColumn[] = labels.map(({ label, corrected, percent }) => {
    const values = tableColumn(rows, label.offset);
    let guess = label.guess;
    if (percent !== undefined && guess) guess = { ...guess, unit: percent ? "percent" : "count" };
    else if (guess && !guess.unit && isMark(guess)) {
      markPercent ??= marksSumToHundredIn(markOffsets.map((o) => tableColumn(rows, o)));
      if (markPercent) guess = { ...guess, unit: "percent" };
    }
    const units = columnUnits(guess, values);
    return {
      index: sheet.firstColumn + label.offset,
      offset: label.offset,
      header: label.text,
      ...(label.upper !== "" && label.upper !== label.text ? { group: label.upper } : {}),
      ...(label.guess ? { role: label.guess.role } : {}),
      ...units,
      ...(corrected ? { corrected: true } : {}),
    };
  });
  return ok({
    sheet: sheet.name,
    firstRow: sheet.firstRow,
    firstColumn: sheet.firstColumn,
    titleLines: grid
      .slice(0, header.top)
      .map(rowText)
      .filter((t) => t !== ""),
    headerRow: sheet.firstRow + header.top,
    headerHeight: header.height,
    columns,
    rows,
    skipped,
  });
}

function isMark(guess: HeaderGuess | undefined): boolean {
  return guess !== undefined && MARK_ROLES.includes(guess.role);
}

/** An «% "2"» column with no «3», «4», «5» beside it is the failure share of an ОГЭ/РДР table. */
function reassignLoneMark2(labels: readonly HeaderLabel[]): HeaderLabel[] {
  const roles = new Set(labels.map((l) => l.guess?.role));
  if (!roles.has("mark2") || roles.has("mark3") || roles.has("mark4") || roles.has("mark5"))
    return [...labels];
  return labels.map((l) =>
    l.guess?.role === "mark2" && l.guess.unit !== "count"
      ? { ...l, guess: { ...l.guess, role: "failShare" } }
      : l,
  );
}

interface AppliedLabel {
  label: HeaderLabel;
  corrected: boolean;
  percent?: boolean;
}

function applyOverrides(
  labels: readonly HeaderLabel[],
  overrides: readonly ColumnOverride[],
): AppliedLabel[] {
  return labels.map((label) => {
    const key = foldText(label.text);
    const override = overrides.find((o) => foldText(o.header) === key);
    if (!override) return { label, corrected: false };
    let guess = label.guess;
    if (override.role === null) guess = undefined;
    else if (override.role !== undefined)
      guess = { role: override.role, ...(guess?.unit ? { unit: guess.unit } : {}) };
    const rest: HeaderLabel = {
      offset: label.offset,
      text: label.text,
      upper: label.upper,
      lower: label.lower,
    };
    return {
      label: guess ? { ...rest, guess } : rest,
      corrected: override.role !== undefined || override.percent !== undefined,
      ...(override.percent !== undefined ? { percent: override.percent } : {}),
    };
  });
}

/** A school cell read once per distinct value: blank or not, and the name without a ФИС ОКО login. */
interface SchoolCell {
  blank: boolean;
  login?: string;
  name: string;
}

function readSchoolCell(value: CellValue): SchoolCell {
  const text = cellText(value);
  return { blank: text === "", ...splitLogin(text) };
}

function dataRow(
  cells: readonly CellValue[],
  sheetRow: number,
  offset: number,
  schoolOffset: number | undefined,
  previous: TableRow | undefined,
  schoolCells: BoundedMemo<CellValue, SchoolCell>,
): TableRow {
  if (schoolOffset === undefined) return { sheetRow, offset, cells };
  const school = schoolCells.get(cells[schoolOffset]);
  if (school.blank && previous?.schoolText !== undefined && previous.schoolText !== "") {
    return previous.login
      ? {
          sheetRow,
          offset,
          cells,
          schoolText: previous.schoolText,
          login: previous.login,
          schoolFromAbove: true,
        }
      : { sheetRow, offset, cells, schoolText: previous.schoolText, schoolFromAbove: true };
  }
  return school.login
    ? { sheetRow, offset, cells, schoolText: school.name, login: school.login }
    : { sheetRow, offset, cells, schoolText: school.name };
}

function headerTexts(grid: SheetValues["values"], header: HeaderBlock): string[][] {
  return grid
    .slice(header.top, header.top + header.height)
    .map((row) => (row ?? []).map((v) => foldText(cellText(v))));
}

function rowText(row: readonly CellValue[] | undefined): string {
  return (row ?? [])
    .map(cellText)
    .filter((t, i, all) => t !== "" && t !== all[i - 1])
    .join(" ");
}

function firstText(cells: readonly CellValue[]): string {
  return cells.map(cellText).find((t) => t !== "") ?? "";
}
