import type { RandomSource } from "../core/stats/prng";

/**
 * The core's seeded generator (mulberry32) under the sample's name: the same seed gives the same sequence on
 * every platform, which is what makes the sample workbook reproducible; the generator never calls Math.random.
 * @example mulberry32(2023)() // always the same number for seed 2023
 */
export { seededRandom as mulberry32 } from "../core/stats/prng";

/** A source of uniform random numbers in [0, 1). */
export type Random = RandomSource;

/**
 * A uniform number in [min, max).
 * @example uniform(mulberry32(1), 10, 20) // a number between 10 and 20
 */
export function uniform(random: Random, min: number, max: number): number {
  return min + (max - min) * random();
}

/**
 * A uniform integer in [min, max], both ends included.
 * @example integer(mulberry32(1), 1, 6) // 1…6, like a die
 */
export function integer(random: Random, min: number, max: number): number {
  return Math.floor(uniform(random, min, max + 1));
}

/**
 * A standard normal number (Box–Muller), times `sd` plus `mean`.
 * @example normal(mulberry32(1), 0, 1) // around 0, within ±3 nearly always
 */
export function normal(random: Random, mean = 0, sd = 1): number {
  const u = 1 - random();
  const v = random();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * One element of a non-empty list, chosen uniformly.
 * @example pick(mulberry32(1), ["a", "b", "c"]) // "a", "b" or "c"
 */
export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/**
 * Clamps a number into [min, max].
 * @example clamp(120, 0, 100) // 100
 */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Rounds to a number of decimals, the way the district's tables show values.
 * @example round(45.4567, 1) // 45.5
 */
export function round(value: number, decimals = 1): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * A shuffled copy of a list (Fisher–Yates).
 * @example shuffle(mulberry32(1), [1, 2, 3]) // the same three numbers in a seed-fixed order
 */
export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
