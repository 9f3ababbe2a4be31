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

/**
 * The zero-based index of column letters (either case); the inverse of `columnLetters`.
 * @example columnIndex("A") // 0
 * @example columnIndex("ab") // 27
 */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`Bad column letters ${letters}`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * The A1 address of a block of cells from its zero-based top-left cell and size; a single cell has no colon.
 * @example a1Range(0, 0, 1, 4) // "A1:D1"
 * @example a1Range(6, 1) // "B7"
 */
export function a1Range(row: number, column: number, rowCount = 1, columnCount = 1): string {
  if (rowCount < 1 || columnCount < 1) throw new RangeError(`Bad range size ${rowCount}×${columnCount}`);
  const start = a1(row, column);
  return rowCount === 1 && columnCount === 1
    ? start
    : `${start}:${a1(row + rowCount - 1, column + columnCount - 1)}`;
}

/**
 * The zero-based top-left cell of a range address as Excel gives it (`Лист1!B3:M200`, `'Мой лист'!$A$1`,
 * `C5`), or undefined when the address has no cell part (whole rows or columns, an empty address).
 * @example rangeStart("'Мой лист'!B3:M200") // { row: 2, column: 1 }
 * @example rangeStart("Лист1!1:3") // undefined
 */
export function rangeStart(address: string): { row: number; column: number } | undefined {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(local);
  if (!match) return undefined;
  return { row: Number(match[2]) - 1, column: columnIndex(match[1]) };
}

/**
 * A sheet name as a formula or hyperlink must write it: quoted (inner quotes doubled) unless it is a plain
 * Latin identifier.
 * @example quoteSheetName("Мониторинг (2)") // "'Мониторинг (2)'"
 * @example quoteSheetName("Data_1") // "Data_1"
 */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
