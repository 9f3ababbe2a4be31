/**
 * Every scalar field of the criteria profile with its Russian label, its source and its valid range: the
 * task pane shows them, the README documents them, and `parseProfile` validates against them.
 */

/** How a field's value is checked. */
export type FieldKind = "number" | "integer" | "share" | "boolean" | "mode" | "text";

/** One editable field of the profile. */
export interface ProfileField {
  /** Dotted path in the profile object, e.g. "sampleSize.limited". */
  path: string;
  /** Russian label for the task pane and messages. */
  label: string;
  kind: FieldKind;
  /** Inclusive bounds for numbers. */
  min?: number;
  max?: number;
  /** Russian: where the default comes from. */
  source: string;
  /** The default is confirmed by a source text (true) or a default by analogy, to be checked (false). */
  confirmed: boolean;
}

const FEDERAL =
  "Федеральный индикатор риска (с 2024 г.): «не менее 30% участников, не преодолевших минимальный порог … " +
  "по двум и более оценочным процедурам …, а также по одной и той же оценочной процедуре» два года подряд.";

/** The scalar fields of `CriteriaProfile`, in the order the task pane shows them. */
export const PROFILE_FIELDS: readonly ProfileField[] = [
  { path: "name", label: "Название профиля", kind: "text", source: "Задаётся районом.", confirmed: true },
  {
    path: "mode",
    label: "Режим: «absolute» — порог доли «2», «relative» — худшая четверть района",
    kind: "mode",
    source:
      "Абсолютный режим — федеральный индикатор риска; относительный — практика СПб РСОКО (нижний квартиль " +
      "района в кластерах схожего контекста).",
    confirmed: true,
  },
  {
    path: "failShareThreshold",
    label: "Порог доли «2» (ниже минимального балла ЕГЭ), %",
    kind: "number",
    min: 0,
    max: 100,
    source: FEDERAL,
    confirmed: true,
  },
  {
    path: "relativeWorstShare",
    label: "Доля худших школ района в относительном режиме (0–1)",
    kind: "share",
    min: 0,
    max: 1,
    source: "СПб РСОКО: сравнение по нижнему квартилю (0,25).",
    confirmed: true,
  },
  {
    path: "minLowProcedures",
    label: "Число процедур последнего года с низкими результатами для ШНОР",
    kind: "integer",
    min: 1,
    max: 50,
    source: FEDERAL,
    confirmed: true,
  },
  {
    path: "sameProcedureTwoYears",
    label: "ШНОР, если одна и та же процедура низкая два года подряд",
    kind: "boolean",
    source: FEDERAL,
    confirmed: true,
  },
  {
    path: "riskRise",
    label: "Рост доли «2» к прошлому году для зоны риска, п.п.",
    kind: "number",
    min: 0,
    max: 100,
    source: "ФИОКО, рекомендации по анализу ВПР: рост % «2» на 10 п.п. — отрицательная динамика.",
    confirmed: false,
  },
  {
    path: "riskBand",
    label: "Полоса риска у границы кластера, стандартных отклонений",
    kind: "number",
    min: 0,
    max: 3,
    source:
      "План мероприятий Кировского района (2023): школы «с вероятностью выпасть … в кластер с низкими " +
      "результатами»; ширина полосы (0,25) выбрана по умолчанию.",
    confirmed: false,
  },
  {
    path: "shnsuWorstShare",
    label: "Доля района с самым сложным контекстом — ШНСУ (0–1)",
    kind: "share",
    min: 0,
    max: 1,
    source:
      "Практика индекса социального благополучия школы (ИСБШ): нижняя часть распределения; 0,25 — по умолчанию.",
    confirmed: false,
  },
  {
    path: "contextHigherIsWorse",
    label: "Больший индекс контекста означает более сложный контингент",
    kind: "boolean",
    source: "Модель кластеризации Кировского района: «сложность контингента» (больше — сложнее).",
    confirmed: true,
  },
  {
    path: "sampleSize.informative",
    label: "Выборка информативна от, участников",
    kind: "integer",
    min: 1,
    max: 100000,
    source: "ФИОКО, рекомендации по анализу ВПР (2026): не менее 50 участников — информативно.",
    confirmed: true,
  },
  {
    path: "sampleSize.usable",
    label: "Выборка пригодна от, участников",
    kind: "integer",
    min: 1,
    max: 100000,
    source: "ФИОКО, рекомендации по анализу ВПР (2026): 20–49 участников — пригодно.",
    confirmed: true,
  },
  {
    path: "sampleSize.limited",
    label: "Процедура учитывается от, участников (ниже — не учитывается)",
    kind: "integer",
    min: 0,
    max: 100000,
    source:
      "ФИОКО: менее 20 — «выборка ограничена», анализ групп — не менее 10; 10–19 учитываются с пометкой, " +
      "менее 10 — не учитываются.",
    confirmed: true,
  },
  {
    path: "objectivity.raisedThreshold",
    label: "«Повысили» (отметка ВПР выше журнальной) — признак необъективности от, %",
    kind: "number",
    min: 0,
    max: 100,
    source: "Сравнение отметок ВПР с журнальными (ФИС ОКО); порог 15 % выбран по умолчанию.",
    confirmed: false,
  },
  {
    path: "objectivity.robustZ",
    label: "Качество ВПР намного выше района: робастный z не менее",
    kind: "number",
    min: 0,
    max: 10,
    source: "ФИОКО (2018): результаты заметно выше региона и не подтверждены экзаменами; z = 2 по умолчанию.",
    confirmed: false,
  },
  {
    path: "objectivity.excludeFromImproved",
    label: "Школы с признаками необъективности не считаются «улучшившими» результаты",
    kind: "boolean",
    source: "ФИОКО: результаты с признаками необъективности рассматриваются отдельно.",
    confirmed: false,
  },
  {
    path: "dynamicsTolerance",
    label: "Допуск динамики (изменение в пределах ± допуска — стабильно), п.п.",
    kind: "number",
    min: 0,
    max: 100,
    source: "Выбран по умолчанию: 1 п.п.",
    confirmed: false,
  },
];

/** Source text of the per-year tables, for the task pane and the README. */
export const EXAM_TABLE_SOURCES = {
  egeMinimums:
    "Минимальные баллы ЕГЭ (Рособрнадзор; подтверждены для 2026 г., в последние годы не менялись): русский " +
    "язык 24, профильная математика 27, базовая математика — отметка «3», обществознание 42, информатика 40, " +
    "география 37, физика, химия, биология 36, история, литература 32, иностранные языки 22.",
  ogeScales:
    "Шкалы ОГЭ 2023 г. (первичные баллы «2»/«3»/«4»/«5»): русский язык 0–14/15–22/23–28/29–33; математика " +
    "0–7/8–14/15–21/22–31 (для «3» нужно не менее 2 баллов по геометрии); физика 0–10/11–22/23–34/35–45.",
} as const;

/**
 * The value at a dotted path of an object, or undefined.
 * @example valueAt({ a: { b: 2 } }, "a.b") // 2
 */
export function valueAt(object: unknown, path: string): unknown {
  let current: unknown = object;
  for (const part of path.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}
