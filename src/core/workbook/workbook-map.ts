import { columnLetters } from "../cells/a1";
import type { SheetValues } from "../cells/cell-value";
import type { Issue } from "../issue-codes";
import { buildRegistry, schoolResolver, type SchoolRegistry } from "../schools/school-registry";
import type { ColumnRole } from "../tables/column-role";
import { BoundedMemo } from "../tables/bounded-memo";
import { readTable } from "../tables/read-table";
import type { Table } from "../tables/table";
import { SheetSchools } from "./sheet-schools";
import { correctionFor, type WorkbookCorrections } from "./corrections";
import { recognizeSheetKind, type KindGuess, type SheetKind } from "./sheet-kind";
import { yearFromCell, yearFromText } from "./year";

/** A recognised column as the map shows it. */
export interface MappedColumn {
  /** Column letters in the sheet ("C"). */
  column: string;
  header: string;
  role: ColumnRole;
  percent: boolean;
  fractions: boolean;
  corrected: boolean;
}

export type { MatchedSchool, SheetSchoolName, UnmatchedSchool } from "./sheet-schools";

/** One sheet in the workbook map. */
export interface SheetMap {
  name: string;
  kind: SheetKind;
  kindSource: KindGuess["source"] | "correction";
  /** The assessment year of the whole sheet, when it has one. */
  year?: number;
  yearSource: "name" | "title" | "rows" | "correction" | "none";
  /** For a long table with a year column: the year of each data row (aligned with `table.rows`). */
  rowYears?: (number | undefined)[];
  /** The distinct years found (the sheet's year, or the years of its rows), ascending. */
  years: number[];
  /** The table, or undefined when no header was found (`tableIssue` says why). */
  table?: Table;
  tableIssue?: Issue;
  /** Recognised columns, left to right. */
  columns: MappedColumn[];
  /** Headers no role was recognised for. */
  unrecognised: string[];
  /**
   * School names of the data rows, one entry per distinct name and its index per row; `matched` and
   * `unmatched` list them row by row (a name carried down a merged cell is counted once).
   */
  schools: SheetSchools;
}

/** What a workbook holds, sheet by sheet, and the registry its school names were resolved against. */
export interface WorkbookMap {
  sheets: SheetMap[];
  registry: SchoolRegistry;
  /** The registry sheets the registry came from; empty when it came from the names on all sheets. */
  registrySheets: string[];
}

/**
 * Maps a workbook: for each sheet its kind, year, table (recognised and unrecognised columns) and the school
 * names of its rows resolved against the district registry — the registry-kind sheets when the workbook has
 * them, else the names on all sheets. The user's corrections (kind, year, column roles) override recognition.
 *
 * @example buildWorkbookMap([{ name: "ВПР 2023", firstRow: 0, firstColumn: 0, values: [["ОО", "2", "3", "4", "5"], …] }])
 * // { sheets: [{ name: "ВПР 2023", kind: "vpr", year: 2023, … }], registry: { entries: […] }, registrySheets: [] }
 */
export function buildWorkbookMap(
  sheets: readonly SheetValues[],
  corrections: WorkbookCorrections = [],
): WorkbookMap {
  const drafts = sheets.map((sheet) => draftSheet(sheet, corrections));
  const named = drafts.map((d) => rowNames(d.table));
  const registryDrafts = drafts.filter((d) => d.kind === "registry" && d.table);
  const source = registryDrafts.length > 0 ? registryDrafts : drafts;
  const registry = buildRegistry(source.flatMap((d) => named[drafts.indexOf(d)].texts));
  const resolve = schoolResolver(registry);
  return {
    sheets: drafts.map((d, i) => {
      const { texts, firstRows, rowName } = named[i];
      const names = texts.map((text, j) => ({ text, row: firstRows[j], resolved: resolve(text) }));
      return { ...d, schools: new SheetSchools(d.table, names, rowName) };
    }),
    registry,
    registrySheets: registryDrafts.map((d) => d.name),
  };
}

/**
 * The distinct school names of a table's data rows, in the order they first appear, and per row the index of
 * its name (−1: none). Only names written in a row open an entry: a name carried down a merged cell was
 * written in a row above.
 */
