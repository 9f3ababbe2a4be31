/**
 * The Russian texts of the criteria area (profile validation, status reasons, mentor explanations), in one
 * typed catalogue.
 */

/**
 * Formats a number the Russian way: decimal comma, at most `digits` decimals, no trailing zeros.
 * @example formatRu(35.25) // "35,3"
 */
export function formatRu(value: number, digits = 1): string {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return String(Object.is(rounded, -0) ? 0 : rounded).replace(".", ",");
}

const quote = (value: unknown): string => {
  if (typeof value === "string") return `«${value}»`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

/** Messages about a stored or edited criteria profile. */
export const PROFILE_TEXTS = {
  notJson: (detail: string) => `Профиль критериев не читается как JSON: ${detail}.`,
  notObject: () => "Профиль критериев должен быть объектом JSON с полями профиля.",
  newerVersion: (version: number, supported: number) =>
    `Профиль критериев создан более новой версией надстройки (версия ${version}, поддерживается до ${supported}): обновите надстройку.`,
  badVersion: (value: unknown) =>
    `Поле «version»: ожидается целое число не меньше 1, получено ${quote(value)}.`,
  noVersion: () => "В профиле нет поля «version»: считается версия 1.",
  missing: (label: string, path: string, fallback: unknown) =>
    `Поле «${label}» (${path}) не задано: взято значение по умолчанию ${quote(fallback)}.`,
  unknownField: (path: string) => `Неизвестное поле «${path}» пропущено.`,
  expectNumber: (label: string, path: string, min: number, max: number, value: unknown) =>
    `Поле «${label}» (${path}): ожидается число от ${formatRu(min, 3)} до ${formatRu(max, 3)}, получено ${quote(value)}.`,
  expectInteger: (label: string, path: string, min: number, max: number, value: unknown) =>
    `Поле «${label}» (${path}): ожидается целое число от ${formatRu(min)} до ${formatRu(max)}, получено ${quote(value)}.`,
  expectBoolean: (label: string, path: string, value: unknown) =>
    `Поле «${label}» (${path}): ожидается true или false (да/нет), получено ${quote(value)}.`,
  expectMode: (label: string, path: string, value: unknown) =>
    `Поле «${label}» (${path}): ожидается «absolute» (порог) или «relative» (худшая четверть), получено ${quote(value)}.`,
  expectText: (label: string, path: string, value: unknown) =>
    `Поле «${label}» (${path}): ожидается текст, получено ${quote(value)}.`,
  sampleOrder: (limited: number, usable: number, informative: number) =>
    `Границы выборки должны возрастать: «учитывается от» (${limited}) ≤ «пригодна от» (${usable}) ≤ «информативна от» (${informative}).`,
  tableNotObject: (path: string) => `Поле «${path}» должно быть объектом «год → предмет → значение».`,
  badYear: (path: string, year: string) =>
    `Поле «${path}»: «${year}» — не год (ожидается, например, «2024»).`,
  badEgeMinimum: (year: string, subject: string, value: unknown) =>
    `Минимальный балл ЕГЭ ${year}, «${subject}»: ожидается балл от 0 до 100 или {"mark": 3}, получено ${quote(value)}.`,
  badOgeScale: (year: string, subject: string, value: unknown) =>
    `Шкала ОГЭ ${year}, «${subject}»: ожидаются целые баллы {"three", "four", "five", "max"} по возрастанию, получено ${quote(value)}.`,
} as const;

/** Names of the categories, most serious first. */
export const CATEGORY_ORDER = ["ШНОР", "зона риска", "ШНСУ"] as const;

/** One of the status categories. */
export type Category = (typeof CATEGORY_ORDER)[number];

/** Pieces of the "why" texts a status carries for the task pane. */
export const STATUS_TEXTS = {
  procedure: (label: string, value: number) => `${label} — ${formatRu(value)} %`,
  low: (mode: "absolute" | "relative", threshold: number, worstShare: number) =>
    mode === "absolute"
      ? `доля «2» не менее ${formatRu(threshold)} %`
      : `доля «2» в худшей ${formatRu(worstShare * 100, 0)} % района`,
  manyProcedures: (low: string, count: number, list: string) =>
    `${low} по ${count} процедурам последнего года (${list})`,
  sameProcedure: (low: string, label: string, before: number, now: number) =>
    `${low} по одной и той же процедуре два года подряд (${label}: ${formatRu(before)} % и ${formatRu(now)} %)`,
  oneProcedure: (low: string, list: string) => `${low} по одной процедуре последнего года (${list})`,
  rise: (label: string, before: number, now: number, rise: number) =>
    `рост доли «2» на ${formatRu(now - before)} п.п. (не менее ${formatRu(rise)} п.п.) к прошлому году (${label}: ${formatRu(before)} % → ${formatRu(now)} %)`,
  riskBand: (z: number, band: number) =>
    `результат выше среднего по району, но в пределах ${formatRu(band, 2)} ст. откл. от границы кластера (z = ${formatRu(z, 2)})`,
  context: (value: number, cut: number, share: number) =>
    `индекс сложности контингента ${formatRu(value, 2)} — в худшей ${formatRu(share * 100, 0)} % района (граница ${formatRu(cut, 2)})`,
  limited: (list: string, from: number, to: number) =>
    `выборка ограничена (${from}–${to} участников): ${list} — учтено с пометкой`,
  excluded: (list: string, below: number) => `не учтено (менее ${below} участников): ${list}`,
  procedureLabel: (index: number) => `процедура ${index + 1}`,
  noData: () => "Нет данных ни по одной процедуре: доли «2» пусты или выборки слишком малы.",
} as const;
