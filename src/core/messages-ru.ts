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
  "unknown-model": (p) =>
    `Неизвестная модель «${list(p.text)}»: укажите «контингент», «кадры», «микрорайон» или «сумма» (A–D).`,
};

/**
 * The Russian message for an issue, for cells, the task pane and the command line.
 * @example messageRu({ code: "empty" }) // "Ячейка пуста: укажите значение."
 */
export function messageRu(issue: Issue): string {
  return MESSAGES[issue.code](issue.params ?? {});
}
