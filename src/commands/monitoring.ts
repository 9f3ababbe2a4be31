/**
 * The one-click «Сформировать мониторинг»: read the workbook through the host, build the tab, write it by the
 * safety rules — no dialog. When the workbook map does not allow it (no results, one year, no ШНОР) or Excel
 * fails, nothing is written and the task pane is opened at the step that needs an answer, through the pane
 * request of `monitoring-pane.ts` (re-exported here for the pane).
 *
 * The ribbon loads this file lazily (`commands.ts`): it brings the whole monitoring engine with it.
 */
import type { WritableWorkbookHost } from "../hosts/workbook-host";
import { HostError } from "../hosts/host-error";
import { commandMessagesRu } from "./messages-ru";
import { requestMonitoringPane } from "./monitoring-pane";
import { runMonitoring, type MonitoringRun } from "./monitoring-run";

export {
  requestMonitoringPane,
  subscribeMonitoringPane,
  type MonitoringPaneRequest,
} from "./monitoring-pane";

/** The outcome of one click: the run, or the Excel failure's message. */
export type MonitoringClick = MonitoringRun | { ok: false; step: "error"; message: string };

/**
 * The Russian text of a failure: a host's own message (already Russian), else Excel's text wrapped in Russian.
 * @example failureMessage(new Error("GeneralException")) // "Лист «Мониторинг» не сформирован: Excel не выполнил запрос (GeneralException). …"
 */
export function failureMessage(error: unknown): string {
  if (error instanceof HostError) return commandMessagesRu.monitoringFailed(error.message);
  const code = (error as { code?: unknown } | null)?.code;
  const text = error instanceof Error ? error.message : String(error);
  const detail = typeof code === "string" && code !== text ? `${code}: ${text}` : text;
  return commandMessagesRu.monitoringFailed(commandMessagesRu.excelFailed(detail));
}

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
    result = { ok: false, step: "error", message: failureMessage(error) };
  }
  if (!result.ok) {
    requestMonitoringPane(result.step, result.message);
    await showPane();
  }
  return result;
}
