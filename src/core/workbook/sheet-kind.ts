import { foldText } from "../cells/cell-text";
import {
  CONTINGENT_ROLES,
  MICRODISTRICT_ROLES,
  STAFFING_ROLES,
  type ColumnRole,
} from "../tables/column-role";

/** What a sheet holds. */
export const SHEET_KINDS = [
  "registry",
  "vpr",
  "oge",
  "ege",
  "rdr",
  "contingent",
  "staffing",
  "microdistrict",
  "unknown",
] as const;

/** One of the sheet kinds the data layer recognises. */
export type SheetKind = (typeof SHEET_KINDS)[number];

/** A recognised kind and what it was recognised from. */
export interface KindGuess {
  kind: SheetKind;
  source: "name" | "title" | "columns" | "none";
}

const NOT_LETTER = "(?<![\\p{L}])";

/** Words naming each kind in sheet names and titles, tried in this order. */
const KIND_WORDS: ReadonlyArray<readonly [SheetKind, RegExp]> = [
  [
    "vpr",
    new RegExp(`${NOT_LETTER}впр(?![\\p{L}])|всероссийск\\p{L}* проверочн|статистика по отметкам`, "u"),
  ],
  ["oge", new RegExp(`${NOT_LETTER}(?:огэ|гвэ-9|гиа-? ?9)(?![\\p{L}\\d])|основн\\p{L}* государственн`, "u")],
  ["ege", new RegExp(`${NOT_LETTER}(?:егэ|гвэ-11|гиа-? ?11)(?![\\p{L}\\d])|единн\\p{L}* государственн`, "u")],
  ["rdr", new RegExp(`${NOT_LETTER}рдр(?![\\p{L}])|региональн\\p{L}* диагностическ`, "u")],
  ["contingent", /контингент|соц\.? ?паспорт|социальн\p{L}* паспорт|контекст|обучающиеся/u],
  ["staffing", /кадр|педагог|персонал|штат/u],
  ["microdistrict", /микрорайон/u],
  [
    "registry",
    /реестр|список (?:оо|школ|образовательн|организаций|учреждений)|перечень (?:оо|школ)|справочник|школы района|^оо района|^школы$|^оо$/u,
  ],
];

/**
 * The kind a sheet name or a title names, if any.
 * @example kindFromText("ВПР 2023") // "vpr"
 * @example kindFromText("Соц. паспорт") // "contingent"
 * @example kindFromText("Лист1") // undefined
 */
export function kindFromText(text: string): SheetKind | undefined {
  const folded = foldText(text);
  for (const [kind, pattern] of KIND_WORDS) if (pattern.test(folded)) return kind;
  return undefined;
}

const IDENTITY: readonly ColumnRole[] = [
  "rowNumber",
  "school",
  "schoolCode",
  "schoolType",
  "address",
  "shnorFlag",
];

/**
 * The kind a sheet's recognised columns suggest.
 * @example kindFromColumns(["school", "participants", "mark2", "mark3", "mark4", "mark5"]) // "vpr"
 * @example kindFromColumns(["school", "participants", "avgScore", "belowMin"]) // "ege"
 */
export function kindFromColumns(roles: readonly ColumnRole[]): SheetKind | undefined {
  const has = (role: ColumnRole): boolean => roles.includes(role);
  const count = (set: readonly ColumnRole[]): number => set.filter(has).length;
  if (has("belowMin") || has("share80_100")) return "ege";
  if (has("avgMark")) return "oge";
  if (count(["mark2", "mark3", "mark4", "mark5"]) >= 3 || has("lowered") || has("raised")) return "vpr";
  if (has("avgScore") && has("failShare")) return "oge";
  const contingent = count(CONTINGENT_ROLES);
  const staffing = count(STAFFING_ROLES);
  const micro = count(MICRODISTRICT_ROLES);
  if (contingent + staffing + micro > 0) {
    if (micro > contingent && micro > staffing) return "microdistrict";
    return staffing > contingent ? "staffing" : "contingent";
  }
  if (has("school") && roles.every((r) => IDENTITY.includes(r))) return "registry";
  return undefined;
}

/**
 * Recognises what a sheet holds: from its name first, then its title rows, then its columns.
 * @example recognizeSheetKind("Лист3", ["Результаты ОГЭ-2022"], []) // { kind: "oge", source: "title" }
 * @example recognizeSheetKind("Кадры", [], ["school", "teachers"]) // { kind: "staffing", source: "name" }
 */
export function recognizeSheetKind(
  name: string,
  titleLines: readonly string[],
  roles: readonly ColumnRole[],
): KindGuess {
  const byName = kindFromText(name);
  if (byName) return { kind: byName, source: "name" };
  for (const line of titleLines) {
    const byTitle = kindFromText(line);
    if (byTitle) return { kind: byTitle, source: "title" };
  }
  const byColumns = kindFromColumns(roles);
  return byColumns ? { kind: byColumns, source: "columns" } : { kind: "unknown", source: "none" };
}
