import type ExcelJS from "exceljs";
import type { CellStyle, PlanCell, PlanRange, SheetPlan } from "../core/plans/sheet-plan";
import { a1 as cellAddress, quoteSheetName } from "../core/cells/a1";
import type { SheetBuilder } from "./plan-writer";
import { SETTINGS_SHEET_NAME } from "./settings-sheet";
import { rememberCharts } from "./xlsx-charts";

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

const rangeAddress = (r: PlanRange): string =>
  `${cellAddress(r.row, r.column)}:${cellAddress(r.row + (r.rowCount ?? 1) - 1, r.column + (r.columnCount ?? 1) - 1)}`;

/** The exceljs value of a plan cell: text stays a string (even "=…"), formulas drop their "=". */
function xlsxValue(cell: PlanCell): ExcelJS.CellValue {
  switch (cell.kind) {
    case "text":
      return cell.text;
    case "formula":
      return { formula: cell.formula.slice(1) };
    case "number":
    case "boolean":
      return cell.value;
    case "empty":
      return null;
  }
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.numberFormat !== undefined) cell.numFmt = style.numberFormat;
  if (style.bold !== undefined || style.fontColor !== undefined) {
    cell.font = {
      ...cell.font,
      ...(style.bold !== undefined ? { bold: style.bold } : {}),
      ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
    };
  }
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.wrap) cell.alignment = { ...cell.alignment, wrapText: true };
}

function eachCell(sheet: ExcelJS.Worksheet, r: PlanRange, action: (cell: ExcelJS.Cell) => void): void {
  for (let row = r.row; row < r.row + (r.rowCount ?? 1); row++) {
    for (let column = r.column; column < r.column + (r.columnCount ?? 1); column++)
      action(sheet.getCell(row + 1, column + 1));
  }
}

/**
 * Writes every part of a plan into an exceljs worksheet.
 * @example writePlanToWorksheet(workbook.addWorksheet("Мониторинг"), plan)
 */
export function writePlanToWorksheet(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  plan.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell.kind !== "empty") sheet.getCell(r + 1, c + 1).value = xlsxValue(cell);
    }),
  );
  for (const { range, style } of plan.styles ?? []) eachCell(sheet, range, (cell) => applyStyle(cell, style));
  for (const merge of plan.merges ?? []) sheet.mergeCells(rangeAddress(merge));
  for (const { column, width } of plan.columnWidths ?? []) sheet.getColumn(column + 1).width = width;
  if (plan.frozenRows) sheet.views = [{ state: "frozen", ySplit: plan.frozenRows, xSplit: 0 }];
  for (const note of plan.notes ?? []) sheet.getCell(note.row + 1, note.column + 1).note = note.text;
  for (const link of plan.links ?? []) {
    const cell = sheet.getCell(link.row + 1, link.column + 1);
    const shown = typeof cell.value === "string" ? cell.value : `${link.sheet}!${link.cell}`;
    cell.value = { text: shown, hyperlink: `#${quoteSheetName(link.sheet)}!${link.cell}` };
  }
  for (const { range, list } of plan.validations ?? []) {
    const formulae = [`"${list.map((item) => item.replace(/"/g, '""')).join(",")}"`];
    eachCell(sheet, range, (cell) => (cell.dataValidation = { type: "list", allowBlank: true, formulae }));
  }
  for (const { range, formula, style } of plan.conditionalFormats ?? []) {
    sheet.addConditionalFormatting({
      ref: rangeAddress(range),
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [formula.replace(/^=/, "")],
          style: {
            ...(style.bold !== undefined || style.fontColor
              ? {
                  font: {
                    bold: style.bold,
                    ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
                  },
                }
              : {}),
            ...(style.fill
              ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(style.fill) } } }
              : {}),
          },
        },
      ],
    });
  }
  if (plan.autoFilter) sheet.autoFilter = rangeAddress(plan.autoFilter);
  rememberCharts(sheet, plan.charts ?? []);
  for (const { row, height } of plan.rowHeights ?? []) sheet.getRow(row + 1).height = height;
  if (plan.print) {
    sheet.pageSetup = {
      ...sheet.pageSetup,
      paperSize: 9, // A4
      orientation: plan.print.landscape ? "landscape" : "portrait",
      ...(plan.print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
      ...(plan.print.repeatRows
        ? {
            printTitlesRow: `${(plan.print.repeatFrom ?? 0) + 1}:${(plan.print.repeatFrom ?? 0) + plan.print.repeatRows}`,
          }
        : {}),
    };
  }
}

/**
 * The plan-writing steps for an exceljs workbook (everything happens in memory until the file is saved).
 * @example await writePlanSafely(host, xlsxBuilder(host.workbook), plan)
 */
export function xlsxBuilder(workbook: ExcelJS.Workbook): SheetBuilder {
  const find = (name: string) => workbook.worksheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  return {
    names: () =>
      Promise.resolve(workbook.worksheets.map((s) => s.name).filter((n) => n !== SETTINGS_SHEET_NAME)),
    build: (tempName, plan) =>
      new Promise((resolve) => resolve(writePlanToWorksheet(workbook.addWorksheet(tempName), plan))),
    swap: (tempName, name, replaces) =>
      new Promise((resolve) => {
        const built = find(tempName)!;
        const old = replaces ? find(name) : undefined;
        if (old) {
          // exceljs orders sheets by their (untyped) orderNo: the new sheet takes the old one's place.
          const order = (sheet: ExcelJS.Worksheet) => sheet as unknown as { orderNo: number };
          const place = order(old).orderNo;
          workbook.removeWorksheet(old.id);
          order(built).orderNo = place;
        }
        built.name = name;
        resolve();
      }),
    discard: (tempName) =>
      new Promise((resolve) => {
        const built = find(tempName);
        if (built) workbook.removeWorksheet(built.id);
        resolve();
      }),
  };
}
