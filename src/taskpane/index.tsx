import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createSession } from "./data/session";
import { stringsRu } from "./strings-ru";

/**
 * Mounts the task pane into a container element. The runtime imports this module lazily (its own chunk), after
 * the custom functions and commands are registered. In Excel the pane works on the open workbook; in a plain
 * browser on the sample district (the preview chunk, loaded here). A failure shows a Russian message.
 *
 * @example
 * mountTaskpane(document.getElementById("root")!); // renders the tabs «Книга», «Проверка», …
 */
export function mountTaskpane(container: HTMLElement): void {
  const theme = new URLSearchParams(window.location.search).get("theme");
  createSession()
    .then((session) => {
      container.removeAttribute("aria-busy");
      createRoot(container).render(
        <App
          session={session}
          theme={session.preview && (theme === "dark" || theme === "light") ? theme : undefined}
        />,
      );
    })
    .catch((error: unknown) => {
      console.error("ШНОР: task pane session failed", error);
      container.removeAttribute("aria-busy");
      container.setAttribute("role", "alert");
      container.textContent = stringsRu.startFailed;
    });
}
