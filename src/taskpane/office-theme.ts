/**
 * Which Fluent theme matches the Office theme: dark when Office's body background is dark; outside Office the
 * browser's colour-scheme preference decides.
 */

/** The two themes the pane supports. */
export type ThemeKind = "light" | "dark";

/**
 * True when a "#rrggbb" (or "rrggbb", or "#rgb") colour is dark: relative luminance below 0.4.
 * Unreadable input counts as light.
 *
 * @example
 * isDarkColor("#262626"); // → true  (Excel's dark grey theme)
 * isDarkColor("#FFFFFF"); // → false
 */
export function isDarkColor(color: string): boolean {
  let hex = color.trim().replace(/^#/, "");
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = hex.replace(/./g, (c) => c + c);
  if (!/^[0-9a-f]{6}$/i.test(hex)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4;
}

/**
 * The theme to use now: from `Office.context.officeTheme` inside Office, else from `prefers-color-scheme`.
 *
 * @example
 * currentThemeKind(); // → "dark" in Excel with the Black or Dark Grey Office theme
 */
export function currentThemeKind(): ThemeKind {
  try {
    const background =
      typeof Office !== "undefined" ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
    if (typeof background === "string" && background !== "")
      return isDarkColor(background) ? "dark" : "light";
  } catch {
    // officeTheme is not supported by this host: fall through to the browser's preference.
  }
  const prefersDark =
    typeof window !== "undefined" && window.matchMedia?.("(prefers-color-scheme: dark)").matches;
  return prefersDark ? "dark" : "light";
}
