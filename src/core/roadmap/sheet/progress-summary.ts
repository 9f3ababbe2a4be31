import { columnLetters } from "../../cells/a1";
import { formula, text } from "../../plans/sheet-plan";
import { DONE_STATUS, type RoadmapLayout } from "./roadmap-layout";
import type { SheetDraft } from "./sheet-draft";

const HEADERS = ["№", "Раздел", "Мероприятий", "Выполнено", "Доля выполненных", "Просрочено"] as const;

/**
 * Writes the progress summary below the table: per section the number of activities (COUNTA of the status
 * cells), how many are «выполнено» (COUNTIFS), the share done and how many are overdue (COUNTIFS against
 * TODAY()), then a total row — all native formulas, so the figures follow the statuses typed in Excel.
 * Needs at least six columns. Returns the summary's part of the layout.
 * @example writeProgressSummary(draft, layout, 40).totalRow // 40 + 2 + number of sections
 */
export function writeProgressSummary(
  draft: SheetDraft,
  layout: Pick<RoadmapLayout, "columns" | "sections">,
  firstRow: number,
): RoadmapLayout["summary"] {
  const columns = { total: 2, done: 3, share: 4, overdue: 5 };
  draft.set(firstRow, 0, text("Ход выполнения плана"));
  draft.style({ row: firstRow, column: 0, columnCount: HEADERS.length }, { bold: true });
  draft.merge({ row: firstRow, column: 0, columnCount: HEADERS.length });
  const headerRow = firstRow + 1;
  HEADERS.forEach((h, c) => draft.set(headerRow, c, text(h)));
  draft.style(
    { row: headerRow, column: 0, columnCount: HEADERS.length },
    { bold: true, fill: "#D9E1F2", wrap: true },
  );
  const status = columnLetters(layout.columns.status);
  const due = columnLetters(layout.columns.due);
  const sectionRows: RoadmapLayout["summary"]["sectionRows"] = [];
  const share = (r: number) =>
    formula(
      `IF(${columnLetters(columns.total)}${r}=0,0,${columnLetters(columns.done)}${r}/${columnLetters(columns.total)}${r})`,
    );
  layout.sections.forEach((section, i) => {
    const row = headerRow + 1 + i;
    const [a, b] = [section.first + 1, section.last + 1];
    const statuses = `${status}${a}:${status}${b}`;
    draft.set(row, 0, text(String(i + 1)));
    draft.set(row, 1, text(section.label));
    draft.set(row, columns.total, formula(`COUNTA(${statuses})`));
    draft.set(row, columns.done, formula(`COUNTIFS(${statuses},"${DONE_STATUS}")`));
    draft.set(row, columns.share, share(row + 1));
    draft.set(
      row,
      columns.overdue,
      formula(`COUNTIFS(${due}${a}:${due}${b},"<"&TODAY(),${statuses},"<>${DONE_STATUS}")`),
    );
    sectionRows.push({ section: section.index, row });
  });
  const totalRow = headerRow + 1 + layout.sections.length;
  const sum = (c: number) => {
    const letter = columnLetters(c);
    return layout.sections.length === 0
      ? formula("0")
      : formula(`SUM(${letter}${headerRow + 2}:${letter}${totalRow})`);
  };
  draft.set(totalRow, 1, text("Всего по плану"));
  draft.set(totalRow, columns.total, sum(columns.total));
  draft.set(totalRow, columns.done, sum(columns.done));
  draft.set(totalRow, columns.share, share(totalRow + 1));
  draft.set(totalRow, columns.overdue, sum(columns.overdue));
  draft.style({ row: totalRow, column: 0, columnCount: HEADERS.length }, { bold: true });
  draft.style({ row: headerRow + 1, column: 0, rowCount: totalRow - headerRow }, { numberFormat: "@" });
  draft.style(
    { row: headerRow + 1, column: columns.share, rowCount: totalRow - headerRow },
    { numberFormat: "0%" },
  );
  draft.style({ row: headerRow + 1, column: 1, rowCount: totalRow - headerRow }, { wrap: true });
  return { sectionRows, totalRow, columns };
}
