import { createRoot } from "react-dom/client";
import { App } from "./App";

/**
 * Mounts the task pane into a container element. The runtime imports this module lazily (its own chunk), after
 * the custom functions and commands are registered.
 *
 * @example
 * mountTaskpane(document.getElementById("root")!); // renders «ШНОР» and what is coming
 */
export function mountTaskpane(container: HTMLElement): void {
  container.removeAttribute("aria-busy");
  createRoot(container).render(<App />);
}
