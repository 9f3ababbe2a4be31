/**
 * Russian texts of the screens «Проверка», «Дорожная карта» and «Мониторинг»: part of the one catalogue
 * `stringsRu` (strings-ru.ts), kept here so each file stays readable.
 */
import type { Severity } from "../core/validation";

const plural = (n: number, one: string, few: string, many: string): string => {
  const d = n % 10;
  const h = n % 100;
  if (d === 1 && h !== 11) return one;
  if (d >= 2 && d <= 4 && (h < 12 || h > 14)) return few;
  return many;
};

const count = (n: number, one: string, few: string, many: string): string =>
  `${n.toLocaleString("ru-RU")} ${plural(n, one, few, many)}`;

const percent = (share: number): string => `${Math.round(share * 100)} %`;

/** «Проверка». */
export const VALIDATION_RU = {
  title: "Проверка данных книги",
  intro:
    "Проверка читает листы книги и ничего в них не меняет. Нажмите на замечание, чтобы перейти к его ячейке.",
  run: "Проверить книгу",
  rerun: "Проверить снова",
  running: "Проверка книги",
  notRun: "Книга ещё не проверялась в этом сеансе.",
  totals: (error: number, warning: number, info: number) =>
    `Найдено: ${count(error, "ошибка", "ошибки", "ошибок")}, ${count(warning, "предупреждение", "предупреждения", "предупреждений")}, ${count(info, "замечание", "замечания", "замечаний")}.`,
  clean: "Ошибок, предупреждений и замечаний нет: книга готова к анализу.",
  groups: { error: "Ошибки", warning: "Предупреждения", info: "Замечания" } satisfies Record<
    Severity,
    string
  >,
  groupsLabel: "Найденное по важности",
  groupCount: (title: string, n: number) => `${title} (${n.toLocaleString("ru-RU")})`,
  shown: (shown: number, total: number) =>
    `Показаны первые ${shown.toLocaleString("ru-RU")} из ${total.toLocaleString("ru-RU")}; все — на листе «Проверка».`,
  omitted: (n: number) =>
    `Ещё ${count(n, "однотипное замечание", "однотипных замечания", "однотипных замечаний")} не показано по отдельности (учтены в сводке).`,
  where: (sheet: string, cell: string) => `«${sheet}»!${cell}`,
  goTo: (sheet: string, cell: string) => `Перейти к ячейке ${cell} листа «${sheet}»`,
  selected: (sheet: string, cell: string) => `Выделена ячейка ${cell} листа «${sheet}».`,
  noSelect: "В этом окне нельзя выделить ячейку: найдите её по адресу.",
  writeReport: "Записать лист «Проверка»",
  written: (name: string, replaced: boolean) =>
    replaced ? `Отчёт «${name}» обновлён.` : `Отчёт «${name}» создан.`,
  writing: "Запись отчёта «Проверка»",
  highlight: "Подсветить ячейки с ошибками и предупреждениями",
  unhighlight: "Снять подсветку",
  highlighted: (n: number) =>
    `Подсвечено ${count(n, "ячейка", "ячейки", "ячеек")}: заливка и примечание, значения не изменены.`,
  highlighting: "Подсветка ячеек",
  unhighlighting: "Снятие подсветки",
  unhighlighted: (n: number) =>
    n === 0
      ? "Подсветки, поставленной надстройкой, в книге нет."
      : `Подсветка снята с ${count(n, "ячейки", "ячеек", "ячеек")}: прежние заливки и примечания возвращены.`,
  noHighlight:
    "Эта версия Excel не умеет подсвечивать ячейки из надстройки: переходите к ячейкам по списку или по ссылкам листа «Проверка».",
  noWriter: "Эта книга открыта только для чтения: лист «Проверка» записать нельзя.",
} as const;

