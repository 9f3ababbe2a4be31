/**
 * Ribbon commands (ExecuteFunction buttons of manifest.xml). They run in the shared runtime, so they can open
 * the task pane and talk to it through `monitoring-pane.ts`.
 *
 * This file is part of the start-up bundle (runtime.js, budgeted at 40 KB gzipped): the work of a button is
 * loaded on its first click, by a dynamic `import()` (a separate chunk), never imported here statically.
 */
import { commandMessagesRu } from "./messages-ru";
import { requestMonitoringPane } from "./monitoring-pane";

/** Opens the task pane (SharedRuntime 1.1); resolves quietly where the host cannot. */
async function showTaskpane(): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } catch (error) {
    console.warn("ШНОР: cannot show the task pane", error);
  }
}

/** The monitoring runner and the Office.js host, downloaded on the first click (chunks "monitoring", "excel-host"). */
async function loadMonitoring() {
  const [{ generateMonitoringTab }, { ExcelHost }] = await Promise.all([
    import(/* webpackChunkName: "monitoring" */ "./monitoring"),
    import(/* webpackChunkName: "excel-host" */ "../hosts/excel-host"),
  ]);
  return { generateMonitoringTab, ExcelHost };
}

/**
 * «Сформировать мониторинг»: builds the «Мониторинг» tab with no dialog (`monitoring.ts`, loaded now); when
 * the workbook map needs an answer, or Excel or the download fails, the task pane opens with the Russian
 * reason. Always completes the event, or Excel keeps the button busy.
 *
 * @example
 * await generateMonitoring(event); // tab «Мониторинг» written; event.completed() called
 */
export async function generateMonitoring(event: Office.AddinCommands.Event): Promise<void> {
  try {
    let code: Awaited<ReturnType<typeof loadMonitoring>>;
    try {
      code = await loadMonitoring();
    } catch (error) {
      console.error("ШНОР: the monitoring code failed to load", error);
      requestMonitoringPane("error", commandMessagesRu.monitoringLoadFailed);
      await showTaskpane();
      return;
    }
    await code.generateMonitoringTab(new code.ExcelHost(), showTaskpane);
  } catch (error) {
    // generateMonitoringTab never throws; this is a bug, still reported in Russian.
    console.error("ШНОР: monitoring failed", error);
    requestMonitoringPane("error", commandMessagesRu.monitoringFailed(String(error)));
    await showTaskpane();
  } finally {
    event.completed();
  }
}

/**
 * Associates every ExecuteFunction of the manifest with its handler. Returns false outside Office (no
 * `Office.actions`), where there is no ribbon.
 *
 * @example
 * associateCommands(); // → true in Excel; the «Сформировать мониторинг» button now runs generateMonitoring
 */
export function associateCommands(): boolean {
  if (typeof Office === "undefined" || !Office.actions) return false;
  Office.actions.associate("generateMonitoring", (event: Office.AddinCommands.Event) => {
    void generateMonitoring(event);
  });
  return true;
}
