/**
 * The few Russian texts needed before the task pane bundle has loaded (everything else is in
 * src/taskpane/strings-ru.ts, which lives in the lazily loaded chunk).
 */
export const startupMessagesRu = {
  loadFailed:
    "Не удалось загрузить панель ШНОР. Закройте панель и откройте её снова кнопкой «Панель ШНОР» на вкладке «Главная». Функции SHNOR в формулах продолжают работать.",
} as const;
