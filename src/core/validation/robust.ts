/**
 * The median of the first `n` values of a scratch array, found by selection (O(n), no sort); the array's
 * order is changed.
 * @example medianInPlace(Float64Array.of(5, 1, 3), 3) // 3
 */
export function medianInPlace(values: Float64Array, n: number): number {
  if (n === 0) return NaN;
  const mid = n >> 1;
  const upper = select(values, 0, n - 1, mid);
  if (n % 2 === 1) return upper;
  let lower = -Infinity;
  for (let i = 0; i < mid; i++) if (values[i] > lower) lower = values[i];
  return (lower + upper) / 2;
}

/** Hoare selection: after it, values[k] is the k-th smallest and everything left of k is ≤ it. */
function select(values: Float64Array, left: number, right: number, k: number): number {
  while (right > left) {
    const pivot = values[(left + right) >> 1];
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i] = values[j];
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return values[k];
  }
  return values[k];
}

/** Median and scaled MAD (1,4826 × MAD, a robust standard deviation) of a district's values. */
export interface RobustCentre {
  median: number;
  /** 1,4826 × the median absolute deviation; 0 when half the values are equal. */
  scale: number;
}

/**
 * Median and scaled MAD of the first `n` values of `values` (a scratch array: its order is changed).
 * @example robustCentre(Float64Array.of(50, 55, 60, 65, 70), 5) // { median: 60, scale: 7.413 }
 */
export function robustCentre(values: Float64Array, n: number): RobustCentre {
  const median = medianInPlace(values, n);
  for (let i = 0; i < n; i++) values[i] = Math.abs(values[i] - median);
  return { median, scale: 1.4826 * medianInPlace(values, n) };
}
