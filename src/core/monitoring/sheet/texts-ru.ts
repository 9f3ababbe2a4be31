import type { IndicatorGroup } from "../types";
import type { MonitoringModel } from "../model";

/** The tab's name. */
export const MONITORING_SHEET_NAME = "Мониторинг";

/** Column group titles. */
export const GROUP_TITLES: Record<IndicatorGroup, string> = {
  summary: "Динамика образовательных результатов",
  vpr: "ВПР",
  oge: "ОГЭ",
  ege: "ЕГЭ",
  contingent: "Контингент",
  staffing: "Кадровое обеспечение",
};

/** Column group fills. */
export const GROUP_FILLS: Record<IndicatorGroup, string> = {
  summary: "#FFF2CC",
  vpr: "#DDEBF7",
  oge: "#E2EFDA",
  ege: "#FCE4D6",
  contingent: "#EDE7F6",
  staffing: "#EDEDED",
};

/**
 * The title: «Мониторинг ШНОР — Кировский район, 2022 → 2023».
 * @example titleText(model) // "Мониторинг ШНОР — Кировский район: 2022 → 2023 гг."
 */
export function titleText(model: MonitoringModel): string {
  const where = model.district ? ` — ${model.district}` : "";
  return `Мониторинг ШНОР${where}: ${model.years.before} → ${model.years.after} гг.`;
}

/**
 * Where the list came from, in Russian.
 * @example listText(model) // "Перечень ШНОР (8 ОО): лист «Список ОО», столбец «ШНОР (перечень 2023 г.)»"
 */
export function listText(model: MonitoringModel): string {
  const n = model.schools.length;
  const s = model.list;
  return s.kind === "flag"
    ? `Перечень ШНОР (${n} ОО): отметки района — лист «${s.sheet}», столбец «${s.header}» (${s.column})`
    : `Перечень ШНОР (${n} ОО): отметок ШНОР в книге нет — перечень определён по профилю критериев «${s.profile}» (SHNOR.STATUS) за ${s.year} г.`;
}

/** The lines of the journal block: how the tab was made. */
export function journalLines(model: MonitoringModel): string[] {
  return [
    `Надстройка «ШНОР», версия ${model.version}; лист сформирован ${model.createdAt}.`,
    `Профиль критериев: «${model.profile.name}»; допуск «без изменений» по результатам: ±${model.profile.tolerance} п.п. (ячейка C3).`,
    listText(model) + ".",
    `Сравниваются ${model.years.before} и ${model.years.after} гг.; листы-источники: ${model.sourceSheets.map((s) => `«${s}»`).join(", ")}.`,
    model.roadmap
      ? `Дорожная карта: лист «${model.roadmap.sheet}», статусы ${model.roadmap.range}.`
      : "Дорожная карта: в книге нет сформированного листа «Дорожная карта».",
    "Знаки: ▲ — улучшение, ▼ — ухудшение, ● — без существенных изменений; для долей «2», порога ЕГЭ, вакансий, учёта и педагогов старше 65 лет улучшение — снижение.",
    "Позитивные изменения: положительная динамика результатов или улучшение не менее двух показателей кадров и контингента без отрицательной динамики результатов.",
    "Среднее по району: результаты взвешены по числу участников; кадры и контингент — среднее по ОО. Источник каждого исходного значения — в примечании к ячейке.",
  ];
}
