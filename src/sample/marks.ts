import { round } from "./random";

/** Counts and shares (%, one decimal) of marks «2», «3», «4», «5» among the participants. */
export interface MarkDistribution {
  participants: number;
  counts: [number, number, number, number];
  shares: [number, number, number, number];
}

/**
 * Splits participants into counts of marks «2»–«5» from target percents (largest remainder, so the counts
 * add up to the participants) and gives the shares as the district tables show them (one decimal; they add
 * up to 100 within rounding).
 * @example markDistribution(40, [10, 40, 35, 15]) // counts [4, 16, 14, 6], shares [10, 40, 35, 15]
 */
export function markDistribution(participants: number, percents: readonly number[]): MarkDistribution {
  const total = percents.reduce((sum, p) => sum + p, 0);
  const exact = percents.map((p) => (participants * p) / total);
  const counts = exact.map(Math.floor);
  let missing = participants - counts.reduce((sum, c) => sum + c, 0);
  const order = exact.map((value, index) => ({ index, rest: value - Math.floor(value) }));
  order.sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (missing <= 0) break;
    counts[index] += 1;
    missing -= 1;
  }
  const shares = counts.map((c) => (participants > 0 ? round((100 * c) / participants, 1) : 0));
  return {
    participants,
    counts: counts as MarkDistribution["counts"],
    shares: shares as MarkDistribution["shares"],
  };
}

/**
 * The mean mark of a distribution, two decimals.
 * @example meanMark([4, 16, 14, 6]) // 3.55
 */
export function meanMark(counts: readonly number[]): number {
  const n = counts.reduce((sum, c) => sum + c, 0);
  if (n === 0) return 0;
  return round(counts.reduce((sum, c, i) => sum + c * (i + 2), 0) / n, 2);
}