function rowNames(table: Table | undefined): { texts: string[]; firstRows: number[]; rowName: Int32Array } {
  const rows = table?.rows ?? [];
  const rowName = new Int32Array(rows.length).fill(-1);
  const texts: string[] = [];
  const firstRows: number[] = [];
  if (!table?.columns.some((c) => c.role === "school")) return { texts, firstRows, rowName };
  const index = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const text = rows[i].schoolText;
    if (text === undefined || text === "") continue;
    let at = index.get(text);
    if (at === undefined) {
      at = texts.length;
      texts.push(text);
      firstRows.push(rows[i].sheetRow);
      index.set(text, at);
    }
    rowName[i] = at;
  }
  return { texts, firstRows, rowName };
}

type Draft = Omit<SheetMap, "schools">;

function draftSheet(sheet: SheetValues, corrections: WorkbookCorrections): Draft {
  const correction = correctionFor(corrections, sheet.name);
  const read = readTable(sheet, { columns: correction?.columns ?? [] });
  const table = read.ok ? read.value : undefined;
  const titleLines = table ? table.titleLines : titleOf(sheet);
  const roles = (table?.columns ?? []).flatMap((c) => (c.role ? [c.role] : []));
  const guess = recognizeSheetKind(sheet.name, titleLines, roles);
  const kind = correction?.kind ?? guess.kind;
  const kindSource = correction?.kind ? "correction" : guess.source;
  const years = sheetYears(sheet.name, titleLines, table, correction?.year);
  return {
    name: sheet.name,
    kind,
    kindSource,
    ...years,
    ...(table ? { table } : {}),
    ...(read.ok ? {} : { tableIssue: read.issue }),
    columns: (table?.columns ?? []).flatMap((c) =>
      c.role
        ? [
            {
              column: columnLetters(c.index),
              header: c.header,
              role: c.role,
              percent: c.percent,
              fractions: c.fractions,
              corrected: c.corrected ?? false,
            },
          ]
        : [],
    ),
    unrecognised: (table?.columns ?? []).filter((c) => !c.role).map((c) => c.header),
  };
}

function sheetYears(
  name: string,
  titleLines: readonly string[],
  table: Table | undefined,
  corrected: number | null | undefined,
): Pick<SheetMap, "year" | "yearSource" | "rowYears" | "years"> {
  const yearColumn = table?.columns.find((c) => c.role === "year");
  const rowYears = table && yearColumn ? yearsOfRows(table, yearColumn.offset) : undefined;
  const distinct = [...new Set(rowYears)].filter((y): y is number => y !== undefined).sort((a, b) => a - b);
  const withRows = rowYears ? { rowYears } : {};
  if (corrected !== undefined) {
    return corrected === null
      ? { yearSource: "correction", years: distinct, ...withRows }
      : { year: corrected, yearSource: "correction", years: [corrected], ...withRows };
  }
  if (rowYears && distinct.length > 0) {
    return distinct.length === 1
      ? { year: distinct[0], yearSource: "rows", years: distinct, rowYears }
      : { yearSource: "rows", years: distinct, rowYears };
  }
  const byName = yearFromText(name);
  if (byName !== undefined) return { year: byName, yearSource: "name", years: [byName], ...withRows };
  for (const line of titleLines) {
    const byTitle = yearFromText(line);
    if (byTitle !== undefined) return { year: byTitle, yearSource: "title", years: [byTitle], ...withRows };
  }
  return { yearSource: "none", years: [], ...withRows };
}

/** The year of each data row, each distinct text of the year column read once. */
function yearsOfRows(table: Table, offset: number): (number | undefined)[] {
  const texts = new BoundedMemo(yearFromCell);
  const years = new Array<number | undefined>(table.rows.length);
  for (let i = 0; i < years.length; i++) {
    const cell = table.rows[i].cells[offset];
    years[i] = typeof cell === "string" ? texts.get(cell) : yearFromCell(cell);
  }
  return years;
}

/** Title texts of a sheet without a table: its first rows' texts. */
function titleOf(sheet: SheetValues): string[] {
  return sheet.values
    .slice(0, 10)
    .map((row) => (row ?? []).filter((v) => typeof v === "string" && v.trim() !== "").join(" "))
    .filter((t) => t !== "");
}
