import { tokens, type GriffelStyle } from "@fluentui/react-components";

/**
 * Style blocks the pane's screens share, spread into each screen's `makeStyles` so the screens look alike
 * and a change is made once.
 * @example const useStyles = makeStyles({ root: SCREEN_STYLES.column, card: SCREEN_STYLES.card });
 */
export const SCREEN_STYLES = {
  /** A screen's body: blocks one under another. */
  column: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  /** The same, allowed to shrink below its content's width (long sheet and template names). */
  shrinkingColumn: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  /** A Fluent `Select` as wide as the pane. */
  select: { width: "100%", minWidth: 0, maxWidth: "100%" },
  /** The native `<select>` inside it, long names cut with an ellipsis. */
  native: { width: "100%", minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" },
  /** A framed block: a sheet, a group of findings, a list of schools. */
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  /** The clickable summary of a `<details>` block. */
  summary: { cursor: "pointer", padding: `${tokens.spacingVerticalXS} 0` },
  /** A row of buttons that wraps on a narrow pane. */
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  /** An indented bulleted list. */
  bullets: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
} satisfies Record<string, GriffelStyle>;
