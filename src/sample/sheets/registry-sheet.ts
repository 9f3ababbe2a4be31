import { LONG_TYPE } from "../school-names";
import { SheetBuilder } from "../sheet-builder";
import type { SampleSheet, SchoolType, SheetTruth } from "../types";
import type { SampleContext } from "./context";

/** The «Вид ОО» column: the type in words; a school with in-depth study says so, unlike its full name. */
const TYPE_LABEL: Readonly<Record<SchoolType, string>> = {
  ...LONG_TYPE,
  "СОШ углублённая": "СОШ с углублённым изучением предметов",
};

/**
 * The school registry «Список ОО»: logins, short and full names, type, the ШНОР flag of 2023 and notes.
 * @example registrySheet(context).truth.kind // "registry"
 */
export function registrySheet(context: SampleContext): { sheet: SampleSheet; truth: SheetTruth } {
  const b = new SheetBuilder("Список ОО", "registry", null, []);
  b.title("Перечень государственных общеобразовательных организаций Кировского района Санкт-Петербурга", 8);
  b.spacer();
  const header = [
    "№ п/п",
    "Логин ФИС ОКО",
    "Краткое наименование ОО",
    "Полное наименование ОО",
    "Вид ОО",
    "ШНОР (перечень 2023 г.)",
    "Включена в модели кластеризации",
    "Примечание",
  ];
  b.row(header, { bold: true });
  context.schools.forEach((school, index) => {
    const note =
      school.key === "506"
        ? "Присоединена ГБОУ СОШ № 251 (распоряжение КО от 23.12.2021 № 3414-р)"
        : school.shnor && ["386", "538", "608"].includes(school.key)
          ? "Участник проекта «500+» в 2022 г."
          : null;
    const row = b.row([
      index + 1,
      school.login,
      school.shortName,
      school.fullName,
      TYPE_LABEL[school.type],
      school.shnor ? "да" : null,
      school.special ? "нет" : "да",
      note,
    ]);
    b.school(row, 2, school.key);
    b.school(row, 3, school.key);
  });
  b.spacer();
  b.aggregate(
    b.row([
      null,
      null,
      "Итого по району",
      `${context.schools.length} ОО`,
      null,
      context.schools.filter((s) => s.shnor).length,
    ]),
  );
  b.columnWidths([7, 13, 48, 90, 34, 14, 14, 60]);
  return b.build();
}
