import type { CellValue } from "../core/cells/cell-value";
import type { SampleSheet, SampleSheetKind, SchoolCellTruth, SheetTruth } from "./types";

/**
 * The A1 letters of a zero-based column.
 * @example columnLetters(0) // "A"
 * @example columnLetters(27) // "AB"
 */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The A1 address of a zero-based cell.
 * @example a1(0, 0) // "A1"
 * @example a1(4, 2) // "C5"
 */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/**
 * Builds one sheet of the sample row by row, together with its ground truth (which cells name which
 * school, which rows are aggregates).
 * @example
 * const b = new SheetBuilder("ОГЭ 2023", "oge", 2023, [2023]);
 * b.title("Результаты ОГЭ", 6); b.build().sheet.merges // ["A1:F1"]
 */
export class SheetBuilder {
  private readonly rows: CellValue[][] = [];
  private readonly merges: string[] = [];
  private readonly bold: number[] = [];
  private readonly formats: SampleSheet["numberFormats"] = [];
  private readonly schoolCells: SchoolCellTruth[] = [];
  private readonly aggregates: number[] = [];
  private widths: number[] = [];

  constructor(
    private readonly name: string,
    private readonly kind: SampleSheetKind,
    private readonly year: number | null,
    private readonly years: number[],
  ) {}

  /** The zero-based index the next row will get. */
  get nextRow(): number {
    return this.rows.length;
  }

  /** Adds a row; returns its zero-based index. */
  row(values: CellValue[], options: { bold?: boolean } = {}): number {
    this.rows.push(values);
    if (options.bold) this.bold.push(this.rows.length - 1);
    return this.rows.length - 1;
  }

  /** Adds an empty spacer row. */
  spacer(): number {
    return this.row([]);
  }

  /** Adds a bold title row merged across `width` columns. */
  title(text: string, width: number): number {
    const row = this.row([text], { bold: true });
    this.merge(row, 0, row, width - 1);
    return row;
  }

  /** Merges a rectangle of cells (zero-based, inclusive). */
  merge(row1: number, column1: number, row2: number, column2: number): void {
    this.merges.push(`${a1(row1, column1)}:${a1(row2, column2)}`);
  }

  /** Records that a cell names a school. */
  school(row: number, column: number, key: string): void {
    const text = this.rows[row][column];
    if (typeof text !== "string") throw new Error(`No school name at ${a1(row, column)} of ${this.name}`);
    this.schoolCells.push({ row, column, text, key });
  }

  /** Records that a row is an aggregate (district, region, totals). */
  aggregate(row: number): void {
    this.aggregates.push(row);
  }

  /** Sets a number format on a block of cells (zero-based, inclusive). */
  format(row1: number, column1: number, row2: number, column2: number, format: string): void {
    this.formats.push({ ref: `${a1(row1, column1)}:${a1(row2, column2)}`, format });
  }

  /** Sets the column widths in characters. */
  columnWidths(widths: number[]): void {
    this.widths = widths;
  }

  /** The finished sheet and its truth. */
  build(): { sheet: SampleSheet; truth: SheetTruth } {
    return {
      sheet: {
        name: this.name,
        values: this.rows,
        merges: this.merges,
        columnWidths: this.widths,
        boldRows: this.bold,
        numberFormats: this.formats,
      },
      truth: {
        name: this.name,
        kind: this.kind,
        year: this.year,
        years: this.years,
        schoolCells: this.schoolCells,
        aggregateRows: this.aggregates,
      },
    };
  }
}
