import { mean, median, sampleStandardDeviation } from "simple-statistics";

/** The summary of one district column. */
export interface ColumnSummary {
  /** How many numbers the column holds. */
  n: number;
  mean: number;
  median: number;
  /**
   * The sample standard deviation (n − 1 in the denominator, as Excel's СТАНДОТКЛОН.В); 0 for a single value.
   */
  sd: number;
}

/**
 * Mean, median and sample standard deviation of a district column, or undefined for an empty one.
 *
 * @example summarize([40, 50, 60]) // { n: 3, mean: 50, median: 50, sd: 10 }
 */
export function summarize(values: readonly number[]): ColumnSummary | undefined {
  if (values.length === 0) return undefined;
  const list = values as number[];
  return {
    n: values.length,
    mean: mean(list),
    median: median(list),
    sd: values.length > 1 ? sampleStandardDeviation(list) : 0,
  };
}
