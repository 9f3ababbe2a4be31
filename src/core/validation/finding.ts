import type { RuleId, Severity } from "./rule-ids";

/** One problem validation found, at one cell. */
export interface Finding {
  severity: Severity;
  rule: RuleId;
  /** The sheet's name. */
  sheet: string;
  /** The A1 address of the offending cell in that sheet ("B7"). */
  cell: string;
  /** What is wrong and how to fix it, in Russian. */
  message: string;
  /** The key of the school the finding is about, when there is one ("221", "ЦО 162"). */
  school?: string;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Zero-based row and column of an A1 address ("B7" → [6, 1]); [0, 0] for anything else. */
function position(cell: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!match) return [0, 0];
  let column = 0;
  for (const ch of match[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return [Number(match[2]) - 1, column - 1];
}

/**
 * Orders findings for reports: by sheet order (as given), then row, then column, then severity and rule.
 * @example findings.sort(compareFindings(["ВПР 2022", "ВПР 2023"]))
 */
export function compareFindings(sheetOrder: readonly string[]): (a: Finding, b: Finding) => number {
  const order = new Map(sheetOrder.map((name, i) => [name, i]));
  return (a, b) => {
    const sa = order.get(a.sheet) ?? Number.MAX_SAFE_INTEGER;
    const sb = order.get(b.sheet) ?? Number.MAX_SAFE_INTEGER;
    if (sa !== sb) return sa - sb;
    const [ra, ca] = position(a.cell);
    const [rb, cb] = position(b.cell);
    if (ra !== rb) return ra - rb;
    if (ca !== cb) return ca - cb;
    if (RANK[a.severity] !== RANK[b.severity]) return RANK[a.severity] - RANK[b.severity];
    return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
  };
}
