/**
 * The Russian texts of the ribbon commands, in one place. They are shown by the task pane (through the pane
 * request of `monitoring-pane.ts`), so they must exist before the task pane's own catalogue has loaded.
 */
export const commandMessagesRu = {
  /**
   * A monitoring that failed in Excel: `reason` is a host's Russian message, or Excel's own text (code).
   * @example commandMessagesRu.monitoringFailed("ошибка") // "Лист «Мониторинг» не сформирован: ошибка"
   */
  monitoringFailed: (reason: string): string => `Лист «Мониторинг» не сформирован: ${reason}`,
  /** Excel failed with a message of its own (usually English): what it means for the user. */
  excelFailed: (detail: string): string =>
    `Excel не выполнил запрос (${detail}). Попробуйте ещё раз; если ошибка повторится, сохраните книгу, закройте и откройте её снова.`,
  /** The monitoring code (a separate file of the add-in) could not be downloaded. */
  monitoringLoadFailed:
    "Лист «Мониторинг» не сформирован: не удалось загрузить часть надстройки ШНОР (нет связи с сервером надстройки?). Проверьте подключение к сети и нажмите кнопку ещё раз.",
} as const;
