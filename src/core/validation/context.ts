import { a1 } from "../cells/a1";
import type { SheetValues } from "../cells/cell-value";
import { isBlankCell } from "../cells/cell-text";
import type { CriteriaProfile } from "../criteria/profile";
import type { TableColumn } from "../tables/table";
import type { WorkbookMap } from "../workbook/workbook-map";
import type { Finding } from "./finding";
import { ruleMessage, type RuleParams } from "./messages-ru";
import { parseSheet, type ParsedSheet } from "./parsed-sheet";
import type { RuleId, Severity } from "./rule-ids";

/** Options of a validation run. */
export interface ValidationOptions {
  /** The criteria profile (sample sizes, ЕГЭ minimums, ОГЭ scales, objectivity thresholds). */
  profile: Readonly<CriteriaProfile>;
  /** At most this many findings of one rule on one sheet (the rest are counted in `omitted`); 2000. */
  limitPerRuleAndSheet?: number;
}

/** What every rule sees: the workbook map, the parsed sheets and where to report. */
export interface ValidationContext {
  map: WorkbookMap;
  /** Sheets with a table, parsed; in workbook order. */
  sheets: ParsedSheet[];
  /** School keys; `ParsedSheet.schoolKey` holds indices into this list. */
  keys: string[];
  profile: Readonly<CriteriaProfile>;
  /** The A1 address of a sheet's first non-blank cell, or undefined for an empty sheet. */
  firstCell(sheet: string): string | undefined;
  /** Reports a finding of a rule at a cell; the message is the rule's, filled with `params`. */
  report(rule: RuleId, sheet: string, cell: string, params: RuleParams, school?: string): void;
  /**
   * Reports a finding built only if it is listed: past the per-rule limit it is only counted. For rules that
   * may report on every row of a long table (the cell address and the parameters are not built in vain).
   */
  reportWith(rule: RuleId, sheet: string, build: () => FindingPlace): void;
}

/** Where a finding is and what fills its message (`ValidationContext.reportWith`). */
export interface FindingPlace {
  cell: string;
  params: RuleParams;
  school?: string;
}

/** The findings a run collected and those left out by the per-rule limit. */
export interface CollectedFindings {
  findings: Finding[];
  /** Findings not kept, by rule. */
  omitted: Partial<Record<RuleId, number>>;
}

/**
 * Builds the context of a run: numbers the school keys of the map's resolved names and parses every table.
 * @example const { context, collected } = createContext(sheets, map, severities, { profile: DEFAULT_CRITERIA_PROFILE })
 */
export function createContext(
  sources: readonly SheetValues[],
  map: WorkbookMap,
  severities: Readonly<Record<RuleId, Severity>>,
  options: ValidationOptions,
): { context: ValidationContext; collected: CollectedFindings } {
  const keys: string[] = [];
  const keyIndex = new Map<string, number>();
  const keyIndexOf = (key: string): number => {
    let index = keyIndex.get(key);
    if (index === undefined) {
      index = keys.length;
      keys.push(key);
      keyIndex.set(key, index);
    }
    return index;
  };
  const sheets = map.sheets.flatMap((s) => {
    const parsed = parseSheet(s, keyIndexOf);
    return parsed ? [parsed] : [];
  });
  const collected: CollectedFindings = { findings: [], omitted: {} };
  const limit = options.limitPerRuleAndSheet ?? 2000;
  const counts = new Map<RuleId, Map<string, number>>();
  /** Counts a finding; true when it is within the limit and is to be listed. */
  const listed = (rule: RuleId, sheet: string): boolean => {
    let bySheet = counts.get(rule);
    if (!bySheet) {
      bySheet = new Map();
      counts.set(rule, bySheet);
    }
    const count = (bySheet.get(sheet) ?? 0) + 1;
    bySheet.set(sheet, count);
    if (count <= limit) return true;
    collected.omitted[rule] = (collected.omitted[rule] ?? 0) + 1;
    return false;
  };
  const keep = (rule: RuleId, sheet: string, { cell, params, school }: FindingPlace): void => {
    collected.findings.push({
      severity: severities[rule],
      rule,
      sheet,
      cell,
      message: ruleMessage(rule, params),
      ...(school !== undefined ? { school } : {}),
    });
  };
  const context: ValidationContext = {
    map,
    sheets,
    keys,
    profile: options.profile,
    firstCell: (name) => {
      const source = sources.find((s) => s.name === name);
      return source ? firstNonBlank(source) : undefined;
    },
    report(rule, sheet, cell, params, school) {
      if (listed(rule, sheet))
        keep(rule, sheet, { cell, params, ...(school !== undefined ? { school } : {}) });
    },
    reportWith(rule, sheet, build) {
      if (listed(rule, sheet)) keep(rule, sheet, build());
    },
  };
  return { context, collected };
}

/**
 * The A1 address of a data row's cell in a column.
 * @example rowCell(sheet, 3, column) // "D10"
 */
export function rowCell(sheet: ParsedSheet, row: number, column: TableColumn): string {
  return a1(sheet.table.rows[row].sheetRow, column.index);
}

/**
 * The address of a row's school cell, or of its first cell when the table has no school column.
 * @example schoolCell(sheet, 3) // "A10"
 */
export function schoolCell(sheet: ParsedSheet, row: number): string {
  return a1(sheet.table.rows[row].sheetRow, sheet.schoolColumn?.index ?? sheet.table.firstColumn);
}

/**
 * The school key of a row, or undefined.
 * @example keyOf(context, sheet, 3) // "221"
 */
export function keyOf(context: ValidationContext, sheet: ParsedSheet, row: number): string | undefined {
  const index = sheet.schoolKey[row];
  return index >= 0 ? context.keys[index] : undefined;
}

function firstNonBlank(sheet: SheetValues): string | undefined {
  for (let r = 0; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (!Array.isArray(row)) continue;
    for (let c = 0; c < row.length; c++)
      if (!isBlankCell(row[c])) return a1(sheet.firstRow + r, sheet.firstColumn + c);
  }
  return undefined;
}
