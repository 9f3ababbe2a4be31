import { Body1, Button, Caption1, Subtitle2, makeStyles } from "@fluentui/react-components";
import type { ValidationResult } from "../../core/validation";
import { FindingList } from "../components/FindingList";
import { groupFindings, omittedCount } from "../model/validation-run";
import { SCREEN_STYLES } from "../components/screen-styles";
import { stringsRu } from "../strings-ru";

const S = stringsRu.validation;

const useStyles = makeStyles({
  root: SCREEN_STYLES.shrinkingColumn,
  group: SCREEN_STYLES.card,
  summary: SCREEN_STYLES.summary,
  actions: SCREEN_STYLES.actions,
});

/** What the screen can do on this host. */
export interface ValidationAbilities {
  /** The host writes generated sheets. */
  write: boolean;
  /** The host selects cells. */
  select: boolean;
  /** The host highlights cells (notes and fills) and removes its highlights. */
  highlight: boolean;
}

/**
 * «Проверка»: run the validation, the findings grouped by severity (errors, warnings, notes) with counts, each
 * «Лист»!cell with its rule and message, selected in Excel by click or Enter; the «Проверка» sheet; highlights.
 */
export function ValidationScreen(props: {
  result: ValidationResult | undefined;
  busy: boolean;
  can: ValidationAbilities;
  onRun: () => void;
  onWrite: () => void;
  onHighlight: () => void;
  onUnhighlight: () => void;
  onSelect: (sheet: string, cell: string) => void;
}) {
  const styles = useStyles();
  const { result, busy, can } = props;
  const groups = result ? groupFindings(result.findings) : [];
  const omitted = result ? omittedCount(result) : 0;
  const hasMarks = result ? result.findings.some((f) => f.severity !== "info") : false;
  return (
    <section className={styles.root} aria-labelledby="validation-title">
      <Subtitle2 as="h2" id="validation-title">
        {S.title}
      </Subtitle2>
      <Body1>{S.intro}</Body1>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={props.onRun}>
          {result ? S.rerun : S.run}
        </Button>
      </div>
      {!result ? <Caption1>{S.notRun}</Caption1> : null}
      {result ? (
        <>
          <Body1 data-testid="validation-totals" role="status">
            {result.summary.total === 0
              ? S.clean
              : S.totals(result.summary.error, result.summary.warning, result.summary.info)}
          </Body1>
          <div role="group" aria-label={S.groupsLabel} data-testid="validation-groups">
            {groups
              .filter((g) => g.total > 0)
              .map((g) => (
                <details
                  key={g.severity}
                  className={styles.group}
                  open={g.severity !== "info" || groups.every((x) => x.severity === "info" || x.total === 0)}
                  data-testid={`findings-${g.severity}`}
                >
                  <summary className={styles.summary}>
                    <Body1>
                      <strong>{S.groupCount(S.groups[g.severity], g.total)}</strong>
                    </Body1>
                  </summary>
                  <FindingList
                    items={g.shown.map((f) => ({
                      sheet: f.sheet,
                      cell: f.cell,
                      tag: f.rule,
                      message: f.message,
                      severity: f.severity,
                    }))}
                    onSelect={can.select ? props.onSelect : undefined}
                  />
                  {g.shown.length < g.total ? <Caption1>{S.shown(g.shown.length, g.total)}</Caption1> : null}
                </details>
              ))}
          </div>
          {omitted > 0 ? <Caption1>{S.omitted(omitted)}</Caption1> : null}
          {!can.select ? <Caption1>{S.noSelect}</Caption1> : null}
          <div className={styles.actions}>
            <Button disabled={busy || !can.write} onClick={props.onWrite}>
              {S.writeReport}
            </Button>
            {can.highlight ? (
              <>
                <Button disabled={busy || !hasMarks} onClick={props.onHighlight}>
                  {S.highlight}
                </Button>
                <Button disabled={busy} onClick={props.onUnhighlight}>
                  {S.unhighlight}
                </Button>
              </>
            ) : null}
          </div>
          {!can.write ? <Caption1>{S.noWriter}</Caption1> : null}
          {!can.highlight ? <Caption1>{S.noHighlight}</Caption1> : null}
        </>
      ) : null}
    </section>
  );
}
