/** A fitted line y = intercept + slope · x. */
export interface LinearFit {
  slope: number;
  intercept: number;
}

/**
 * Least-squares line of y on x (results on context). Undefined when x has no spread (every school has the
 * same context: no line can be fitted) or the lists are empty or of different lengths.
 *
 * @example linearFit([1, 2, 3], [2, 4, 6]) // { slope: 2, intercept: 0 }
 * @example linearFit([5, 5], [1, 2]) // undefined
 */
export function linearFit(x: readonly number[], y: readonly number[]): LinearFit | undefined {
  const n = x.length;
  if (n === 0 || n !== y.length) return undefined;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += x[i];
    sy += y[i];
  }
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    sxy += dx * (y[i] - my);
    sxx += dx * dx;
  }
  // A spread lost in rounding (all x equal up to the last bits) counts as none.
  if (!(sxx > 1e-12 * Math.max(1, mx * mx) * n)) return undefined;
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}
