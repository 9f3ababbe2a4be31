import { capitalRu, COLUMN_ROLE_RU, SHEET_KIND_RU } from "../core";
import { KMEANS_RU } from "./strings-ru-kmeans";
import { MONITORING_RU, ROADMAP_RU, VALIDATION_RU } from "./strings-ru-screens";

/** Each name of a catalogue with its first letter in upper case, as the pane's lists show them. */
function capitalAll<K extends string>(names: Readonly<Record<K, string>>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(names) as K[]) out[key] = capitalRu(names[key]);
  return out;
}

/**
 * Every Russian text of the task pane, in one typed catalogue. Components take their words from here only.
 */
export const stringsRu = {
  appTitle: "ШНОР",
  appSubtitle: "Школы с низкими образовательными результатами",
  preview: "Демонстрация вне Excel: пример района (60 школ), изменения живут только в этой вкладке браузера.",
  loading: "Загрузка панели ШНОР…",
  startFailed:
    "Не удалось открыть книгу для панели ШНОР. Закройте панель и откройте её снова; если не поможет — перезапустите Excel.",
  dismiss: "Закрыть",
  cancel: "Отменить",
  retry: "Повторить",
  tabsLabel: "Разделы панели",
  tabs: {
    workbook: "Книга",
    validation: "Проверка",
    clusters: "Кластеры",
    criteria: "ШНОР и наставники",
    roadmap: "Дорожная карта",
    monitoring: "Мониторинг",
  },
  task: {
    reading: "Чтение книги",
    saving: "Сохранение исправлений в книге",
    writing: (sheet: string) => `Запись листа «${sheet}»`,
    savingProfile: "Сохранение профиля критериев",
    progress: (done: number, total: number) =>
      `${done.toLocaleString("ru-RU")} из ${total.toLocaleString("ru-RU")}`,
    cancelled: "Операция отменена. Данные книги не изменены.",
    errorTitle: "Не получилось",
    unexpected: (text: string) =>
      `Непредвиденная ошибка: ${text}. Повторите действие; если ошибка повторится, сохраните книгу и перезапустите надстройку.`,
  },
  workbook: {
    title: "Что распознано в книге",
    intro:
      "Проверьте вид, год и столбцы каждого листа. Исправления сохраняются в книге и используются всеми разделами.",
    reload: "Перечитать книгу",
    sheets: (n: number) => `Листов: ${n}`,
    kind: "Вид листа",
    year: "Год",
    yearAuto: "Год как распознан",
    yearNone: "нет единого года",
    yearHint: "Пусто — по распознаванию",
    years: (list: readonly number[]) => (list.length > 0 ? `Годы: ${list.join(", ")}` : "Год не найден"),
    source: {
      name: "по имени листа",
      title: "по заголовку",
      columns: "по столбцам",
      none: "не распознан",
      correction: "исправлено вами",
      rows: "по столбцу «Год»",
    } as Record<string, string>,
    schools: (matched: number, unmatched: number) =>
      `Школ распознано: ${matched}${unmatched > 0 ? `, не распознано: ${unmatched}` : ""}`,
    noTable: "Таблица не найдена: нет строки заголовков.",
    columns: "Столбцы",
    columnHeader: "Заголовок",
    columnRole: "Значение столбца",
    roleNone: "— не распознан —",
    corrected: "исправлено",
    resetSheet: "Сбросить исправления листа",
    unmatched: "Не распознанные названия школ",
    empty: "В книге нет листов с данными.",
  },
  kinds: capitalAll(SHEET_KIND_RU),
  roles: capitalAll(COLUMN_ROLE_RU),
  clusters: {
    title: "Кластеры района",
    model: "Модель",
    models: {
      A: "A — контингент",
      B: "B — кадры",
      C: "C — микрорайон",
      D: "D — сумма трёх параметров",
    } as Record<string, string>,
    results: "Результаты (ось Y)",
    context: "Контекст (ось X)",
    band: "Полоса риска, ст. откл.",
    write: "Записать лист «Кластеры»",
    writeMode: "Что записать",
    formulas: "Формулы =SHNOR.CLUSTER(…) — пересчитываются",
    values: "Значения — лист работает без надстройки",
    written: (name: string, replaced: boolean) =>
      replaced ? `Лист «${name}» обновлён.` : `Лист «${name}» создан.`,
    noWriter:
      "Эта версия надстройки ещё не умеет создавать листы в Excel. Используйте формулы SHNOR.CLUSTER и SHNOR.RISK на своём листе.",
    chartTitle: (x: string, y: string) => `Диаграмма рассеяния: ${y} против ${x}`,
    chartDesc: (n: number) => `Школ на диаграмме: ${n}. Пунктир — средние значения по району.`,
    legend: "Легенда: нажмите, чтобы выделить кластер",
    meanLine: "среднее по району",
    cluster: (n: number) => `Кластер ${n}`,
    count: (n: number, risk: number) => `школ: ${n}, у границы: ${risk}`,
    descriptions: "Описание кластеров",
    left: (n: number) => `Не участвуют в модели: ${n}`,
    risk: (n: number) => `риск перехода в кластер ${n}`,
    noMeasures: "В книге не найдены столбцы результатов и контекста. Проверьте раздел «Книга».",
    kmeans: KMEANS_RU,
  },
  criteria: {
    title: "Профиль критериев",
    intro:
      "Каждое число — значение по умолчанию с источником. Меняйте пороги: ниже видно, кто войдёт в списки и кто выйдет, до записи в книгу.",
    stored: "Профиль района сохранён в книге.",
    defaultProfile: "Используется профиль по умолчанию.",
    confirmed: "подтверждено источником",
    unconfirmed: "по умолчанию, проверьте",
    modeAbsolute: "абсолютный (порог доли «2»)",
    modeRelative: "относительный (худшая четверть района)",
    yes: "да",
    no: "нет",
    save: "Сохранить профиль в книге",
    reset: "Вернуть сохранённый",
    saved: "Профиль сохранён в книге.",
    whatIf: "Что изменится",
    whatIfNone: "Профиль не менялся: списки как сейчас.",
    change: (before: number, after: number) => `${before} → ${after}`,
    entering: "войдут",
    leaving: "выйдут",
    invalid: (label: string, min?: number, max?: number) =>
      `«${label}»: введите число${min !== undefined ? ` от ${min}` : ""}${max !== undefined ? ` до ${max}` : ""}.`,
    lists: "Списки по профилю",
    none: "нет школ",
    problems: (n: number) => `Без статуса (нет данных): ${n}`,
    mentors: "Наставники для ШНОР («Школа – школе»)",
    mentorsIntro:
      "Наставник — школа с результатами выше среднего, ближайшая по контексту (контингент, кадры, микрорайон).",
    pair: (school: string, mentor: string) => `${school} ← наставник ${mentor}`,
    noMentor: "наставник не найден",
    closeBy: "Близки по контексту",
    variables: { contingent: "контингент", staffing: "кадры", microdistrict: "микрорайон" },
  },
  selection: {
    title: "Выделенная строка",
    hint: "Выделите строку школы на листе — здесь появятся её кластер и статус.",
    school: (name: string, key: string) => `${name} (${key})`,
    cluster: (n: number, name: string) => `Кластер ${n}: ${name}`,
    noCluster: "Не участвует в модели кластеров",
    status: (text: string) => `Статус: ${text || "нет категорий"}`,
  },
  validation: VALIDATION_RU,
  roadmap: ROADMAP_RU,
  monitoring: MONITORING_RU,
} as const;

/** The catalogue's type, for tests and components. */
export type StringsRu = typeof stringsRu;
