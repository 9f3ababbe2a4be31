/**
 * The letters of a zero-based column index, as Excel shows them.
 * @example columnLetters(0) // "A"
 * @example columnLetters(27) // "AB"
 */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 0) throw new RangeError(`Bad column index ${column}`);
  let letters = "";
  let rest = column + 1;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/**
 * The A1 address of a cell from its zero-based sheet row and column.
 * @example a1(0, 0) // "A1"
 * @example a1(6, 1) // "B7"
 */
export function a1(row: number, column: number): string {
  if (!Number.isInteger(row) || row < 0) throw new RangeError(`Bad row index ${row}`);
  return `${columnLetters(column)}${row + 1}`;
}
