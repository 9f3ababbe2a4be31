import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { stringsRu } from "../strings-ru";
import type { Task } from "./useTask";

const useStyles = makeStyles({
  busy: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  row: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
});

/** Progress with a cancel button while an operation runs; its outcome in a message bar afterwards. */
export function TaskStatus({ task }: { task: Task }) {
  const styles = useStyles();
  const { state } = task;
  if (state.running) {
    const value = state.total > 0 ? state.done / state.total : undefined;
    return (
      <div className={styles.busy} role="status" aria-live="polite">
        <ProgressBar value={value} aria-label={state.label} />
        <div className={styles.row}>
          <Caption1>
            {state.label}…{state.total > 0 ? ` ${stringsRu.task.progress(state.done, state.total)}` : ""}
          </Caption1>
          <Button size="small" onClick={task.cancel}>
            {stringsRu.cancel}
          </Button>
        </div>
      </div>
    );
  }
  if (!state.outcome) return null;
  const { intent, text } = state.outcome;
  return (
    <MessageBar intent={intent} layout="multiline" data-testid="task-outcome">
      <MessageBarBody>
        {intent === "error" ? <MessageBarTitle>{stringsRu.task.errorTitle}</MessageBarTitle> : null}
        {text}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" size="small" onClick={task.dismiss}>
          {stringsRu.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
