import {
  EMPTY,
  type CellStyle,
  type GeneratedMark,
  type PlanCell,
  type PlanRange,
  type SheetPlan,
} from "../../plans/sheet-plan";

/**
 * A sheet plan under construction: cells set anywhere (the grid grows), merges and styles collected, then
 * frozen into a `SheetPlan`. Used by the roadmap and template sheet builders so they read top to bottom.
 * @example
 * const draft = new SheetDraft();
 * draft.set(1, 2, text("Итого"));
 * draft.toPlan("Лист", 3, mark).rows[1] // [EMPTY, EMPTY, { kind: "text", text: "Итого" }]
 */
export class SheetDraft {
  private readonly cells: PlanCell[][] = [];
  readonly styles: { range: PlanRange; style: CellStyle }[] = [];
  readonly merges: PlanRange[] = [];
  readonly notes: { row: number; column: number; text: string }[] = [];
  readonly validations: { range: PlanRange; list: string[] }[] = [];
  readonly conditionalFormats: { range: PlanRange; formula: string; style: CellStyle }[] = [];

  /** The next free row (one past the last row that holds anything). */
  get rowCount(): number {
    return this.cells.length;
  }

  /** Sets a cell (zero-based row and column). */
  set(row: number, column: number, cell: PlanCell): void {
    while (this.cells.length <= row) this.cells.push([]);
    const line = this.cells[row];
    while (line.length <= column) line.push(EMPTY);
    line[column] = cell;
  }

  /** Reserves an empty row at the end and returns its index. */
  blankRow(): number {
    const row = this.cells.length;
    this.cells.push([]);
    return row;
  }

  /** Styles a block. */
  style(range: PlanRange, style: CellStyle): void {
    this.styles.push({ range, style });
  }

  /** Merges a block (ignored when it is a single cell). */
  merge(range: PlanRange): void {
    if ((range.rowCount ?? 1) > 1 || (range.columnCount ?? 1) > 1) this.merges.push(range);
  }

  /**
   * The finished plan, every row padded to `width` so that styles and merges fall on existing cells.
   * @example new SheetDraft().toPlan("Лист", 2, mark).rows // []
   */
  toPlan(name: string, width: number, mark: GeneratedMark, extra: Partial<SheetPlan> = {}): SheetPlan {
    const rows = this.cells.map((line) => [
      ...line,
      ...Array<PlanCell>(Math.max(0, width - line.length)).fill(EMPTY),
    ]);
    return {
      name,
      rows,
      styles: this.styles,
      merges: this.merges,
      notes: this.notes,
      validations: this.validations,
      conditionalFormats: this.conditionalFormats,
      ...extra,
      mark,
    };
  }
}

/**
 * The Excel serial number of an ISO date (days since 30.12.1899, the 1900 date system), for a real date cell.
 * @example excelDateSerial("2024-09-30") // 45565
 */
export function excelDateSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}

/**
 * An ISO date or time as Russian text DD.MM.YYYY.
 * @example russianDate("2024-09-01T10:00:00Z") // "01.09.2024"
 */
export function russianDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}.${m}.${y}`;
}