/** «Дорожная карта». */
export const ROADMAP_RU = {
  title: "Дорожная карта",
  intro:
    "Выберите шаблон, год, район и школы. План записывается новым листом; лист, созданный вами, не перезаписывается.",
  template: "Шаблон",
  builtIn: "Встроенные шаблоны",
  ownTemplates: "Листы-шаблоны книги",
  templateScope: {
    district: "один план на район",
    school: "отдельный лист на каждую выбранную школу",
  } as Record<string, string>,
  year: "Год плана",
  yearHint: "Для учебного года — год его начала (2024 → 2024/2025).",
  yearInvalid: "Введите год от 1990 до 2100.",
  district: "Район (именительный падеж)",
  districtHint: "Например: Кировский район. Подставляется в заголовок и в должности.",
  districtFound: "найден в заголовках книги",
  districtMissing: "Район не найден в заголовках книги: впишите его.",
  schools: "Школы",
  schoolsFrom: (source: string) => `Список: ${source}.`,
  allSchools: "Выбрать все",
  noSchools: "Снять все",
  chosen: (n: number, total: number) => `Выбрано ${n} из ${total}`,
  noneChosen: "Выберите хотя бы одну школу.",
  generate: "Создать дорожную карту",
  generating: "Создание дорожной карты",
  written: (names: readonly string[]) =>
    names.length === 1
      ? `Лист «${names[0]}» записан.`
      : `Записаны листы: ${names.map((n) => `«${n}»`).join(", ")}.`,
  noSheets: "Нет ни одной школы для индивидуальной дорожной карты: выберите школы.",
  makeTemplate: "Создать лист-шаблон для правки",
  makeTemplateHint:
    "Лист «Шаблон …» можно править в Excel: добавлять, удалять и переформулировать мероприятия. Затем выберите его здесь.",
  templateWritten: (name: string) =>
    `Лист-шаблон «${name}» создан. Отредактируйте его и выберите в списке шаблонов.`,
  templateFindings: "Замечания к листу-шаблону",
  templateOk: "Лист-шаблон прочитан без замечаний.",
  templateInvalid:
    "Лист не принят как шаблон: исправьте ошибки в указанных ячейках и нажмите «Перечитать книгу».",
  findingSeverity: { error: "ошибка", warning: "предупреждение" } as Record<string, string>,
  reload: "Перечитать книгу",
  noWriter: "Эта книга открыта только для чтения: дорожную карту записать нельзя.",
} as const;

/** «Мониторинг». */
export const MONITORING_RU = {
  title: "Мониторинг ШНОР",
  intro:
    "Лист «Мониторинг» строится по карте книги одним нажатием: показатели каждой ШНОР за два года, изменения, целевые показатели программы и диаграмма. Изменения и доли — формулы Excel.",
  generate: "Сформировать мониторинг",
  generating: "Формирование листа «Мониторинг»",
  written: (name: string, replaced: boolean) =>
    replaced ? `Лист «${name}» обновлён.` : `Лист «${name}» создан.`,
  summary: "Итоги последнего формирования",
  schools: (n: number, before: number, after: number) => `ШНОР: ${n}; годы ${before} → ${after}.`,
  list: (source: string) => `Перечень ШНОР: ${source}.`,
  targetsLabel: "Целевые показатели программы",
  target: (label: string, share: number, target: number, met: boolean) =>
    `${label}: ${percent(share)} (цель ${percent(target)}) — ${met ? "достигнуто" : "не достигнуто"}`,
  targets: {
    positiveDynamics: "Доля ШНОР с положительной динамикой результатов",
    positiveChanges: "Доля ШНОР с позитивными изменениями",
    exit: "Доля ШНОР, выходящих из перечня",
    roadmap: "Выполнено мероприятий дорожной карты",
  },
  steps: {
    "workbook-map": "Открыть раздел «Книга»",
    "shnor-list": "Открыть раздел «Книга» (список ОО)",
    criteria: "Открыть раздел «ШНОР и наставники»",
  } as Record<string, string>,
  needsAnswer: "Нужен ответ перед формированием",
  noWriter: "Эта книга открыта только для чтения: лист «Мониторинг» записать нельзя.",
} as const;
