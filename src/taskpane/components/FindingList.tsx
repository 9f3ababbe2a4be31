import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { stringsRu } from "../strings-ru";

/** One problem at a cell, as the list shows it. */
export interface CellItem {
  sheet: string;
  cell: string;
  /** The rule id or the severity, shown small beside the address. */
  tag: string;
  message: string;
  severity: "error" | "warning" | "info";
}

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    font: "inherit",
    color: tokens.colorNeutralForeground1,
    background: "transparent",
    border: "none",
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    cursor: "pointer",
    ":hover": { background: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
    ":disabled": { cursor: "default" },
  },
  error: { borderLeftColor: tokens.colorStatusDangerBorder2 },
  warning: { borderLeftColor: tokens.colorStatusWarningBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  where: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalS },
  tag: { color: tokens.colorNeutralForeground2, wordBreak: "break-word" },
  message: { display: "block", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

/**
 * Problems at cells as a list of buttons: «Лист»!E7, the rule, the message. A click (or Enter / Space, as
 * buttons do) selects the cell in Excel through `onSelect`; without it the items are plain text.
 */
export function FindingList(props: {
  items: readonly CellItem[];
  onSelect?: (sheet: string, cell: string) => void;
  testId?: string;
}) {
  const styles = useStyles();
  const { onSelect } = props;
  return (
    <ul className={styles.list} data-testid={props.testId}>
      {props.items.map((item, i) => (
        <li key={`${item.sheet}!${item.cell}:${item.tag}:${i}`}>
          <button
            type="button"
            className={`${styles.item} ${styles[item.severity]}`}
            disabled={!onSelect}
            title={onSelect ? stringsRu.validation.goTo(item.sheet, item.cell) : undefined}
            onClick={() => onSelect?.(item.sheet, item.cell)}
          >
            <span className={styles.where}>{stringsRu.validation.where(item.sheet, item.cell)}</span>
            <Caption1 className={styles.tag}>{item.tag}</Caption1>
            <span className={styles.message}>{item.message}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
