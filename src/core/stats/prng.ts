/** A source of uniform random numbers in [0, 1), passed into every stochastic routine. */
export type RandomSource = () => number;

/**
 * A small, fast seeded generator (mulberry32): the same seed gives the same sequence on every machine, so a
 * district's k-means clusters, the sample workbook and the benches can be reproduced from the seed recorded with
 * them.
 *
 * @example const next = seededRandom(42); next(); // 0.6011037519201636 (always, for seed 42)
 */
export function seededRandom(seed: number): RandomSource {
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
