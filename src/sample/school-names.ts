import { schoolId } from "../core/schools/school-id";
import type { SchoolType } from "./types";

/** The ways a district workbook writes a school's name. */
export type NameStyle = "full" | "short" | "short-district" | "compact" | "number" | "login" | "casual";

/** What a name is built from. */
export interface NameParts {
  number: number;
  type: SchoolType;
  depth?: string;
  login: string;
}

const DISTRICT = "Кировского района Санкт-Петербурга";
const INSTITUTION = "Государственное бюджетное общеобразовательное учреждение";

/** The type of a school in words, as in its full name («средняя общеобразовательная школа»). */
export const LONG_TYPE: Readonly<Record<SchoolType, string>> = {
  СОШ: "средняя общеобразовательная школа",
  "СОШ углублённая": "средняя общеобразовательная школа",
  школа: "средняя школа",
  ООШ: "основная общеобразовательная школа",
  гимназия: "гимназия",
  лицей: "лицей",
  ЦО: "центр образования",
  "школа-интернат": "школа-интернат",
};

const SHORT_TYPE: Record<SchoolType, string> = {
  СОШ: "СОШ",
  "СОШ углублённая": "СОШ",
  школа: "школа",
  ООШ: "ООШ",
  гимназия: "гимназия",
  лицей: "лицей",
  ЦО: "ЦО",
  "школа-интернат": "школа-интернат",
};

/**
 * The canonical key of a school: exactly what `SHNOR.SCHOOLID` (core `schoolId`, the one implementation)
 * gives for its short official name — the number for schools numbered in the common sequence, the kind and
 * number for ЦО and the boarding school. A name the core cannot read is a bug of the sample, so it throws.
 * @example schoolKey(221, "СОШ") // "221"
 * @example schoolKey(162, "ЦО") // "ЦО 162"
 * @example schoolKey(2, "школа-интернат") // "интернат 2"
 */
export function schoolKey(number: number, type: SchoolType): string {
  const id = schoolId(schoolName({ number, type, login: "" }, "short"));
  if (!id.ok) throw new Error(`The sample school ${type} № ${number} has no key: ${id.issue.code}`);
  return id.value;
}

/**
 * A school's name written in one of the styles district workbooks use.
 * @example schoolName({ number: 221, type: "СОШ", login: "sch781045" }, "short") // "ГБОУ СОШ № 221"
 * @example schoolName({ number: 397, type: "гимназия", login: "sch781046" }, "compact") // "гимназия 397"
 * @example schoolName({ number: 221, type: "СОШ", login: "sch781045" }, "number") // "221"
 */
export function schoolName(parts: NameParts, style: NameStyle): string {
  const { number, type, depth, login } = parts;
  const depthText = depth ? ` с углублённым изучением ${depth}` : "";
  const short = `ГБОУ ${SHORT_TYPE[type]} № ${number}${depthText}`;
  switch (style) {
    case "full":
      return `${INSTITUTION} ${LONG_TYPE[type]} № ${number}${depthText} ${DISTRICT}`;
    case "short":
      return short;
    case "short-district":
      return `${short} ${DISTRICT}`;
    case "login":
      return `${login} ${short} ${DISTRICT}`;
    case "number":
      return schoolKey(number, type) === String(number) ? String(number) : compactName(number, type);
    case "casual":
      return casualName(number, type);
    case "compact":
      return compactName(number, type);
  }
}

function compactName(number: number, type: SchoolType): string {
  switch (type) {
    case "гимназия":
      return `гимназия ${number}`;
    case "лицей":
      return `лицей №${number}`;
    case "школа-интернат":
      return `школа-интернат № ${number}`;
    case "ЦО":
      return `ЦО №${number}`;
    default:
      return `${SHORT_TYPE[type]} №${number}`;
  }
}

function casualName(number: number, type: SchoolType): string {
  switch (type) {
    case "гимназия":
      return `Гимназия № ${number} `;
    case "лицей":
      return `Лицей ${number}`;
    case "ЦО":
      return `Центр образования № ${number}`;
    case "школа-интернат":
      return `Школа-интернат №${number}`;
    case "школа":
      return `школа  № ${number}`;
    default:
      return `${SHORT_TYPE[type].toLowerCase()}  ${number}`;
  }
}
