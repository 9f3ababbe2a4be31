import { round } from "./random";

/**
 * A number written as text with a decimal comma, as typed into Russian Excel.
 * @example commaText(45.5) // "45,5"
 * @example commaText(3.857, 2) // "3,86"
 */
export function commaText(value: number, decimals = 1): string {
  return round(value, decimals).toFixed(decimals).replace(".", ",");
}

/**
 * A percent written as text with a decimal comma and a percent sign.
 * @example percentText(45.5) // "45,5%"
 */
export function percentText(value: number, decimals = 1): string {
  return `${commaText(value, decimals)}%`;
}

/**
 * A percent (45.5) as the fraction of one Excel stores under a percent format, rounded to hide float noise.
 * @example fraction(45.5) // 0.455
 */
export function fraction(value: number): number {
  return round(value / 100, 6);
}

/**
 * A whole number written as text with a no-break space between thousands ("1 024").
 * @example thousandsText(1024) // "1 024"
 */
export function thousandsText(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/gu, "\u00a0");
}

/**
 * The mean of values weighted by participants; 0 when there are none.
 * @example weightedMean([[10, 20], [30, 60]]) // 25
 */
export function weightedMean(pairs: ReadonlyArray<readonly [number, number]>): number {
  const total = pairs.reduce((sum, [, w]) => sum + w, 0);
  return total === 0 ? 0 : pairs.reduce((sum, [v, w]) => sum + v * w, 0) / total;
}
