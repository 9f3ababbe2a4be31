import type { Finding } from "./finding";
import type { Severity } from "./rule-ids";
import { SEVERITY_RU } from "./report-plan";

/** The setting under which a host records the marks it added, so that one click removes exactly those. */
export const HIGHLIGHTS_SETTING = "validation-highlights";

/** A mark on one input cell: a note and a fill. The cell's value is never part of it. */
export interface CellMark {
  sheet: string;
  /** A1 address. */
  cell: string;
  /** The note's text: every finding at the cell, most serious first. */
  note: string;
  /** Fill colour, "#RRGGBB", of the most serious finding. */
  fill: string;
  severity: Severity;
}

/** Highlighting of offending cells as data: the marks to add; hosts save the previous note and fill of each. */
export interface HighlightPlan {
  /** The marks, one per cell, in finding order. */
  marks: CellMark[];
}

const FILL: Readonly<Record<Severity, string>> = { error: "#F4CCCC", warning: "#FFF2CC", info: "#DDEBF7" };
const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * The marks that highlight the cells of findings of at least `minimum` severity (errors and warnings by
 * default): one per cell, its note listing every finding there. Removal is the reverse: a host restores the
 * note and fill it saved under `HIGHLIGHTS_SETTING` for each marked cell; values are never touched.
 * @example highlightPlan(result.findings).marks[0] // { sheet: "ВПР 2023", cell: "E7", note: "ШНОР — ошибка: …", fill: "#F4CCCC", … }
 */
export function highlightPlan(findings: readonly Finding[], minimum: Severity = "warning"): HighlightPlan {
  const byCell = new Map<string, CellMark>();
  for (const finding of findings) {
    if (RANK[finding.severity] > RANK[minimum]) continue;
    const key = `${finding.sheet}\u0000${finding.cell}`;
    const line = `${SEVERITY_RU[finding.severity]} (${finding.rule}): ${finding.message}`;
    const mark = byCell.get(key);
    if (!mark) {
      byCell.set(key, {
        sheet: finding.sheet,
        cell: finding.cell,
        note: `ШНОР — ${line}`,
        fill: FILL[finding.severity],
        severity: finding.severity,
      });
      continue;
    }
    mark.note += `\n${line}`;
    if (RANK[finding.severity] < RANK[mark.severity]) {
      mark.severity = finding.severity;
      mark.fill = FILL[finding.severity];
    }
  }
  return { marks: [...byCell.values()] };
}
