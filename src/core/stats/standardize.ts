/** Standardised columns and the figures that standardised them. */
export interface Standardized {
  /** z[i][j] = (rows[i][j] − means[j]) / sds[j]; 0 where a column has no spread. */
  z: number[][];
  /** Column means. */
  means: number[];
  /**
   * Column sample standard deviations (n − 1, as СТАНДОТКЛОН.В); 0 for a constant column or a single row,
   * whose z-values are then 0 (the column carries no information).
   */
  sds: number[];
}

/**
 * Standardises the columns of a table (schools × variables): each column centred on its mean and divided by
 * its sample standard deviation, so that variables in different units (баллы, %, человек) weigh alike.
 * Rows must all have the same length; an empty table gives empty figures.
 *
 * @example standardizeColumns([[1, 10], [3, 10]])
 * // { z: [[-0.7071, 0], [0.7071, 0]], means: [2, 10], sds: [1.4142, 0] }
 */
export function standardizeColumns(rows: readonly (readonly number[])[]): Standardized {
  const n = rows.length;
  const d = n === 0 ? 0 : rows[0].length;
  const means = new Array<number>(d).fill(0);
  const sds = new Array<number>(d).fill(0);
  for (const row of rows) for (let j = 0; j < d; j++) means[j] += row[j];
  for (let j = 0; j < d; j++) means[j] /= n;
  if (n > 1) {
    for (const row of rows)
      for (let j = 0; j < d; j++) {
        const dev = row[j] - means[j];
        sds[j] += dev * dev;
      }
    for (let j = 0; j < d; j++) sds[j] = Math.sqrt(sds[j] / (n - 1));
  }
  const z = rows.map((row) => row.map((v, j) => (sds[j] > 0 ? (v - means[j]) / sds[j] : 0)));
  return { z, means, sds };
}
