/** How to speak of one variable of a k-means table in Russian. */
export interface VariableWords {
  /** The variable's name, e.g. «результаты»; default «показатель N». */
  name?: string;
  /** Words for a centre above the district mean, e.g. «контингент сложнее среднего»; default «<name> выше среднего». */
  higher?: string;
  /** Words for a centre below the district mean; default «<name> ниже среднего». */
  lower?: string;
}

/** Centres within this many standard deviations of the district mean are «около среднего». */
export const NEAR_MEAN = 0.25;

/**
 * A cluster's centre in words, one phrase per variable, from its standardised centre: above, below or about
 * the district mean (within ±0.25 standard deviations).
 *
 * @example describeCentre([0.9, 1.2], [{ name: "результаты" }, { higher: "контингент сложнее среднего" }])
 * // "результаты выше среднего, контингент сложнее среднего"
 */
export function describeCentre(centreZ: readonly number[], variables: readonly VariableWords[] = []): string {
  return centreZ
    .map((z, j) => {
      const v = variables[j] ?? {};
      const name = v.name ?? `показатель ${j + 1}`;
      if (Math.abs(z) < NEAR_MEAN) return `${name} около среднего`;
      return z > 0 ? (v.higher ?? `${name} выше среднего`) : (v.lower ?? `${name} ниже среднего`);
    })
    .join(", ");
}
