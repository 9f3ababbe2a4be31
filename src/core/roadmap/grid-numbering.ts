import { issue, type Issue } from "../issue-codes";

/** A numbering problem found in the template sheet: the issue and whether it blocks the template. */
export interface NumberingProblem {
  severity: "error" | "warning";
  issue: Issue;
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];

/**
 * A number cell's text without a trailing dot and spaces: «1.1.» → «1.1», «2.1.1» stays.
 * @example normalizeNumber(" 1.14. ") // "1.14"
 */
export function normalizeNumber(text: string): string {
  return text.replace(/\s+/gu, "").replace(/\.$/u, "");
}

/**
 * The ordinal of a section number: «III» → 3, «2.» → 2; 0 when it is neither roman nor arabic.
 * @example sectionOrdinal("IV") // 4
 */
export function sectionOrdinal(text: string): number {
  const t = normalizeNumber(text).toUpperCase();
  const roman = ROMAN.indexOf(t);
  if (roman >= 0) return roman + 1;
  return /^\d+$/u.test(t) ? Number(t) : 0;
}

/** Tracks the numbers of a template sheet: syntax, place under the section or group, duplicates, gaps. */
export class NumberingChecker {
  private readonly seen = new Map<string, string>();
  private readonly lastIndex = new Map<string, number>();

  /**
   * Checks a section's number against its position (1-based).
   */
  section(text: string, position: number): NumberingProblem[] {
    if (text === "") return [];
    const ordinal = sectionOrdinal(text);
    if (ordinal === position) return [];
    const expected = `${ROMAN[position - 1] ?? position} или ${position}`;
    return [{ severity: "warning", issue: issue("roadmap-bad-number", { text, expected }) }];
  }

  /**
   * Checks an activity's or group's number: `prefix` is the number of its container («2.» for section II,
   * «2.1.» for group 2.1, "" for a plan without sections).
   */
  item(text: string, prefix: string, cell: string): NumberingProblem[] {
    const n = normalizeNumber(text);
    if (n === "") return [];
    const problems = this.check(n, text, prefix, cell);
    // a rejected number still takes its slot, so the rows after it are not reported as a gap too
    if (problems.some((p) => p.severity === "error"))
      this.lastIndex.set(prefix, (this.lastIndex.get(prefix) ?? 0) + 1);
    return problems;
  }

  private check(n: string, text: string, prefix: string, cell: string): NumberingProblem[] {
    const expected = `${prefix}N`;
    if (!/^\d+(\.\d+)*$/u.test(n)) {
      return [{ severity: "error", issue: issue("roadmap-bad-number", { text, expected }) }];
    }
    const first = this.seen.get(n);
    if (first !== undefined) {
      return [{ severity: "error", issue: issue("roadmap-duplicate-number", { text: n, cell: first }) }];
    }
    this.seen.set(n, cell);
    const rest = n.slice(prefix.length);
    if (!n.startsWith(prefix) || !/^\d+$/u.test(rest)) {
      return [{ severity: "error", issue: issue("roadmap-bad-number", { text, expected }) }];
    }
    const index = Number(rest);
    const last = this.lastIndex.get(prefix) ?? 0;
    this.lastIndex.set(prefix, Math.max(index, last));
    if (index !== last + 1) {
      const start = prefix ? `${prefix.slice(0, -1)} (заголовок)` : "(начало таблицы)";
      const previous = last === 0 ? start : `${prefix}${last}`;
      return [{ severity: "warning", issue: issue("roadmap-number-gap", { text: n, previous }) }];
    }
    return [];
  }

  /** Whether a number sits directly under a container prefix (one level deeper). */
  static isDirectChild(number: string, prefix: string): boolean {
    const n = normalizeNumber(number);
    return n.startsWith(prefix) && /^\d+$/u.test(n.slice(prefix.length));
  }
}
