import type { Issue, IssueCode } from "./issue-codes";

type Params = NonNullable<Issue["params"]>;

const list = (v: Params[string] | undefined): string =>
  Array.isArray(v) ? v.join(", ") : v === undefined ? "" : String(v);

/** The Russian message of every issue code, in one place. */
const MESSAGES: Record<IssueCode, (p: Params) => string> = {
  empty: () => "Ячейка пуста: укажите значение.",
  "not-a-number": (p) => `«${list(p.text)}» — не число: введите число (десятичная запятая допускается).`,
  "excel-error": (p) => `В ячейке ошибка Excel ${list(p.text)}: исправьте формулу или значение.`,
  "out-of-range": (p) => `Значение ${list(p.value)} вне допустимого диапазона ${list(p.range)}.`,
  "school-unknown": (p) => `Школа «${list(p.text)}» не распознана: укажите номер или полное название ОО.`,
  "school-ambiguous": (p) =>
    `Название «${list(p.text)}» подходит к нескольким школам (${list(p.candidates)}): уточните номер или вид ОО.`,
  "school-empty": () => "Название школы пусто.",
  "bad-argument": (p) => `Недопустимый аргумент ${list(p.name)}: ${list(p.text)}.`,
  "shape-mismatch": () => "Диапазоны должны быть одного размера.",
  "not-enough-data": (p) => `Недостаточно данных по району: нужно не менее ${list(p.min)} значений.`,
  "no-variation": (p) =>
    `Все значения ${list(p.what) || "по району"} одинаковы: разброс равен нулю, расчёт невозможен.`,
  "no-participants": () => "Нет участников: сумма отметок (или долей) равна нулю.",
  "unknown-subject": (p) =>
    `Предмет «${list(p.text)}» не найден в профиле критериев (${list(p.exam)} ${list(p.year)}): укажите один из: ${list(p.candidates)}.`,
  "no-school-data": (p) => `Нет данных школы: ${list(p.text)}`,
  "unknown-model": (p) =>
    `Неизвестная модель «${list(p.text)}»: укажите «контингент», «кадры», «микрорайон» или «сумма» (A–D).`,
  "host-unsupported": (p) =>
    `Эта версия Excel не поддерживает нужные функции (набор ${list(p.set)}): обновите Excel или откройте книгу в Excel в Интернете.`,
  "host-feature-skipped": (p) =>
    `Лист «${list(p.sheet)}» записан без части оформления (${list(p.feature)}): эта версия Excel не поддерживает набор ${list(p.set)}. Обновите Excel или откройте книгу в Excel в Интернете, чтобы получить лист полностью.`,
  "host-notes-as-comments": (p) =>
    `На листе «${list(p.sheet)}» пояснения к ячейкам записаны как комментарии, а не заметки: эта версия Excel не поддерживает заметки (набор ${list(p.set)}).`,
  "highlights-limited": (p) =>
    `Отмечено ${list(p.count)} ячеек из ${list(p.total)} (самые серьёзные замечания): остальные смотрите на листе «Проверка».`,
  "highlights-notes-skipped": (p) =>
    `Ячейки отмечены только цветом, без примечаний: эта версия Excel не поддерживает ни заметки, ни комментарии (набор ${list(p.set)}). Текст замечаний — на листе «Проверка».`,
  cancelled: () => "Операция отменена пользователем.",
  "sheet-not-found": (p) => `Лист «${list(p.name)}» не найден в книге.`,
  "no-table": (p) =>
    `На листе «${list(p.sheet)}» не найдена строка заголовков таблицы: добавьте заголовки столбцов (например, «ОО», «Кол-во участников»).`,
  "roadmap-template-invalid": (p) =>
    `В шаблоне дорожной карты найдено ошибок: ${list(p.count)}; исправьте отмеченные ячейки.`,
  "roadmap-unknown-row": (p) =>
    `Неизвестный тип строки «${list(p.text)}»: укажите «параметр», «утверждение», «заголовок», «столбец», «раздел», «задача», «показатель», «подраздел» или «мероприятие».`,
  "roadmap-no-section": (p) =>
    `Строка «${list(p.text)}» стоит до первого раздела: добавьте выше строку с типом «раздел».`,
  "roadmap-bad-number": (p) => `Номер «${list(p.text)}» не подходит: ожидается ${list(p.expected)}.`,
  "roadmap-duplicate-number": (p) =>
    `Номер «${list(p.text)}» уже есть в ячейке ${list(p.cell)}: номера пунктов не должны повторяться.`,
  "roadmap-number-gap": (p) =>
    `После пункта ${list(p.previous)} идёт ${list(p.text)}: нумерация с пропуском; в плане пункты будут пронумерованы подряд.`,
  "roadmap-empty-text": (p) => `Не заполнен текст строки «${list(p.kind)}».`,
  "roadmap-deadline-unparsed": (p) =>
    `Срок «${list(p.text)}» не распознан: он попадёт в план дословно, без пересчёта на другой год и без контроля просрочки.`,
  "roadmap-bad-parameter": (p) =>
    `Параметр «${list(p.name)}»: значение «${list(p.text)}» не подходит (${list(p.expected)}).`,
  "roadmap-bad-repeat": (p) =>
    `Повтор «${list(p.text)}» не распознан: укажите «по школам», «по парам» или оставьте ячейку пустой.`,
  "roadmap-bad-columns": (p) => `Столбцы шаблона заданы неверно: ${list(p.text)}.`,
  "roadmap-unknown-placeholder": (p) =>
    `Неизвестная подстановка «${list(p.text)}»: допустимы {year}, {year+1}, {year-1}, {schoolYear}, {district}, {districtGen}, {school}, {cluster}, {status}, {risk}, {mentor}, {mentee}.`,
  "roadmap-empty": () => "В шаблоне нет ни одного раздела с мероприятиями.",
  "monitoring-no-results": () =>
    "В книге не найдено листов с результатами ВПР, ОГЭ или ЕГЭ: мониторингу нечего сравнивать. Проверьте карту книги.",
  "monitoring-one-year": (p) =>
    `Результаты найдены только за ${list(p.year)} год: для мониторинга нужны два учебных года. Добавьте лист за предыдущий год или укажите год листа в карте книги.`,
  "monitoring-no-shnor": () =>
    "Перечень ШНОР пуст: в списке ОО нет отметок ШНОР, и профиль критериев не относит к ШНОР ни одну школу. Отметьте ШНОР в списке ОО или проверьте профиль критериев.",
};

/**
 * The Russian message for an issue, for cells, the task pane and the command line.
 * @example messageRu({ code: "empty" }) // "Ячейка пуста: укажите значение."
 */
export function messageRu(issue: Issue): string {
  return MESSAGES[issue.code](issue.params ?? {});
}
