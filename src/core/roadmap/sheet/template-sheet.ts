import { cellText, foldText } from "../../cells/cell-text";
import type { SheetValues } from "../../cells/cell-value";
import { text, type SheetPlan } from "../../plans/sheet-plan";
import { gridToTemplate, type TemplateGridResult } from "../grid-template";
import type { RoadmapTemplate } from "../template";
import { GRID_COLUMNS, ROW_TYPES, templateToGrid } from "../template-grid";
import { SheetDraft } from "./sheet-draft";

/**
 * The generator prefix of template sheets. Each template sheet gets a generator of its own (prefix, id, time):
 * a methodist edits the sheet, so writing a template again never replaces it — it takes a fresh name.
 */
export const TEMPLATE_SHEET_GENERATOR = "roadmap-template";

/** The name prefix of template sheets. Excel forbids «:» in sheet names, so «Шаблон id», not «Шаблон: id». */
export const TEMPLATE_SHEET_PREFIX = "Шаблон ";

/**
 * The name of the template sheet of a template: «Шаблон » and its id (Excel allows 31 characters).
 * @example templateSheetName(kirovDistrictPlan) // "Шаблон district-plan"
 */
export function templateSheetName(template: Pick<RoadmapTemplate, "id">): string {
  return `${TEMPLATE_SHEET_PREFIX}${template.id}`.slice(0, 31);
}

const WIDTHS = [14, 10, 70, 22, 12, 30];
const FIELD_WIDTH = 28;

/**
 * The template sheet a methodist edits in Excel (layout of `templateToGrid`): every cell text (numbers such as
 * «1.10» stay text), the header row bold and repeated when printed, a drop-down of row types in column A,
 * section rows banded, group rows shaded. Reading it back: `readTemplateSheet`.
 * @example templateSheetPlan(kirovDistrictPlan, { version: "1.0.0", createdAt: "2024-01-15T09:00:00Z" }).name
 *   // "Шаблон district-plan"
 */
export function templateSheetPlan(
  template: RoadmapTemplate,
  options: { version: string; createdAt: string; sheetName?: string },
): SheetPlan {
  const grid = templateToGrid(template);
  const width = grid[0].length;
  const draft = new SheetDraft();
  grid.forEach((line, r) => line.forEach((value, c) => draft.set(r, c, text(cellText(value)))));
  draft.style(
    { row: 0, column: 0, rowCount: grid.length, columnCount: width },
    { numberFormat: "@", wrap: true },
  );
  draft.style({ row: 0, column: 0, columnCount: width }, { bold: true, fill: "#D9E1F2" });
  grid.forEach((line, r) => {
    const type = foldText(cellText(line[GRID_COLUMNS.type]));
    if (type === ROW_TYPES.section)
      draft.style({ row: r, column: 0, columnCount: width }, { bold: true, fill: "#B4C6E7" });
    else if (type === ROW_TYPES.group)
      draft.style({ row: r, column: 0, columnCount: width }, { bold: true, fill: "#EDEDED" });
    else if (type === ROW_TYPES.parameter || type === ROW_TYPES.column)
      draft.style({ row: r, column: 0, columnCount: width }, { fontColor: "#595959" });
  });
  draft.validations.push({
    // Room below the template for rows the methodist adds.
    range: { row: 1, column: GRID_COLUMNS.type, rowCount: grid.length + 200 },
    list: Object.values(ROW_TYPES).filter((t) => t !== ROW_TYPES.header),
  });
  draft.notes.push({
    row: 0,
    column: GRID_COLUMNS.type,
    text: "Шаблон дорожной карты. Строки можно добавлять, удалять и править; тип строки выбирается из списка. Номера пишутся текстом (1.10).",
  });
  return draft.toPlan(
    options.sheetName ?? templateSheetName(template),
    width,
    {
      generator: `${TEMPLATE_SHEET_GENERATOR}:${template.id}:${options.createdAt}`,
      version: options.version,
      createdAt: options.createdAt,
    },
    {
      columnWidths: Array.from({ length: width }, (_, column) => ({
        column,
        width: WIDTHS[column] ?? FIELD_WIDTH,
      })),
      frozenRows: 1,
      print: { landscape: true, fitToWidth: true, repeatRows: 1 },
    },
  );
}

/**
 * Whether a sheet holds a roadmap template: its first non-blank row has «Тип строки» in its first cell.
 * @example isTemplateSheet({ name: "Шаблон", firstRow: 0, firstColumn: 0, values: [["Тип строки", "№ п/п"]] }) // true
 */
export function isTemplateSheet(sheet: SheetValues): boolean {
  const first = sheet.values.find((row) => row.some((v) => cellText(v) !== ""));
  return first !== undefined && foldText(cellText(first[0])) === ROW_TYPES.header;
}

/**
 * The names of the template sheets among a workbook's sheets, in workbook order.
 * @example findTemplateSheets(await host.readSheets()) // ["Шаблон district-plan"]
 */
export function findTemplateSheets(sheets: readonly SheetValues[]): string[] {
  return sheets.filter(isTemplateSheet).map((s) => s.name);
}

/**
 * Reads a template sheet back into a template, validated: the findings carry the sheet's own A1 addresses and
 * Russian messages (`gridToTemplate`).
 * @example readTemplateSheet(sheet).findings // [] for an unedited generated sheet
 */
export function readTemplateSheet(sheet: SheetValues): TemplateGridResult {
  return gridToTemplate(sheet.values, { firstRow: sheet.firstRow, firstColumn: sheet.firstColumn });
}
