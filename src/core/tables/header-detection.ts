import type { CellGrid, CellValue } from "../cells/cell-value";
import { cellText } from "../cells/cell-text";
import { parseNumber } from "../cells/russian-number";
import type { ColumnRole } from "./column-role";
import { recognizeHeader, recognizeHeaderPair, type HeaderGuess } from "./header-synonyms";

/** The label of one header column: the full text and, for a two-row header, its upper and lower parts. */
export interface HeaderLabel {
  /** Zero-based column index within the grid. */
  offset: number;
  /** "upper / lower" for a two-row header, else the one cell's text. */
  text: string;
  /** The upper label (carried right over a merge) or "" for a one-row header. */
  upper: string;
  /** The lower label (the whole text for a one-row header). */
  lower: string;
  /** What the header says the column holds, if anything. */
  guess?: HeaderGuess;
}

/** Where a table's header sits in a grid and what it says. */
export interface HeaderBlock {
  /** Zero-based grid row of the (first) header row. */
  top: number;
  /** 1 for a one-row header, 2 for a two-row header with merged cells. */
  height: 1 | 2;
  /** The non-empty labels, left to right. */
  labels: HeaderLabel[];
}

/** How many rows from the top are searched for a header. */
const SCAN_ROWS = 40;

/**
 * Finds the header of the table in a grid: the row (or the pair of rows, for a merged two-row header) below
 * any title rows whose labels name the most known column roles. A two-row header is chosen only when its
 * lower row adds roles and holds no data. Returns undefined when no row names a role.
 *
 * @example detectHeader([["Результаты ВПР 2023"], ["ОО", "Кол-во уч."], ["СОШ № 221", 25]])
 * // { top: 1, height: 1, labels: [{ offset: 0, text: "ОО", …, guess: { role: "school" } }, …] }
 */
export function detectHeader(grid: CellGrid): HeaderBlock | undefined {
  let best: { block: HeaderBlock; score: number } | undefined;
  const rows = Math.min(grid.length, SCAN_ROWS);
  for (let top = 0; top < rows; top++) {
    const row = grid[top] ?? [];
    const candidates: HeaderBlock[] = [{ top, height: 1, labels: singleRowLabels(row) }];
    const next = grid[top + 1];
    if (next && isHeaderLowerRow(row, next))
      candidates.push({ top, height: 2, labels: twoRowLabels(row, next) });
    for (const block of candidates) {
      if (block.labels.length < 2) continue;
      const score = headerScore(block.labels) + (block.height === 2 ? verticalRepeats(row, next ?? []) : 0);
      if (score === 0) continue;
      const better =
        !best ||
        score > best.score ||
        (score === best.score && block.height < best.block.height && block.top <= best.block.top + 1);
      if (better) best = { block, score };
    }
  }
  return best ? finalizeBareMarks(best.block) : undefined;
}

/**
 * How much a header looks like one: ten points per distinct role it names, a school column counting double
 * (every table of a district workbook is about schools), plus one per recognised column (so a lower row of
 * units «чел.» | «%» under «2» | «3» wins over the upper row alone). Bare «2»…«5» count only when at least
 * three of them stand together.
 * @example headerScore(singleRowLabels(["ОО", "Кол-во уч.", 2, 3, 4, 5])) // 76
 */
export function headerScore(labels: readonly HeaderLabel[]): number {
  const roles = new Set<ColumnRole>();
  const bare = labels.filter((l) => l.guess?.bareMark).length;
  let recognised = 0;
  for (const label of labels) {
    if (!label.guess || (label.guess.bareMark && bare < 3)) continue;
    roles.add(label.guess.role);
    recognised++;
  }
  return (roles.size + (roles.has("school") ? 1 : 0)) * 10 + recognised;
}

/**
 * Labels of a one-row header.
 * @example singleRowLabels(["ОО", "", "Средний балл"]).map((l) => l.text) // ["ОО", "Средний балл"]
 */
export function singleRowLabels(row: readonly CellValue[]): HeaderLabel[] {
  const labels: HeaderLabel[] = [];
  row.forEach((value, offset) => {
    const text = cellText(value);
    if (text === "") return;
    const guess = recognizeHeader(text);
    labels.push({ offset, text, upper: "", lower: text, ...(guess ? { guess } : {}) });
  });
  return labels;
}

/**
 * Labels of a two-row header. A merged upper cell gives its text only to its first column (the others are ""
 * in `range.values`), so an upper label is carried right over blank upper cells while the lower row goes on.
 * @example twoRowLabels(["ОО", "Отметки, %", "", ""], ["", "2", "3", "4"]).map((l) => l.text)
 * // ["ОО", "Отметки, % / 2", "Отметки, % / 3", "Отметки, % / 4"]
 */
export function twoRowLabels(upperRow: readonly CellValue[], lowerRow: readonly CellValue[]): HeaderLabel[] {
  const labels: HeaderLabel[] = [];
  const width = Math.max(upperRow.length, lowerRow.length);
  let carry: string | undefined;
  for (let offset = 0; offset < width; offset++) {
    let upper = cellText(upperRow[offset]);
    const lower = cellText(lowerRow[offset]);
    if (upper !== "") carry = lower !== "" ? upper : undefined;
    else if (lower !== "" && carry !== undefined) upper = carry;
    else carry = undefined;
    if (upper === "" && lower === "") continue;
    if (upper === lower) upper = "";
    const text = upper !== "" && lower !== "" ? `${upper} / ${lower}` : upper || lower;
    const guess = recognizeHeaderPair(upper, lower);
    labels.push({ offset, text, upper, lower, ...(guess ? { guess } : {}) });
  }
  return labels;
}

/**
 * True when `lower` can be the second row of a merged header under `upper`: it holds no numbers other than
 * mark digits 2…5, and a merge shows (an upper cell with nothing below it, a lower cell under a blank, or the
 * same text repeated across or down a merge).
 */
function isHeaderLowerRow(upper: readonly CellValue[], lower: readonly CellValue[]): boolean {
  let filledLower = 0;
  let merged = false;
  const width = Math.max(upper.length, lower.length);
  for (let c = 0; c < width; c++) {
    const up = cellText(upper[c]);
    const low = cellText(lower[c]);
    if (low !== "") {
      filledLower++;
      const number = parseNumber(lower[c]);
      if (number.ok && !(Number.isInteger(number.value) && number.value >= 2 && number.value <= 5))
        return false;
    }
    // Office.js leaves merged cells after the first blank; some readers repeat the value instead.
    if ((up === "") !== (low === "") || (up !== "" && (up === low || up === cellText(upper[c - 1]))))
      merged = true;
  }
  return filledLower > 0 && merged;
}

/**
 * Columns where the lower row repeats the upper one: a vertical merge as readers that repeat merged values
 * give it. Such a pair is a two-row header even when the upper row names no role of its own.
 */
function verticalRepeats(upper: readonly CellValue[], lower: readonly CellValue[]): number {
  return upper.filter((value, c) => cellText(value) !== "" && cellText(value) === cellText(lower[c])).length;
}

/** Drops the mark role of bare digits that do not stand in a group of three or more. */
function finalizeBareMarks(block: HeaderBlock): HeaderBlock {
  const bare = block.labels.filter((l) => l.guess?.bareMark).length;
  if (bare >= 3) return block;
  return {
    ...block,
    labels: block.labels.map((l) =>
      l.guess?.bareMark ? { offset: l.offset, text: l.text, upper: l.upper, lower: l.lower } : l,
    ),
  };
}
