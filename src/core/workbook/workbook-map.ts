import { a1, columnLetters } from "../cells/a1";
import type { CellValue, SheetValues } from "../cells/cell-value";
import type { Issue } from "../issue-codes";
import { buildRegistry, resolveSchool, type SchoolRegistry } from "../schools/school-registry";
import type { ColumnRole } from "../tables/column-role";
import { readTable } from "../tables/read-table";
import type { Table } from "../tables/table";
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

/** A school name of a sheet resolved to a registry entry. */
export interface MatchedSchool {
  text: string;
  /** Zero-based sheet row. */
  row: number;
  /** A1 address of the name's cell. */
  cell: string;
  key: string;
  /** The registry's name of the school. */
  name: string;
}

/** A school name of a sheet that the registry does not resolve, with the reason. */
export interface UnmatchedSchool {
  text: string;
  row: number;
  cell: string;
  issue: Issue;
}

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
  /** School names of the data rows (a name carried down a merged cell is counted once). */
  schools: { matched: MatchedSchool[]; unmatched: UnmatchedSchool[] };
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
  const registryDrafts = drafts.filter((d) => d.kind === "registry" && d.table);
  const source = registryDrafts.length > 0 ? registryDrafts : drafts;
  const names: CellValue[] = source.flatMap((d) => ownNames(d.table).map((r) => r.text));
  const registry = buildRegistry(names);
  return {
    sheets: drafts.map((d) => ({ ...d, schools: resolveNames(d.table, registry) })),
    registry,
    registrySheets: registryDrafts.map((d) => d.name),
  };
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
  const rowYears =
    table && yearColumn ? table.rows.map((r) => yearFromCell(r.cells[yearColumn.offset])) : undefined;
  const distinct = [...new Set((rowYears ?? []).filter((y): y is number => y !== undefined))].sort(
    (a, b) => a - b,
  );
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

/** The school names written in a table's rows (not those carried down a merged cell). */
function ownNames(table: Table | undefined): { text: string; row: number; cell: string }[] {
  if (!table) return [];
  const school = table.columns.find((c) => c.role === "school");
  if (!school) return [];
  return table.rows
    .filter((r) => !r.schoolFromAbove && r.schoolText !== undefined && r.schoolText !== "")
    .map((r) => ({ text: r.schoolText ?? "", row: r.sheetRow, cell: a1(r.sheetRow, school.index) }));
}

function resolveNames(table: Table | undefined, registry: SchoolRegistry): SheetMap["schools"] {
  const matched: MatchedSchool[] = [];
  const unmatched: UnmatchedSchool[] = [];
  for (const name of ownNames(table)) {
    const resolved = resolveSchool(name.text, registry);
    if (resolved.ok) matched.push({ ...name, key: resolved.value.key, name: resolved.value.name });
    else unmatched.push({ ...name, issue: resolved.issue });
  }
  return { matched, unmatched };
}

/** Title texts of a sheet without a table: its first rows' texts. */
function titleOf(sheet: SheetValues): string[] {
  return sheet.values
    .slice(0, 10)
    .map((row) => (row ?? []).filter((v) => typeof v === "string" && v.trim() !== "").join(" "))
    .filter((t) => t !== "");
}
