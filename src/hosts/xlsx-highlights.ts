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
        const rest = { ...cell.style };
        delete rest.fill;
        cell.style = change.fill ? { ...rest, fill: change.fill as Fill } : rest;
        forgetStyleId(cell);
      }
      if ("note" in change) {
        if (change.note === null || change.note === undefined) dropNote(cell);
        else cell.note = change.note;
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

/**
 * Deletes a cell's note. exceljs has no public way (`cell.note = undefined` writes an empty note); it keeps
 * the note in `_comment`, and a copy in the value's model once the cell has been read from a file or saved,
 * which it would write again — so both go, as exceljs's own `Row.splice` does for `_comment`.
 */
function dropNote(cell: ExcelJS.Cell): void {
  (cell as unknown as { _comment?: unknown })._comment = undefined;
  const model = valueModel(cell);
  if (model) delete model.comment;
}

/**
 * Forgets the style id exceljs left on the value's model at the last save: it writes a new id only when it
 * is not 0, so a cell going back to the default style would otherwise be saved with its previous style.
 */
function forgetStyleId(cell: ExcelJS.Cell): void {
  const model = valueModel(cell);
  if (model) delete model.styleId;
}

/** The model object exceljs keeps on a cell's value and reuses from save to save. */
function valueModel(cell: ExcelJS.Cell): { comment?: unknown; styleId?: unknown } | undefined {
  return (cell as unknown as { _value?: { model?: { comment?: unknown; styleId?: unknown } } })._value?.model;
}

/** A JSON copy of an exceljs value, null when absent. */
function json(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(JSON.stringify(value));
}
