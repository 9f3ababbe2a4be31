import { startupMessagesRu } from "./startup-messages-ru";

/**
 * Loads the task pane UI (React + Fluent) as a separate chunk and mounts it into `#root`. Called only after the
 * custom functions and the ribbon commands are registered, so formulas work before any UI code downloads.
 * On failure the container shows a Russian message and the promise resolves to false.
 *
 * @example
 * await loadTaskpane(document); // → true; the pane is mounted into <div id="root">
 */
export async function loadTaskpane(doc: Document): Promise<boolean> {
  const container = doc.getElementById("root");
  if (!container) return false;
  try {
    const { mountTaskpane } = await import(/* webpackChunkName: "taskpane" */ "../taskpane/index");
    mountTaskpane(container);
    return true;
  } catch (error) {
    console.error("ШНОР: task pane failed to load", error);
    container.textContent = startupMessagesRu.loadFailed;
    container.setAttribute("role", "alert");
    return false;
  }
}
