/**
 * A frozen, made-up district shaped after seed 003 §2 (Kirov district, 2021–2022 results): the seven ШНОР with
 * results and context values placed as the seed places them, and nine other schools. Columns: the school key,
 * a results composite (ОГЭ/ЕГЭ/ВПР, баллы), and the context of each model — A contingent difficulty (higher =
 * more difficult), B staffing (higher = better), C microdistrict favourability, D sum of the three (higher =
 * better). 506 sits just above the district mean of results, 223 just below it.
 */
export const KIROV: ReadonlyArray<readonly [string, number, number, number, number, number]> = Object.freeze([
  ["223", 50.0, 30, 70, 70, 180],
  ["240", 38, 70, 35, 30, 100],
  ["269", 40, 75, 38, 32, 105],
  ["386", 42, 35, 40, 33, 104],
  ["506", 51.8, 32, 40, 40, 110],
  ["538", 36, 68, 42, 28, 98],
  ["608", 39, 72, 36, 35, 102],
  ["221", 55, 40, 65, 60, 170],
  ["231", 58, 45, 72, 65, 175],
  ["232", 60, 60, 60, 55, 160],
  ["242", 52, 38, 68, 70, 185],
  ["243", 57, 55, 75, 62, 165],
  ["244", 62, 42, 58, 58, 172],
  ["246", 54, 65, 66, 68, 168],
  ["247", 59, 36, 62, 64, 178],
  ["250", 61, 50, 71, 59, 182],
]);

/** The column of a model's context in KIROV. */
export const CONTEXT_COLUMN = { A: 2, B: 3, C: 4, D: 5 } as const;

/** A column of KIROV as a one-column range, the way Excel passes `B$2:B$17`. */
export function columnRange(column: number): number[][] {
  return KIROV.map((row) => [row[column] as number]);
}

/** The row of a school. */
export function school(key: string): readonly [string, number, number, number, number, number] {
  const row = KIROV.find((r) => r[0] === key);
  if (!row) throw new Error(`no school ${key} in the fixture`);
  return row;
}
