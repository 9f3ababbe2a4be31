import type { NoticeId } from "../runtime/notices";

/** A notice's Russian title and text. */
export interface NoticeText {
  readonly title: string;
  readonly body: string;
}

/**
 * Every Russian text of the task pane, in one typed catalogue. Components take their words from here only.
 */
export const stringsRu = {
  appTitle: "ШНОР",
  appSubtitle: "Школы с низкими образовательными результатами",
  intro:
    "Надстройка помогает районному аналитику: распознаёт таблицы района, проверяет данные, строит кластеры по контексту, отбирает ШНОР по критериям и подбирает наставников.",
  functionsReady: "Функции SHNOR уже работают в формулах, например =SHNOR.SCHOOLID(A2).",
  comingTitle: "Скоро в панели",
  coming: [
    "Книга — что распознано на каждом листе, с возможностью исправить",
    "Проверка — ошибки и пропуски в данных со ссылками на ячейки",
    "Кластеры — модели района, диаграмма и описания кластеров",
    "ШНОР и наставники — профиль критериев, списки и пары",
    "Дорожная карта и Мониторинг — листы по шаблонам района",
  ],
  dismiss: "Закрыть",
  notices: {
    "monitoring-not-available": {
      title: "Мониторинг ещё не доступен",
      body: "Кнопка «Сформировать мониторинг» заработает в одной из следующих версий надстройки.",
    },
  } satisfies Record<NoticeId, NoticeText>,
} as const;
