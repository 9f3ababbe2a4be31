import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The text of a seed document copied into test/fixtures/seeds (the tests never read the shared folder beside the checkout). */
export function seedText(prefix: string): string {
  const dir = join(__dirname, "..", "..", "fixtures", "seeds");
  const names: Record<string, string> = {
    "000": "000_ca62d39149197beb.txt",
    "001": "001_bd998a414cfdff24.txt",
    "002": "002_c4356c8df5fac9b1.txt",
    "003": "003_227cb27d3b83ba47.txt",
    "004": "004_9afc81bbf9a89444.txt",
  };
  return readFileSync(join(dir, names[prefix]), "utf8");
}

/**
 * Recognition slips of the seed texts (converted from PDF/Word), corrected the way the templates spell them:
 * «IIIHOP» for «ШНОР», latin «AP», lost hyphens, a truncated last word.
 */
const OCR_FIXES: [RegExp, string][] = [
  [/IIIHOP/gu, "ШНОР"],
  [/\bAP\b/gu, "АР"],
  [/школкураторов/gu, "школ-кураторов"],
  [/психологопедагогическим/gu, "психолого-педагогическим"],
  [/с рамках/gu, "в рамках"],
  [/^C (?=\d)/gu, "С "],
  [/СПбАППО ИМЦ/gu, "СПбАППО, ИМЦ"],
  [/социологических опрос$/gu, "социологических опросов"],
];

/** Text folded for comparing a template with its seed: OCR slips fixed, spaces collapsed, lower case. */
export function fold(text: string): string {
  let t = text
    .replace(/<\/?b>/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
  for (const [re, to] of OCR_FIXES) t = t.replace(re, to);
  return t.toLowerCase();
}

/** The lines of a text between the first line matching `from` (inclusive) and the first matching `to` (exclusive). */
export function linesBetween(text: string, from: RegExp, to?: RegExp): string[] {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => from.test(l));
  if (start < 0) throw new Error(`no line matches ${String(from)}`);
  const rest = lines.slice(start);
  const end = to ? rest.findIndex((l, i) => i > 0 && to.test(l)) : -1;
  return end < 0 ? rest : rest.slice(0, end);
}

/** A table row of a seed: its number (trailing dot removed) and its tab-separated cells after the number. */
export interface SeedRow {
  number: string;
  cells: string[];
}

/** The numbered table rows of some seed lines: a number like «1.», «2.1», «2.1.1.» then a tab. */
export function seedRows(lines: string[], numberPattern: RegExp): SeedRow[] {
  const out: SeedRow[] = [];
  for (const line of lines) {
    const m = numberPattern.exec(line);
    if (!m) continue;
    out.push({ number: m[1], cells: line.slice(m[0].length).split("\t") });
  }
  return out;
}
