/** Latin letters that look like Cyrillic ones, as they slip into names typed on the wrong keyboard layout. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  A: "А",
  B: "В",
  C: "С",
  E: "Е",
  H: "Н",
  K: "К",
  M: "М",
  O: "О",
  P: "Р",
  T: "Т",
  X: "Х",
  Y: "У",
  a: "а",
  c: "с",
  e: "е",
  k: "к",
  o: "о",
  p: "р",
  x: "х",
  y: "у",
};

/**
 * Folds a school name for reading: ФИС ОКО logins (`sch780221`) removed, every number sign («№», «N», «No»,
 * «Nº», «#», «номер», «№№») as «№», Latin look-alike letters as Cyrillic, lower case, «ё» as «е», quotes,
 * brackets and dots as spaces, dashes as "-", letters and digits written together split apart, spaces
 * collapsed. Commas, semicolons, slashes, "+", "&" and "-" stay: they join lists of numbers.
 *
 * @example foldSchoolName("sch780221 ГБОУ «СОШ» No221") // "гбоу сош № 221"
 * @example foldSchoolName("Школа-интернат N 2") // "школа-интернат № 2"
 */
export function foldSchoolName(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\s\u00a0\u2007\u202f]+/gu, " ")
    .replace(/(?<![\p{L}\d])sch\d*(?![\p{L}])/giu, " ")
    .replace(/(?<![\p{L}\d])(?:n[oо]?|nº|n°|#|номер)\s*\.?\s*(?=\d)/giu, "№ ")
    .replace(/[#]/gu, " ")
    .replace(/[A-Za-z]/gu, (ch) => LOOKALIKES[ch] ?? ch)
    .toLowerCase()
    .replace(/ё/gu, "е")
    .replace(/[‐‑‒–—―−]/gu, "-")
    .replace(/\\/gu, "/")
    .replace(/(?:№\s*)+/gu, " № ")
    .replace(/[^\p{L}\d№,;/+&\- ]/gu, " ")
    .replace(/(\p{L})(?=\d)|(\d)(?=\p{L})/gu, "$1$2 ")
    .replace(/ +/gu, " ")
    .trim();
}
