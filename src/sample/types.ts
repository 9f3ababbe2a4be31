import type { CellValue } from "../core/cells/cell-value";

/** What a sheet of the sample holds, in the vocabulary of the workbook map. */
export type SampleSheetKind =
  "registry" | "vpr" | "oge" | "ege" | "contingent" | "staffing" | "microdistrict";

/** How a school is organised; decides its names and whether it takes part in the cluster models. */
export type SchoolType =
  "СОШ" | "СОШ углублённая" | "школа" | "ООШ" | "гимназия" | "лицей" | "ЦО" | "школа-интернат";

/** A number format applied to a block of cells when the sheet is written to .xlsx. */
export interface SampleNumberFormat {
  /** An A1 range, e.g. "E6:H600". */
  ref: string;
  /** An Excel number format code, e.g. "0.0%". */
  format: string;
}

/**
 * One sheet of the sample as pure data. A string equal to an English Excel error code ("#N/A", "#DIV/0!")
 * is written to .xlsx as a real error cell; Russian error texts ("#Н/Д") stay text, as in pasted exports.
 */
export interface SampleSheet {
  name: string;
  /** Row-major cell values starting at A1; null is an empty cell. */
  values: CellValue[][];
  /** Merged ranges, e.g. "A1:H1". */
  merges: string[];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /** Zero-based rows shown in bold (titles and headers). */
  boldRows: number[];
  /** Number formats for blocks of real numbers (percents stored as fractions). */
  numberFormats: SampleNumberFormat[];
}

/** A school of the sample district with the latent profile its values are drawn from. */
export interface SampleSchool {
  /** The canonical key `SHNOR.SCHOOLID` gives: "221", "ЦО 162", "интернат 2". */
  key: string;
  number: number;
  type: SchoolType;
  /** The short official name, e.g. "ГБОУ СОШ № 221". */
  shortName: string;
  /** The full official name with the district. */
  fullName: string;
  /** The ФИС ОКО login, e.g. "sch781045". */
  login: string;
  /** On the district's current (2023) ШНОР list (seed 003). */
  shnor: boolean;
  /** Left out of the cluster models "в силу вида и уникальности" (ЦО, школа-интернат). */
  special: boolean;
  /** Has grades 10–11 (takes ЕГЭ). */
  seniorGrades: boolean;
  /** Latent results, standardised, per year (higher = better). */
  result: Record<number, number>;
  /** Latent difficulty of the contingent (higher = more difficult). */
  contingent: number;
  /** Latent staffing (higher = better). */
  staffing: number;
  /** Latent wellbeing of the microdistrict (higher = better). */
  microdistrict: number;
}

/** Where a school's name stands in a sheet and which school it means. */
export interface SchoolCellTruth {
  /** Zero-based row and column in the sheet. */
  row: number;
  column: number;
  /** The text exactly as written. */
  text: string;
  key: string;
}

/** What a sheet is, for tests of the workbook map. */
export interface SheetTruth {
  name: string;
  kind: SampleSheetKind;
  /** The single year of the sheet, or null when it has none or holds several (see `years`). */
  year: number | null;
  /** Every year the sheet's rows cover. */
  years: number[];
  /** Every school name cell. */
  schoolCells: SchoolCellTruth[];
  /** Zero-based rows that are aggregates (district, region, totals), not schools. */
  aggregateRows: number[];
}
