import type { RuleId } from "./rule-ids";

/** Values a rule's message needs. */
export type RuleParams = Readonly<Record<string, string | number>>;

/** The Russian texts of a rule: what it checks (for the summary and the docs) and its message. */
export interface RuleText {
  /** What the rule checks, one short line. */
  title: string;
  /** What is wrong at the cell and how to fix it. */
  message: (p: RuleParams) => string;
}

const v = (p: RuleParams, key: string): string => {
  const value = p[key];
  if (value === undefined) return "";
  return typeof value === "number" ? formatNumber(value) : value;
};

/**
 * A number as a Russian workbook shows it: decimal comma, at most one decimal place.
 * @example formatNumber(45.25) // "45,3"
 */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded).replace(".", ",");
}

/** Every rule's Russian texts, in one typed catalogue. */
export const RULE_TEXTS: Record<RuleId, RuleText> = {
  "structure.unknown-kind": {
    title: "вид листа не распознан",
    message: (p) =>
      `Не удалось определить, что содержит лист «${v(p, "sheet")}»: добавьте в название листа или в заголовок над таблицей слово «ВПР», «ОГЭ», «ЕГЭ», «Кадры», «Соц. паспорт» или «Список ОО» либо укажите вид листа в настройках.`,
  },
  "structure.unknown-year": {
    title: "год листа не определён",
    message: (p) =>
      `Не удалось определить год данных листа «${v(p, "sheet")}»: добавьте год в название листа («${v(p, "example")}»), в заголовок над таблицей или столбец «Год».`,
  },
  "structure.no-table": {
    title: "на листе не найдена таблица",
    message: (p) =>
      `На листе «${v(p, "sheet")}» не найдена строка заголовков таблицы: добавьте заголовки столбцов (например, «ОО», «Кол-во участников»).`,
  },
  "structure.missing-column": {
    title: "нет обязательного столбца",
    message: (p) =>
      `На листе вида «${v(p, "kind")}» нет столбца «${v(p, "column")}»: добавьте его или переименуйте заголовок существующего столбца так, чтобы он был распознан.`,
  },
  "structure.unrecognised-header": {
    title: "заголовок столбца не распознан",
    message: (p) =>
      `Заголовок «${v(p, "header")}» не распознан: значения столбца не войдут в анализ. Переименуйте заголовок или укажите назначение столбца в настройках.`,
  },
  "identity.unknown-school": {
    title: "школа не найдена в списке ОО",
    message: (p) =>
      `Школа «${v(p, "text")}» не найдена в списке ОО района: проверьте номер и вид ОО или добавьте школу в лист со списком ОО.`,
  },
  "identity.ambiguous-school": {
    title: "название подходит к нескольким школам",
    message: (p) =>
      `Название «${v(p, "text")}» подходит к нескольким школам (${v(p, "candidates")}): уточните номер и вид ОО (например, «ГБОУ СОШ № 221» или «школа-интернат № 2»).`,
  },
  "identity.duplicate-row": {
    title: "школа дважды в одной таблице",
    message: (p) =>
      `ОО ${v(p, "school")} уже есть в строке ${v(p, "first")}${v(p, "what")}: удалите повтор или исправьте название, класс, предмет или год.`,
  },
  "values.not-a-number": {
    title: "текст вместо числа",
    message: (p) =>
      `«${v(p, "text")}» — не число, а в столбце «${v(p, "header")}» ожидается число: введите число (десятичная запятая допускается) или оставьте ячейку пустой.`,
  },
  "values.excel-error": {
    title: "ошибка Excel вместо значения",
    message: (p) => `В ячейке ошибка Excel ${v(p, "text")}: исправьте формулу или введите значение.`,
  },
  "values.number-as-text": {
    title: "число записано как текст",
    message: (p) =>
      `В столбце «${v(p, "header")}» ячеек с числом, записанным как текст: ${v(p, "count")} (первая — ${v(p, "cell")}). Значения прочитаны, но формулы Excel их не считают: преобразуйте столбец в числа («Данные → Текст по столбцам» или «Преобразовать в число»).`,
  },
  "values.percent-range": {
    title: "процент вне 0–100",
    message: (p) =>
      `Доля ${v(p, "value")} % в столбце «${v(p, "header")}» вне диапазона 0–100 %: проверьте значение (возможно, введено количество вместо процента).`,
  },
  "values.negative-count": {
    title: "отрицательное количество",
    message: (p) =>
      `Количество не может быть отрицательным (${v(p, "value")} в столбце «${v(p, "header")}»): исправьте значение.`,
  },
  "values.marks-sum": {
    title: "отметки «2»–«5» не сходятся",
    message: (p) =>
      p.unit === "percent"
        ? `Доли отметок «2»–«5» в строке дают в сумме ${v(p, "sum")} %, а не 100 %: проверьте доли (допуск на округление ±${v(p, "tolerance")} п.п.).`
        : `Количество отметок «2»–«5» в строке (${v(p, "sum")}) не равно числу участников (${v(p, "participants")}): проверьте количества.`,
  },
  "values.participants-above-students": {
    title: "участников больше, чем обучающихся",
    message: (p) =>
      `Участников (${v(p, "participants")}) больше, чем обучающихся в ОО ${v(p, "school")} в ${v(p, "year")} году (${v(p, "students")}, лист «${v(p, "source")}»): проверьте число участников или контингент.`,
  },
  "values.mark-range": {
    title: "средняя отметка вне 2–5",
    message: (p) =>
      `Средняя отметка ${v(p, "value")} вне шкалы 2–5: проверьте значение (возможно, в столбец попал балл).`,
  },
  "values.required-empty": {
    title: "не заполнена обязательная ячейка",
    message: (p) =>
      `Не заполнено «${v(p, "header")}», хотя в строке есть другие данные: введите значение (без него строка не войдёт в расчёты).`,
  },
  "coverage.school-missing-next-year": {
    title: "школа пропала на следующий год",
    message: (p) =>
      `ОО ${v(p, "school")} есть в данных ${v(p, "kind")} ${v(p, "year")} года, но нет в данных ${v(p, "next")} года: добавьте её строки или проверьте название.`,
  },
  "coverage.procedure-missing-next-year": {
    title: "класс или предмет пропал на следующий год",
    message: (p) =>
      `У ОО ${v(p, "school")} есть ${v(p, "kind")} ${v(p, "year")} (${v(p, "what")}), но нет ${v(p, "next")} года по тому же классу и предмету: проверьте, не потеряна ли строка.`,
  },
  "consistency.name-differs": {
    title: "одна школа записана по-разному",
    message: (p) =>
      `ОО ${v(p, "school")} записана на листах по-разному (${v(p, "count")} вариантов, например «${v(p, "first")}» и «${v(p, "other")}»). Все варианты отнесены к одной школе; если это разные ОО, исправьте названия.`,
  },
  "plausibility.outlier": {
    title: "значение далеко от района",
    message: (p) =>
      `Значение ${v(p, "value")} («${v(p, "header")}») сильно отличается от района (медиана ${v(p, "median")}, робастный z = ${v(p, "z")}): проверьте, не опечатка ли это.`,
  },
  "plausibility.year-jump": {
    title: "неправдоподобный скачок между годами",
    message: (p) =>
      `«${v(p, "header")}» изменилось с ${v(p, "before")} (${v(p, "year")}, лист «${v(p, "source")}», ${v(p, "sourceCell")}) до ${v(p, "value")}: такой скачок неправдоподобен, проверьте оба значения.`,
  },
  "scales.score-out-of-scale": {
    title: "балл вне шкалы экзамена",
    message: (p) =>
      `Средний балл ${v(p, "value")} вне шкалы ${v(p, "exam")} (${v(p, "range")}): проверьте значение и вид балла (первичный или тестовый).`,
  },
  "scales.mark-inconsistent": {
    title: "средняя отметка не согласуется с баллом",
    message: (p) =>
      `Средняя отметка ${v(p, "mark")} не согласуется со средним первичным баллом ${v(p, "score")}: по шкале ОГЭ ${v(p, "year")} года («3» с ${v(p, "three")}, «4» с ${v(p, "four")}, «5» с ${v(p, "five")}) этому баллу соответствует отметка «${v(p, "expected")}». Проверьте значения или шкалу в профиле критериев.`,
  },
  "scales.ege-below-min-disagrees": {
    title: "доля ниже минимума не согласуется с баллом",
    message: (p) =>
      `Доля не преодолевших минимальный порог (${v(p, "share")} %) не согласуется со средним баллом ${v(p, "score")} при минимуме ${v(p, "minimum")} (${v(p, "subject")}): при такой доле средний балл должен быть от ${v(p, "low")} до ${v(p, "high")}. Проверьте оба значения.`,
  },
  "scales.small-sample": {
    title: "выборка слишком мала",
    message: (p) =>
      `Участников ${v(p, "participants")} — меньше ${v(p, "limit")}: результат не учитывается в критериях (профиль критериев, правила объёма выборки).`,
  },
  "objectivity.raised-share": {
    title: "признак необъективности: «повысили»",
    message: (p) =>
      `«Повысили» ${v(p, "share")} % — не меньше порога ${v(p, "threshold")} %: отметки ВПР заметно выше журнальных. Признак необъективности результатов: требует внимания, а не исправления ячейки.`,
  },
  "objectivity.vpr-above-oge": {
    title: "признак необъективности: ВПР выше ОГЭ",
    message: (p) =>
      `Качество ВПР ОО ${v(p, "school")} в ${v(p, "year")} году (${v(p, "quality")} %) намного выше района (робастный z = ${v(p, "z")}), а доля «2» на ОГЭ (${v(p, "fail")} %) выше районной (${v(p, "districtFail")} %): результаты ВПР не подтверждаются экзаменом. Признак необъективности: требует внимания.`,
  },
};

/**
 * The Russian message of a rule with its values filled in.
 * @example ruleMessage("values.mark-range", { value: 6.2 }) // "Средняя отметка 6,2 вне шкалы 2–5: …"
 */
export function ruleMessage(id: RuleId, params: RuleParams): string {
  return RULE_TEXTS[id].message(params);
}
