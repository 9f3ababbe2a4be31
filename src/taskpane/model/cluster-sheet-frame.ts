/**
 * The frame shared by both «Кластеры» sheets (the cluster model's and the k-means run's): the styled header
 * row, two-decimal numbers from column C, the record block at the foot («Как построен лист», the add-in
 * version, the run's own lines, the date), the sheet name, frozen header and generated mark.
 */
import {
  text,
  widthsFromA,
  type CellStyle,
  type PlanCell,
  type PlanRange,
  type SheetPlan,
} from "../../core/plans/sheet-plan";

/** The add-in version recorded in generated sheets. */
export const PANE_VERSION = "0.1.0";

/** Formulas or values. */
export type WriteMode = "formulas" | "values";

/** What differs between the «Кластеры» sheets; the rest is `clusterSheetFrame`'s. */
export interface ClusterSheetParts {
  header: readonly string[];
  /** One row per school, below the header. */
  body: PlanCell[][];
  /** How many columns from C hold the schools' numbers (format «0.00»). */
  numberColumns: number;
  /** Styles between the number format and the record's bold title. */
  extraStyles?: { range: PlanRange; style: CellStyle }[];
  /** What the record says after the version: «формулы SHNOR», «значения». */
  madeWith: string;
  /** The record's lines between the version and the date. */
  record: readonly string[];
  /** Column widths from A. */
  widths: readonly number[];
  now: Date;
}

/**
 * The «Кластеры» sheet plan around a body of schools.
 *
 * @example clusterSheetFrame({ header: ["Ключ ОО"], body: [], numberColumns: 2, madeWith: "значения", record: [], widths: [10], now }).name // "Кластеры"
 */
export function clusterSheetFrame(parts: ClusterSheetParts): SheetPlan {
  const rows: PlanCell[][] = [parts.header.map(text), ...parts.body];
  const foot = rows.length + 1;
  const record = [
    "Как построен лист",
    `Надстройка ШНОР ${PANE_VERSION}; ${parts.madeWith}`,
    ...parts.record,
    `Дата: ${parts.now.toISOString()}`,
  ];
  rows.push([]);
  record.forEach((line) => rows.push([text(line)]));
  return {
    name: "Кластеры",
    rows,
    styles: [
      {
        range: { row: 0, column: 0, columnCount: parts.header.length },
        style: { bold: true, fill: "#DDEBF7", wrap: true },
      },
      {
        range: {
          row: 1,
          column: 2,
          rowCount: Math.max(1, rows.length - 1),
          columnCount: parts.numberColumns,
        },
        style: { numberFormat: "0.00" },
      },
      ...(parts.extraStyles ?? []),
      { range: { row: foot, column: 0 }, style: { bold: true } },
    ],
    columnWidths: widthsFromA(parts.widths),
    frozenRows: 1,
    mark: { generator: "clusters", version: PANE_VERSION, createdAt: parts.now.toISOString() },
  };
}
