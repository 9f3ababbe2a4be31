/**
 * Everything of a sheet plan besides its cells, as Office.js operations ("decorations"): fonts and fills,
 * merges, column widths, frozen rows, notes, hyperlinks, drop-down lists, conditional formats, a filter,
 * print setup.
 * They are queued after the cells and sent in as few syncs as the payload budget allows (one for any
 * ordinary sheet). Features a version of Excel lacks are left out and reported as issues, not failures.
 */
import { a1Range, columnLetters, quoteSheetName } from "../core/cells/a1";
import { issue, type Issue } from "../core/issue-codes";
import type { CellStyle, PlanRange, SheetPlan } from "../core/plans/sheet-plan";
import { SYNC_PAYLOAD_BUDGET_BYTES } from "./excel-chunks";
import { chartAndRowDecorations } from "./excel-plan-charts";
import { utf8Bytes, type PlanGrid } from "./excel-write-chunks";

/** Notes (plain cell notes): `worksheet.notes`. */
export const NOTES_API_VERSION = "1.18";
/** Comments, the fallback for notes: `workbook.comments`. */
export const COMMENTS_API_VERSION = "1.10";
/** Drop-down lists: `range.dataValidation`. */
export const VALIDATION_API_VERSION = "1.8";
/** Print setup: `worksheet.pageLayout`. */
export const PRINT_API_VERSION = "1.9";
/** Filters: `worksheet.autoFilter`. */
export const FILTER_API_VERSION = "1.9";

/** The assumed request size of one operation besides its text: object path, property name, JSON framing. */
export const OPERATION_BYTES = 300;

/** One queued change to the sheet being built, with its share of the request. */
export interface Decoration {
  bytes: number;
  apply: (sheet: Excel.Worksheet, workbook: Excel.Workbook) => void;
}

/** The decorations of a plan and the features left out, as issues still without the sheet's name. */
export interface DecorationPlan {
  steps: Decoration[];
  skipped: Issue[];
}

/**
 * Excel's column width in points for a width in characters of the default font (Calibri 11: 7 px a
 * character plus 5 px of padding, 0.75 pt a pixel).
 * @example columnWidthPoints(8.43) // 48
 */
export function columnWidthPoints(characters: number): number {
  return (Math.round(characters * 7) + 5) * 0.75;
}

/**
 * The parts of a range outside the block of written cells (`rows` × `columns` from A1): below it, and to its
 * right within its rows.
 * @example outsideGrid({ row: 0, column: 0, rowCount: 5, columnCount: 1 }, 3, 1) // [{ row: 3, column: 0, rowCount: 2, columnCount: 1 }]
 */
export function outsideGrid(range: PlanRange, rows: number, columns: number): Required<PlanRange>[] {
  const { row, column } = range;
  const rowCount = range.rowCount ?? 1;
  const columnCount = range.columnCount ?? 1;
  const pieces: Required<PlanRange>[] = [];
  const below = Math.max(row, rows);
  if (row + rowCount > below)
    pieces.push({ row: below, column, rowCount: row + rowCount - below, columnCount });
  const right = Math.max(column, columns);
  const top = Math.min(row + rowCount, rows);
  if (top > row && column + columnCount > right)
    pieces.push({ row, column: right, rowCount: top - row, columnCount: column + columnCount - right });
  return pieces;
}

const address = (r: PlanRange): string => a1Range(r.row, r.column, r.rowCount ?? 1, r.columnCount ?? 1);
const textBytes = (...texts: string[]): number =>
  OPERATION_BYTES + texts.reduce((s, t) => s + utf8Bytes(t), 0);

