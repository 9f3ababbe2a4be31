import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  makeStyles,
} from "@fluentui/react-components";
import { useState } from "react";
import { messageRu } from "../../core";
import type { Result } from "../../core/result";
import { CLUSTER_COLORS, ScatterChart } from "../components/ScatterChart";
import type { ClusterRun, ModelId } from "../model/cluster-run";
import type { WriteMode } from "../model/cluster-sheet";
import type { ClusterChoice, District } from "../model/pane-model";
import { SCREEN_STYLES } from "../components/screen-styles";
import { stringsRu } from "../strings-ru";

const S = stringsRu.clusters;

const useStyles = makeStyles({
  root: SCREEN_STYLES.shrinkingColumn,
  select: SCREEN_STYLES.select,
  native: SCREEN_STYLES.native,
  list: SCREEN_STYLES.bullets,
  swatch: { width: "10px", height: "10px", borderRadius: "50%", display: "inline-block", marginRight: "6px" },
});

/** «Кластеры»: model and columns, the chart, descriptions, and writing the «Кластеры» sheet. */
export function ClustersScreen(props: {
  district: District;
  choice: ClusterChoice;
  run: Result<ClusterRun> | undefined;
  busy: boolean;
  canWrite: boolean;
  onChoice: (choice: ClusterChoice) => void;
  onModel: (model: ModelId) => void;
  onWrite: (mode: WriteMode) => void;
}) {
  const styles = useStyles();
  const { district, choice, run } = props;
  const [mode, setMode] = useState<WriteMode>("formulas");
  const [band, setBand] = useState(String(choice.band).replace(".", ","));
  const results = district.measures.filter((m) => m.group === "results");
  const contexts = district.measures.filter((m) => m.group === "context");
  if (results.length === 0 || contexts.length === 0) return <Body1>{S.noMeasures}</Body1>;
  const commitBand = (text: string) => {
    setBand(text);
    const value = Number(text.replace(",", "."));
    if (Number.isFinite(value) && value >= 0 && value <= 3) props.onChoice({ ...choice, band: value });
  };
  return (
    <section className={styles.root} aria-labelledby="clusters-title">
      <Subtitle2 as="h2" id="clusters-title">
        {S.title}
      </Subtitle2>
      <Field label={S.model}>
        <Select
          className={styles.select}
          select={{ className: styles.native }}
          value={choice.model}
          onChange={(_, d) => props.onModel(d.value as ModelId)}
        >
          {(["A", "B", "C", "D"] as const).map((id) => (
            <option key={id} value={id}>
              {S.models[id]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={S.results}>
        <Select
          className={styles.select}
          select={{ className: styles.native }}
          value={choice.results}
          onChange={(_, d) => props.onChoice({ ...choice, results: d.value })}
        >
          {results.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={S.context}>
        <Select
          className={styles.select}
          select={{ className: styles.native }}
          value={choice.context}
          onChange={(_, d) => props.onChoice({ ...choice, context: d.value })}
        >
          {contexts.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={S.band}>
        <Input value={band} inputMode="decimal" onChange={(_, d) => commitBand(d.value)} />
      </Field>
      {run && !run.ok ? <Body1 role="alert">{messageRu(run.issue)}</Body1> : null}
      {run && run.ok ? (
        <>
          <ScatterChart run={run.value} />
          <Subtitle2 as="h3">{S.descriptions}</Subtitle2>
          <ul className={styles.list} data-testid="cluster-descriptions">
            {run.value.clusters.map((c) => (
              <li key={c.number}>
                <Body1>
                  <span
                    className={styles.swatch}
                    style={{ background: CLUSTER_COLORS[c.number] }}
                    aria-hidden="true"
                  />
                  <strong>{S.cluster(c.number)}</strong>: {c.name} — {S.count(c.count, c.atRisk)}
                </Body1>
              </li>
            ))}
          </ul>
          <Caption1>{S.left(run.value.rows.filter((r) => r.cluster === undefined).length)}</Caption1>
          <RadioGroup
            value={mode}
            onChange={(_, d) => setMode(d.value as WriteMode)}
            aria-label={S.writeMode}
          >
            <Radio value="formulas" label={S.formulas} />
            <Radio value="values" label={S.values} />
          </RadioGroup>
          <div>
            <Button
              appearance="primary"
              disabled={props.busy || !props.canWrite}
              onClick={() => props.onWrite(mode)}
            >
              {S.write}
            </Button>
          </div>
          {!props.canWrite ? <Caption1>{S.noWriter}</Caption1> : null}
        </>
      ) : null}
    </section>
  );
}
