/**
 * The route from the ribbon's «Сформировать мониторинг» to the task pane: the command posts a request — the
 * step that needs the user's answer and a Russian message — and the pane, on mount, subscribes and receives
 * the pending request, if any. The ribbon command and the pane share one runtime (SharedRuntime).
 * Tiny and free of imports on purpose: the start-up bundle holds it, so a request can be
 * posted even when the monitoring code itself (a lazily loaded chunk) failed to load.
 *
 * `step`: "workbook-map" (Карта книги: sheets, years, columns), "shnor-list" (отметки ШНОР в списке ОО /
 * профиль критериев), "criteria" or "error".
 */

/** The task pane step a monitoring that cannot run on its own needs an answer at. */
export type MonitoringStep = "workbook-map" | "shnor-list" | "criteria";

/** What the task pane is asked to open, and why (Russian). */
export interface MonitoringPaneRequest {
  step: MonitoringStep | "error";
  message: string;
  seq: number;
}

type Listener = (request: MonitoringPaneRequest) => void;
const listeners = new Set<Listener>();
let pending: MonitoringPaneRequest | undefined;
let counter = 0;

/**
 * Asks the task pane to open at a step; kept until the pane subscribes when it is not open yet (only the
 * latest request is kept).
 * @example requestMonitoringPane("workbook-map", "Результаты найдены только за 2023 год …") // { step: "workbook-map", seq: 1, … }
 */
export function requestMonitoringPane(
  step: MonitoringPaneRequest["step"],
  message: string,
): MonitoringPaneRequest {
  const request = { step, message, seq: ++counter };
  if (listeners.size === 0) pending = request;
  listeners.forEach((listener) => listener(request));
  return request;
}

/**
 * For the task pane: receives the pending request at once, then every new one. Returns the unsubscribe function.
 * @example const stop = subscribeMonitoringPane((r) => openStep(r.step, r.message));
 */
export function subscribeMonitoringPane(listener: Listener): () => void {
  listeners.add(listener);
  if (pending) {
    listener(pending);
    pending = undefined;
  }
  return () => {
    listeners.delete(listener);
  };
}