function styleSteps(style: CellStyle, range: PlanRange, grid: PlanGrid): Decoration[] {
  const at = address(range);
  const steps: Decoration[] = [];
  const { bold, fontColor, fill, wrap, numberFormat } = style;
  if (bold !== undefined || fontColor || fill || wrap !== undefined) {
    steps.push({
      bytes: textBytes(at) * 2,
      apply: (sheet) => {
        const format = sheet.getRange(at).format;
        if (bold !== undefined) format.font.bold = bold;
        if (fontColor) format.font.color = fontColor;
        if (fill) format.fill.color = fill;
        if (wrap !== undefined) format.wrapText = wrap;
      },
    });
  }
  // Inside the written cells the number format travels with the values (excel-write-chunks.ts).
  if (numberFormat !== undefined) {
    for (const piece of outsideGrid(range, grid.rowCount, grid.columnCount)) {
      const formats = Array.from({ length: piece.rowCount }, () =>
        new Array<string>(piece.columnCount).fill(numberFormat),
      );
      steps.push({
        bytes: OPERATION_BYTES + piece.rowCount * piece.columnCount * (utf8Bytes(numberFormat) + 3),
        apply: (sheet) => (sheet.getRange(address(piece)).numberFormat = formats),
      });
    }
  }
  return steps;
}

/** How this Excel can put a note on a cell: a note (1.18), a comment instead (1.10), or not at all. */
export type NoteMode = "notes" | "comments" | "none";

/**
 * The way notes are written in this Excel, for generated sheets and highlights alike: notes where
 * `worksheet.notes` exists, else comments, else none (the feature is then reported as skipped).
 * @example noteMode((v) => v <= "1.12") // "comments"
 */
export function noteMode(supports: (version: string) => boolean): NoteMode {
  if (supports(NOTES_API_VERSION)) return "notes";
  return supports(COMMENTS_API_VERSION) ? "comments" : "none";
}

function noteSteps(plan: SheetPlan, supports: (version: string) => boolean): DecorationPlan {
  const notes = plan.notes ?? [];
  if (notes.length === 0) return { steps: [], skipped: [] };
  const mode = noteMode(supports);
  const asNotes = mode === "notes";
  if (mode === "none") {
    const set = `ExcelApi ${COMMENTS_API_VERSION}`;
    return { steps: [], skipped: [issue("host-feature-skipped", { feature: "пояснения к ячейкам", set })] };
  }
  const steps = notes.map(({ row, column, text }): Decoration => ({
    bytes: textBytes(text),
    apply: (sheet, workbook) => {
      const cell = sheet.getRangeByIndexes(row, column, 1, 1);
      if (asNotes) sheet.notes.add(cell, text);
      else workbook.comments.add(cell, text);
    },
  }));
  const skipped = asNotes ? [] : [issue("host-notes-as-comments", { set: `ExcelApi ${NOTES_API_VERSION}` })];
  return { steps, skipped };
}

function printSteps(plan: SheetPlan): Decoration[] {
  const print = plan.print;
  if (!print) return [];
  return [
    {
      bytes: OPERATION_BYTES * 4,
      apply: (sheet) => {
        const layout = sheet.pageLayout;
        layout.paperSize = "A4";
        layout.orientation = print.landscape ? "Landscape" : "Portrait";
        // One page wide, as many pages tall as needed (0: automatic).
        if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        const from = (print.repeatFrom ?? 0) + 1;
        if (print.repeatRows) layout.setPrintTitleRows(`$${from}:$${from + print.repeatRows - 1}`);
      },
    },
  ];
}

/**
 * The decorations of a plan, in the order Excel needs them (merges after fonts, links after the cell texts),
 * leaving out what `supports(version)` says this Excel lacks.
 * @example planDecorations(plan, new PlanGrid(plan), (v) => v <= "1.9").skipped // notes → [host-notes-as-comments]
 */
