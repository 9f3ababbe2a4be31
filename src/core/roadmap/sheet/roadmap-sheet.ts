import { text, type SheetPlan } from "../../plans/sheet-plan";
import type { RoadmapPlan } from "../plan";
import { writeApprovalBlock } from "./approval-block";
import { writeProgressSummary } from "./progress-summary";
import type { RoadmapLayout } from "./roadmap-layout";
import { tableColumns, tableWidths, writeTableBody, writeTableHeader } from "./roadmap-table";
import { russianDate, SheetDraft } from "./sheet-draft";

/** The generator recorded in the mark of a roadmap sheet; one per template, so plans of two templates coexist. */
export const ROADMAP_GENERATOR_PREFIX = "roadmap:";

/** How a roadmap sheet is made, recorded in its foot block and mark. */
export interface RoadmapSheetOptions {
  /** The add-in version. */
  version: string;
  /** ISO 8601 time of generation. */
  createdAt: string;
  /** Where the template came from, in Russian: «встроенный шаблон; Распоряжение … № 1307-р» or «лист «Шаблон …»». */
  source: string;
  /** The sheet name wanted; default «Дорожная карта {year}». */
  sheetName?: string;
  /** The schools the plan was made for (names), listed in the foot block. */
  schools?: readonly string[];
  /** Where the school list came from, e.g. «лист «Список ОО», столбец «ШНОР (перечень 2023 г.)»». */
  schoolSource?: string;
  /** Further lines of the record: the cluster model, the data behind mentor pairs … */
  details?: readonly string[];
}

/** A roadmap sheet: the plan to write and where its parts are. */
export interface RoadmapSheet {
  plan: SheetPlan;
  layout: RoadmapLayout;
}

/**
 * The «Дорожная карта {year}» sheet of a plan: the approval block (Утверждено / Согласовано, positions, blank
 * signature and date lines), the title lines (year, district), the activity table — the template's columns,
 * then «Срок исполнения» (a real date), «Статус» (drop-down: не начато / в работе / выполнено / перенесено)
 * and «Примечание»; sections as banded rows with their tasks and indicators; № п/п written as text so «1.10»
 * stays «1.10» — an overdue highlight (native conditional format against TODAY()), the progress summary by
 * section and overall (native formulas), and a foot block saying how the sheet was made. Prints on A4
 * landscape, one page wide, the table header repeated on every page.
 * @example roadmapSheetPlan(planFromTemplate(kirovDistrictPlan, { year: 2024, district: "Кировский район", schools: [] }),
 *   { version: "1.0.0", createdAt: "2024-01-15T09:00:00Z", source: "встроенный шаблон" }).plan.name // "Дорожная карта 2024"
 */
export function roadmapSheetPlan(plan: RoadmapPlan, options: RoadmapSheetOptions): RoadmapSheet {
  const draft = new SheetDraft();
  const width = plan.columns.length + 3;
  let row = writeApprovalBlock(draft, plan.approval, plan.year, width, 0);
  const headingRow = row;
  for (const line of plan.heading) {
    draft.set(row, 0, text(line));
    draft.merge({ row, column: 0, columnCount: width });
    row++;
  }
  if (row > headingRow)
    draft.style(
      { row: headingRow, column: 0, rowCount: row - headingRow, columnCount: width },
      { bold: true, wrap: true },
    );
  row++;
  const header = writeTableHeader(draft, plan.columns, row);
  const body = writeTableBody(draft, plan, header.first + header.count);
  const columns = tableColumns(plan.columns);
  const summary = writeProgressSummary(draft, { columns, sections: body.sections }, body.body.last + 2);
  writeFoot(draft, plan, options, summary.totalRow + 2, width);
  const sheet = draft.toPlan(
    options.sheetName ?? `Дорожная карта ${plan.year}`,
    width,
    {
      generator: `${ROADMAP_GENERATOR_PREFIX}${plan.templateId}`,
      version: options.version,
      createdAt: options.createdAt,
    },
    {
      columnWidths: tableWidths(plan.columns).map((w, column) => ({ column, width: w })),
      print: { landscape: true, fitToWidth: true, repeatRows: header.count, repeatFrom: header.first },
    },
  );
  return { plan: sheet, layout: { width, columns, header, ...body, summary } };
}

function writeFoot(
  draft: SheetDraft,
  plan: RoadmapPlan,
  options: RoadmapSheetOptions,
  firstRow: number,
  width: number,
): void {
  const lines = [
    "Как сформирован лист",
    `Надстройка «ШНОР», версия ${options.version}; дата формирования: ${russianDate(options.createdAt)}.`,
    `Шаблон: «${plan.templateTitle}» (идентификатор ${plan.templateId}); источник: ${options.source}.`,
    `Год плана: ${plan.year}; район: ${plan.district || "не указан"}.`,
  ];
  if (options.schools) {
    const from = options.schoolSource ? ` (${options.schoolSource})` : "";
    lines.push(`Школы${from}: ${options.schools.length ? options.schools.join("; ") : "нет"}.`);
  }
  for (const d of options.details ?? []) lines.push(d.endsWith(".") ? d : `${d}.`);
  lines.push(
    "Статус мероприятия выбирается из списка; строка выделяется, когда срок исполнения прошёл, а статус не «выполнено».",
  );
  lines.forEach((line, i) => {
    draft.set(firstRow + i, 0, text(line));
    draft.merge({ row: firstRow + i, column: 0, columnCount: width });
  });
  draft.style({ row: firstRow, column: 0, columnCount: width }, { bold: true });
  draft.style(
    { row: firstRow + 1, column: 0, rowCount: lines.length - 1, columnCount: width },
    { wrap: true, fontColor: "#595959" },
  );
}
