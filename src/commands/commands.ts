/**
 * Ribbon commands (ExecuteFunction buttons of manifest.xml). They run in the shared runtime, so they can open
 * the task pane and talk to it through the notices module.
 */
import { ExcelHost } from "../hosts/excel-host";
import { generateMonitoringTab } from "./monitoring";

/** Opens the task pane (SharedRuntime 1.1); resolves quietly where the host cannot. */
async function showTaskpane(): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } catch (error) {
    console.warn("ШНОР: cannot show the task pane", error);
  }
}

/**
 * «Сформировать мониторинг»: builds the «Мониторинг» tab with no dialog (`monitoring.ts`); when the workbook
 * map needs an answer, the task pane opens at that step. Always completes the event, or Excel keeps the
 * button busy.
 *
 * @example
 * await generateMonitoring(event); // tab «Мониторинг» written; event.completed() called
 */
export async function generateMonitoring(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await generateMonitoringTab(new ExcelHost(), showTaskpane);
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
