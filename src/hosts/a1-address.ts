/**
 * The letters of a zero-based column index.
 * @example columnLetters(0) // "A"
 * @example columnLetters(27) // "AB"
 */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The zero-based index of column letters.
 * @example columnIndex("AB") // 27
 */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * The A1 address of a zero-based cell.
 * @example cellAddress(6, 1) // "B7"
 */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/**
 * The zero-based top-left cell of a range address as Office.js gives it (`Лист1!B3:M200`,
 * `'Мой лист'!A1`, `C5`), or undefined when the address has no cell part (whole rows or columns).
 * @example rangeStart("'Мой лист'!B3:M200") // { row: 2, column: 1 }
 */
export function rangeStart(address: string): { row: number; column: number } | undefined {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(local);
  if (!match) return undefined;
  return { row: Number(match[2]) - 1, column: columnIndex(match[1]) };
}

/**
 * A sheet name quoted for use in a formula or address ('Мониторинг (2)'!A1).
 * @example quoteSheetName("Мониторинг (2)") // "'Мониторинг (2)'"
 * @example quoteSheetName("Data") // "Data"
 */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
