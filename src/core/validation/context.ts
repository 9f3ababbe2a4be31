import { a1 } from "../cells/a1";
import type { SheetValues } from "../cells/cell-value";
import { isBlankCell } from "../cells/cell-text";
import type { CriteriaProfile } from "../criteria/profile";
import { resolveSchool } from "../schools/school-registry";
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
}

/** The findings a run collected and those left out by the per-rule limit. */
export interface CollectedFindings {
  findings: Finding[];
  /** Findings not kept, by rule. */
  omitted: Partial<Record<RuleId, number>>;
}

/**
 * Builds the context of a run: resolves school names once per distinct text and parses every table.
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
  const resolve = (text: string): number => {
    const found = resolveSchool(text, map.registry);
    if (!found.ok) return -1;
    let index = keyIndex.get(found.value.key);
    if (index === undefined) {
      index = keys.length;
      keys.push(found.value.key);
      keyIndex.set(found.value.key, index);
    }
    return index;
  };
  const sheets = map.sheets.flatMap((s) => {
    const parsed = parseSheet(s, resolve);
    return parsed ? [parsed] : [];
  });
  const collected: CollectedFindings = { findings: [], omitted: {} };
  const limit = options.limitPerRuleAndSheet ?? 2000;
  const counts = new Map<string, number>();
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
      const countKey = `${rule}\u0000${sheet}`;
      const count = (counts.get(countKey) ?? 0) + 1;
      counts.set(countKey, count);
      if (count > limit) {
        collected.omitted[rule] = (collected.omitted[rule] ?? 0) + 1;
        return;
      }
      collected.findings.push({
        severity: severities[rule],
        rule,
        sheet,
        cell,
        message: ruleMessage(rule, params),
        ...(school !== undefined ? { school } : {}),
      });
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
