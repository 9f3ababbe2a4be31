import type { ColumnRole } from "./tables/column-role";
import type { SheetKind } from "./workbook/sheet-kind";
import type { SheetMap } from "./workbook/workbook-map";

/**
 * Russian names of sheet kinds, as validation messages, the command line and the task pane show them
 * (lower case inside a sentence; {@link capitalRu} for a list label). `Record` makes the compiler catch a
 * kind without a name.
 */
export const SHEET_KIND_RU: Readonly<Record<SheetKind, string>> = {
  registry: "список ОО",
  vpr: "ВПР",
  oge: "ОГЭ",
  ege: "ЕГЭ",
  rdr: "РДР",
  contingent: "контингент",
  staffing: "кадры",
  microdistrict: "микрорайон",
  unknown: "не распознан",
};

/** Russian names of column roles (lower case; {@link capitalRu} for a list label). */
export const COLUMN_ROLE_RU: Readonly<Record<ColumnRole, string>> = {
  rowNumber: "№ п/п",
  school: "школа (ОО)",
  schoolCode: "код / логин ОО",
  schoolType: "вид ОО",
  address: "адрес",
  year: "год",
  procedure: "процедура",
  grade: "класс",
  subject: "предмет",
  participants: "участники",
  mark2: "отметка «2»",
  mark3: "отметка «3»",
  mark4: "отметка «4»",
  mark5: "отметка «5»",
  lowered: "понизили (к журналу)",
  confirmed: "подтвердили (к журналу)",
  raised: "повысили (к журналу)",
  avgScore: "средний балл",
  avgMark: "средняя отметка",
  failShare: "доля «2»",
  belowMin: "ниже минимального порога",
  share80_100: "80–100 баллов",
  success: "успеваемость",
  quality: "качество знаний",
  students: "обучающиеся",
  ovz: "ОВЗ",
  inophone: "инофоны",
  lowIncome: "малоимущие семьи",
  registered: "на учёте (ПДН, ВШУ)",
  contextIndex: "индекс контекста",
  teachers: "педагоги",
  categoryHighest: "высшая категория",
  categoryFirst: "первая категория",
  experienceUnder3: "стаж до 3 лет",
  over65: "старше 65 лет",
  vacancies: "вакансии",
  staffingIndex: "индекс кадрового обеспечения",
  microdistrictIndex: "индекс микрорайона",
  newHousing: "новостройки",
  transportAccess: "транспортная доступность",
  cultureAccess: "учреждения культуры рядом",
  shnorFlag: "отметка ШНОР",
};

/** Where a sheet's kind or year was recognised from, in Russian. */
export const MAP_SOURCE_RU: Readonly<Record<SheetMap["kindSource"] | SheetMap["yearSource"], string>> = {
  name: "по названию листа",
  title: "по заголовку",
  columns: "по столбцам",
  rows: "по столбцу года",
  correction: "исправлено пользователем",
  none: "не найден",
};

/**
 * A label with its first letter in upper case, for lists and headings.
 * @example capitalRu(SHEET_KIND_RU.registry) // "Список ОО"
 * @example capitalRu(COLUMN_ROLE_RU.mark2) // "Отметка «2»"
 */
export function capitalRu(text: string): string {
  return text.charAt(0).toLocaleUpperCase("ru") + text.slice(1);
}
