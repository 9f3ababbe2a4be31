/** Small timing helpers shared by the bench files. */

/** Milliseconds taken by `fn`, best of `repeats` runs after one warm-up run (0: the warm-up run's time alone). */
export function bestOf(repeats: number, fn: () => void): number {
  if (repeats === 0) {
    const start = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - start) / 1e6;
  }
  fn();
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

/** A figure for the console: "12.3 ms". */
export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}
