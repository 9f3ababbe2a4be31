/**
 * Ribbon commands (ExecuteFunction buttons of manifest.xml). They run in the shared runtime, so they can open
 * the task pane and talk to it through the notices module.
 */
import { postNotice } from "../runtime/notices";

/** Opens the task pane (SharedRuntime 1.1); resolves quietly where the host cannot. */
async function showTaskpane(): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } catch (error) {
    console.warn("ШНОР: cannot show the task pane", error);
  }
}

/**
 * «Сформировать мониторинг». Until the monitoring feature lands, it opens the pane with a Russian
 * «ещё не доступно» notice. Always completes the event, or Excel keeps the button busy.
 *
 * @example
 * await generateMonitoring(event); // pane opens with «Мониторинг ещё не доступен»; event.completed() called
 */
export async function generateMonitoring(event: Office.AddinCommands.Event): Promise<void> {
  try {
    postNotice("monitoring-not-available");
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
