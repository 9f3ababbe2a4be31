/**
 * The monitoring model's data types: indicators of a school by year, each value with the cells it came from.
 */

/** Where a base value came from: a sheet and the A1 cells it was read (or aggregated) from. */
export interface ValueSource {
  sheet: string;
  /** A1 addresses in `sheet`; one cell for a value read as is, several for a value computed from them. */
  cells: string[];
}

/** A base value with its source(s); `participants` weights results in district figures. */
export interface SourcedValue {
  value: number;
  sources: ValueSource[];
  participants?: number;
  /** How the value was computed from its cells (Russian), when it is not a plain copy. */
  how?: string;
}

/** The column groups of the monitoring tab. */
export type IndicatorGroup = "summary" | "vpr" | "oge" | "ege" | "contingent" | "staffing";

/** One monitored indicator. */
export interface IndicatorDef {
  /** Stable id: "vpr|5|математика|success", "oge|русский язык|fail", "staffing|vacancies". */
  id: string;
  group: IndicatorGroup;
  /** Russian label: «ВПР 5 кл. математика: успеваемость, %». */
  label: string;
  /** Units shown after the label: "%", "балл", "чел.", "ед.". */
  unit: string;
  /**
   * true: a rise is an improvement; false: a fall is; undefined: neutral (the change is shown, its sign is the
   * plain direction and it does not count for «позитивные изменения»).
   */
  higherIsBetter: boolean | undefined;
  /** Changes within ± the profile's tolerance (п.п.) are stable; otherwise any change counts (SIGN). */
  tolerant: boolean;
}

/** An indicator's values: school key → year → value. */
export interface IndicatorSeries {
  def: IndicatorDef;
  bySchool: Map<string, Map<number, SourcedValue>>;
}
