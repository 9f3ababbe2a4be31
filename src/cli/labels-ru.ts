import type { ColumnRole } from "../core/tables/column-role";
import type { SheetKind } from "../core/workbook/sheet-kind";
import type { SheetMap } from "../core/workbook/workbook-map";

/** Russian names of sheet kinds, as the command line and the task pane show them. */
export const SHEET_KIND_RU: Record<SheetKind, string> = {
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

/** Russian names of column roles. */
export const COLUMN_ROLE_RU: Record<ColumnRole, string> = {
  rowNumber: "№ п/п",
  school: "ОО",
  schoolCode: "код/логин ОО",
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
  lowered: "понизили",
  confirmed: "подтвердили",
  raised: "повысили",
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
  lowIncome: "малоимущие",
  registered: "на учёте",
  contextIndex: "индекс контекста",
  teachers: "педагоги",
  categoryHighest: "высшая категория",
  categoryFirst: "первая категория",
  experienceUnder3: "стаж до 3 лет",
  over65: "старше 65 лет",
  vacancies: "вакансии",
  staffingIndex: "индекс кадров",
  microdistrictIndex: "индекс микрорайона",
  newHousing: "новостройки",
  transportAccess: "транспортная доступность",
  cultureAccess: "учреждения культуры",
  shnorFlag: "отметка ШНОР",
};

/** Where a kind or a year was recognised from, in Russian. */
export const SOURCE_RU: Record<SheetMap["kindSource"] | SheetMap["yearSource"], string> = {
  name: "по названию листа",
  title: "по заголовку",
  columns: "по столбцам",
  rows: "по столбцу года",
  correction: "исправлено пользователем",
  none: "не найден",
};