export function planDecorations(
  plan: SheetPlan,
  grid: PlanGrid,
  supports: (version: string) => boolean,
): DecorationPlan {
  const steps: Decoration[] = [];
  const skipped: Issue[] = [];
  const skip = (feature: string, version: string) =>
    skipped.push(issue("host-feature-skipped", { feature, set: `ExcelApi ${version}` }));

  for (const { range, style } of plan.styles ?? []) steps.push(...styleSteps(style, range, grid));
  for (const merge of plan.merges ?? []) {
    const at = address(merge);
    steps.push({ bytes: textBytes(at), apply: (sheet) => sheet.getRange(at).merge(false) });
  }
  for (const { column, width } of plan.columnWidths ?? []) {
    const letters = columnLetters(column);
    const points = columnWidthPoints(width);
    steps.push({
      bytes: OPERATION_BYTES,
      apply: (sheet) => (sheet.getRange(`${letters}:${letters}`).format.columnWidth = points),
    });
  }
  const frozen = plan.frozenRows ?? 0;
  if (frozen > 0)
    steps.push({ bytes: OPERATION_BYTES, apply: (sheet) => sheet.freezePanes.freezeRows(frozen) });
  const notes = noteSteps(plan, supports);
  steps.push(...notes.steps);
  skipped.push(...notes.skipped);
  for (const link of plan.links ?? []) {
    const cell = plan.rows[link.row]?.[link.column];
    const shown = cell?.kind === "text" ? cell.text : `${link.sheet}!${link.cell}`;
    const documentReference = `${quoteSheetName(link.sheet)}!${link.cell}`;
    steps.push({
      bytes: textBytes(shown, documentReference),
      apply: (sheet) =>
        (sheet.getRangeByIndexes(link.row, link.column, 1, 1).hyperlink = {
          documentReference,
          textToDisplay: shown,
        }),
    });
  }
  const validations = plan.validations ?? [];
  if (validations.length > 0 && !supports(VALIDATION_API_VERSION))
    skip("выпадающие списки", VALIDATION_API_VERSION);
  else {
    for (const { range, list } of validations) {
      const source = list.join(",");
      steps.push({
        bytes: textBytes(source),
        apply: (sheet) =>
          (sheet.getRange(address(range)).dataValidation.rule = { list: { inCellDropDown: true, source } }),
      });
    }
  }
  for (const { range, formula, style } of plan.conditionalFormats ?? []) {
    steps.push({
      bytes: textBytes(formula) * 2,
      apply: (sheet) => {
        const custom = sheet.getRange(address(range)).conditionalFormats.add("Custom").custom;
        custom.rule.formula = formula.startsWith("=") ? formula : `=${formula}`;
        if (style.bold !== undefined) custom.format.font.bold = style.bold;
        if (style.fontColor) custom.format.font.color = style.fontColor;
        if (style.fill) custom.format.fill.color = style.fill;
      },
    });
  }
  const filter = plan.autoFilter;
  if (filter && !supports(FILTER_API_VERSION)) skip("фильтр", FILTER_API_VERSION);
  else if (filter) {
    const at = address(filter);
    steps.push({ bytes: textBytes(at), apply: (sheet) => sheet.autoFilter.apply(sheet.getRange(at)) });
  }
  steps.push(...chartAndRowDecorations(plan, supports, skip));
  if (plan.print && !supports(PRINT_API_VERSION)) skip("параметры печати", PRINT_API_VERSION);
  else steps.push(...printSteps(plan));
  return { steps, skipped };
}

/**
 * Decorations (or any steps with a request size) grouped into syncs that each stay within the payload
 * budget; always at least one group (the sync that finishes the build, even with nothing to add).
 * @example decorationBatches([]) // [[]]
 */
export function decorationBatches<T extends { bytes: number } = Decoration>(steps: readonly T[]): T[][] {
  const groups: T[][] = [[]];
  let bytes = 0;
  for (const step of steps) {
    const last = groups[groups.length - 1];
    if (last.length > 0 && bytes + step.bytes > SYNC_PAYLOAD_BUDGET_BYTES) {
      groups.push([step]);
      bytes = step.bytes;
    } else {
      last.push(step);
      bytes += step.bytes;
    }
  }
  return groups;
}
