/**
 * The one-click «Сформировать мониторинг»: read the workbook through the host, build the tab, write it by the
 * safety rules — no dialog. When the workbook map does not allow it (no results, one year, no ШНОР) or Excel
 * fails, nothing is written and the task pane is opened at the step that needs an answer.
 *
 * The pane route: `subscribeMonitoringPane(listener)` — the task pane subscribes on mount and receives the
 * pending request, if any: `{ step, message, seq }`, where `step` is "workbook-map" (Карта книги: sheets, years,
 * columns), "shnor-list" (отметки ШНОР в списке ОО / профиль критериев), "criteria" or "error"; `message` is the
 * Russian text to show. The ribbon command and the pane share one runtime (SharedRuntime), like `notices.ts`.
 */
import type { WritableWorkbookHost } from "../hosts/workbook-host";
import { runMonitoring, type MonitoringRun, type MonitoringStep } from "./monitoring-run";

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
 * Asks the task pane to open at a step; kept until the pane subscribes when it is not open yet.
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

/** The outcome of one click: the run, or the Excel failure's message. */
export type MonitoringClick = MonitoringRun | { ok: false; step: "error"; message: string };

/**
 * One click: generates the tab on `host`; on a step needing the user or an Excel failure, posts the pane request
 * and shows the pane (`showPane`). Never throws.
 * @example await generateMonitoringTab(new ExcelHost(), showTaskpane) // { ok: true, target: { name: "Мониторинг", … } }
 */
export async function generateMonitoringTab(
  host: WritableWorkbookHost,
  showPane: () => Promise<void>,
): Promise<MonitoringClick> {
  let result: MonitoringClick;
  try {
    result = await runMonitoring(host);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    result = { ok: false, step: "error", message: `Лист «Мониторинг» не сформирован: ${text}` };
  }
  if (!result.ok) {
    requestMonitoringPane(result.step, result.message);
    await showPane();
  }
  return result;
}
