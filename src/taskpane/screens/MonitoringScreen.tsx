import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { MonitoringFigures, MonitoringModel, ShnorListSource } from "../../core/monitoring";
import { TARGETS } from "../../core/monitoring";
import type { SheetTarget } from "../../core/plans/sheet-name";
import { SCREEN_STYLES } from "../components/screen-styles";
import { stringsRu } from "../strings-ru";

const S = stringsRu.monitoring;

const useStyles = makeStyles({
  root: SCREEN_STYLES.shrinkingColumn,
  list: { margin: 0, paddingLeft: 0, listStyleType: "none" },
  mark: { fontWeight: tokens.fontWeightBold, marginRight: tokens.spacingHorizontalXS },
  met: { color: tokens.colorStatusSuccessBorderActive },
  notMet: { color: tokens.colorStatusDangerBorderActive },
});

/** A monitoring written: where, and what it shows. */
export interface MonitoringDone {
  target: SheetTarget;
  model: Pick<MonitoringModel, "schools" | "years" | "list">;
  figures: Pick<MonitoringFigures, "shares" | "met">;
}

/** A monitoring that needs an answer first (or failed: step "error"): the pane's step and the Russian reason. */
export interface MonitoringProblem {
  step: string;
  message: string;
}

const listText = (source: ShnorListSource): string =>
  source.kind === "flag"
    ? `лист «${source.sheet}», столбец «${source.header}»`
    : `по профилю критериев «${source.profile}» на ${source.year} г.`;

/**
 * «Мониторинг»: one button builds the «Мониторинг» tab from the workbook map; afterwards the ШНОР, the years
 * and the plan's targets with their achieved shares; when the map is not enough, the step that needs an answer.
 */
export function MonitoringScreen(props: {
  done: MonitoringDone | undefined;
  problem: MonitoringProblem | undefined;
  busy: boolean;
  canWrite: boolean;
  onGenerate: () => void;
  onStep: (step: string) => void;
}) {
  const styles = useStyles();
  const { done, problem } = props;
  const targets = done
    ? (["positiveDynamics", "positiveChanges", "exit", "roadmap"] as const).flatMap((id) => {
        const share = done.figures.shares[id];
        const met = done.figures.met[id];
        return share === undefined || met === undefined ? [] : [{ id, share, met }];
      })
    : [];
  return (
    <section className={styles.root} aria-labelledby="monitoring-title">
      <Subtitle2 as="h2" id="monitoring-title">
        {S.title}
      </Subtitle2>
      <Body1>{S.intro}</Body1>
      <div>
        <Button appearance="primary" disabled={props.busy || !props.canWrite} onClick={props.onGenerate}>
          {S.generate}
        </Button>
      </div>
      {!props.canWrite ? <Caption1>{S.noWriter}</Caption1> : null}
      {problem ? (
        <MessageBar
          intent={problem.step === "error" ? "error" : "warning"}
          layout="multiline"
          data-testid="monitoring-problem"
        >
          <MessageBarBody>
            <MessageBarTitle>
              {problem.step === "error" ? stringsRu.task.errorTitle : S.needsAnswer}
            </MessageBarTitle>
            {problem.message}
          </MessageBarBody>
          {S.steps[problem.step] ? (
            <MessageBarActions>
              <Button size="small" onClick={() => props.onStep(problem.step)}>
                {S.steps[problem.step]}
              </Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}
      {done ? (
        <section
          className={styles.root}
          aria-labelledby="monitoring-summary"
          data-testid="monitoring-summary"
        >
          <Subtitle2 as="h3" id="monitoring-summary">
            {S.summary}
          </Subtitle2>
          <Body1>
            {S.written(done.target.name, done.target.replaces)}{" "}
            {S.schools(done.model.schools.length, done.model.years.before, done.model.years.after)}
          </Body1>
          <Caption1>{S.list(listText(done.model.list))}</Caption1>
          <ul className={styles.list} aria-label={S.targetsLabel}>
            {targets.map((t) => (
              <li key={t.id}>
                <Body1>
                  <span aria-hidden="true" className={`${styles.mark} ${t.met ? styles.met : styles.notMet}`}>
                    {t.met ? "✓" : "✗"}
                  </span>
                  {S.target(S.targets[t.id], t.share, TARGETS[t.id], t.met)}
                </Body1>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
