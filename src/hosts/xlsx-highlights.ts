import type ExcelJS from "exceljs";
import { rangeStart } from "../core/cells/a1";
import type { CellLook, CellRef, LookAdapter, LookChange } from "./highlights";

type Fill = ExcelJS.Fill;

/**
 * Fills and notes of a `.xlsx` workbook through exceljs, for highlights: a fill is the cell's exceljs `Fill`
 * object and a note its `cell.note` (text, or rich text with its formatting), both kept as JSON so that
 * removing the highlights puts back exactly what the cell had. A cell's value, formula, number format,
 * font and borders are never touched; style objects, which exceljs shares between cells of one style, are
 * copied before a fill changes.
 *
 * @example await applyHighlightsWith(new XlsxLooks(workbook), store, marks)
 */
export class XlsxLooks implements LookAdapter {
  constructor(private readonly workbook: ExcelJS.Workbook) {}

  read(cells: readonly CellRef[]): Promise<(CellLook | undefined)[]> {
    return Promise.resolve(
      cells.map((ref) => {
        const sheet = this.workbook.getWorksheet(ref.sheet);
        const at = rangeStart(ref.cell);
        if (!sheet || !at) return undefined;
        // findCell does not create the cell, so reading leaves the workbook as it was.
        const cell = sheet.findCell(at.row + 1, at.column + 1);
        return { fill: json(cell?.style?.fill), note: json(cell?.note) };
      }),
    );
  }

  write(changes: readonly LookChange[]): Promise<void> {
    for (const change of changes) {
      const sheet = this.workbook.getWorksheet(change.sheet);
      if (!sheet) continue;
      const cell = sheet.getCell(change.cell);
      if ("fill" in change) {
        const { fill: _old, ...rest } = cell.style ?? {};
        cell.style = change.fill ? { ...rest, fill: change.fill as Fill } : rest;
      }
      if ("note" in change) {
        if (change.note === null || change.note === undefined)
          // exceljs has no public way to delete a note: `cell.note = undefined` would write an empty one.
          (cell as unknown as { _comment?: unknown })._comment = undefined;
        else cell.note = change.note as ExcelJS.Comment | string;
      }
    }
    return Promise.resolve();
  }

  toFill(color: string): unknown {
    return { type: "pattern", pattern: "solid", fgColor: { argb: `FF${color.slice(1).toUpperCase()}` } };
  }

  toNote(text: string): unknown {
    return text;
  }

  fillColor(fill: unknown): string | null {
    const f = fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | null;
    const argb = f?.type === "pattern" && f.pattern === "solid" ? f.fgColor?.argb : undefined;
    return typeof argb === "string" && argb.length === 8 ? `#${argb.slice(2).toUpperCase()}` : null;
  }

  noteText(note: unknown): string | null {
    if (typeof note === "string") return note;
    const texts = (note as { texts?: { text?: unknown }[] } | null)?.texts;
    return Array.isArray(texts)
      ? texts.map((t) => (typeof t.text === "string" ? t.text : "")).join("")
      : null;
  }
}

/** A JSON copy of an exceljs value, null when absent. */
function json(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(JSON.stringify(value));
}
