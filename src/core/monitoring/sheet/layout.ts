import { columnLetters } from "../../cells/a1";
import type { MonitoringIndicator, MonitoringModel } from "../model";

/** Zero-based rows of the tab's blocks. */
export const ROWS = {
  title: 0,
  subtitle: 1,
  tolerance: 2,
  summaryHeader: 4,
  /** Five target rows follow the header. */
  summaryFirst: 5,
  groupHeader: 11,
  indicatorHeader: 12,
  yearHeader: 13,
  firstSchool: 14,
} as const;

/** Zero-based fixed columns of the table. */
export const COLUMNS = {
  key: 0,
  name: 1,
  status: 2,
  exit: 3,
  positive: 4,
  contextCount: 5,
  firstIndicator: 6,
} as const;

/** The tolerance cell (absolute A1, for formulas). */
export const TOLERANCE_CELL = "$C$3";

/** Where one indicator's four columns are: year before, latest year, change, sign. */
export interface IndicatorColumns {
  indicator: MonitoringIndicator;
  before: number;
  after: number;
  change: number;
  sign: number;
}

/** Where everything is on the tab. */
export interface MonitoringLayout {
  columns: IndicatorColumns[];
  width: number;
  /** Zero-based sheet row of each ШНОР, in model order. */
  schoolRows: number[];
  districtRow: number;
  journalRow: number;
  /** 1-based A1 row span of the ШНОР rows, for ranges in formulas ("15", "22"). */
  span: { first: number; last: number };
}

/**
 * The layout of the tab for a model: fixed columns, then four columns per indicator; ШНОР rows from row 15.
 * @example monitoringLayout(model).columns[0].sign // 9 (column J: the dynamics of results)
 */
export function monitoringLayout(model: MonitoringModel): MonitoringLayout {
  const columns = model.indicators.map((indicator, i) => {
    const before = COLUMNS.firstIndicator + 4 * i;
    return { indicator, before, after: before + 1, change: before + 2, sign: before + 3 };
  });
  const schoolRows = model.schools.map((_, i) => ROWS.firstSchool + i);
  const districtRow = ROWS.firstSchool + model.schools.length;
  return {
    columns,
    width: COLUMNS.firstIndicator + 4 * columns.length,
    schoolRows,
    districtRow,
    journalRow: districtRow + 2,
    span: { first: ROWS.firstSchool + 1, last: ROWS.firstSchool + Math.max(1, model.schools.length) },
  };
}

/**
 * The A1 range of a column over the ШНОР rows, absolute ("$J$15:$J$22").
 * @example columnRange(layout, 9) // "$J$15:$J$22"
 */
export function columnRange(layout: MonitoringLayout, column: number): string {
  const c = columnLetters(column);
  return `$${c}$${layout.span.first}:$${c}$${layout.span.last}`;
}
