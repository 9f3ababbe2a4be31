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
import { KMeansFields, KMeansResults } from "../components/KMeansPanel";
import { CLUSTER_COLORS, ScatterChart } from "../components/ScatterChart";
import { kmeansChart, quadrantChart } from "../model/chart-data";
import type { ClusterRun } from "../model/cluster-run";
import type { WriteMode } from "../model/cluster-sheet";
import type { KMeansRun } from "../model/kmeans-run";
import type { ClusterChoice, District, MethodId } from "../model/pane-model";
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

/**
 * «Кластеры»: a preset model (A–D) with its columns, or k-means on 2–4 measures with k and the seed; the chart,
 * the descriptions (and for k-means the stability), and writing the «Кластеры» sheet.
 */
export function ClustersScreen(props: {
  district: District;
  choice: ClusterChoice;
  run: Result<ClusterRun> | undefined;
  kmeansRun: Result<KMeansRun> | undefined;
  busy: boolean;
  canWrite: boolean;
  onChoice: (choice: ClusterChoice) => void;
  onModel: (method: MethodId) => void;
  onWrite: (mode: WriteMode) => void;
}) {
  const styles = useStyles();
  const { district, choice } = props;
  const isKMeans = choice.method === "kmeans";
  const run = isKMeans ? props.kmeansRun : props.run;
  const duplicate = new Set(choice.kmeans.variables).size !== choice.kmeans.variables.length;
  const [mode, setMode] = useState<WriteMode>("formulas");
  const hasGroups = (["results", "context"] as const).every((g) =>
    district.measures.some((m) => m.group === g),
  );
  if (!hasGroups) return <Body1>{S.noMeasures}</Body1>;
  return (
    <section className={styles.root} aria-labelledby="clusters-title">
      <Subtitle2 as="h2" id="clusters-title">
        {S.title}
      </Subtitle2>
      <Field label={S.model}>
        <Select
          className={styles.select}
          select={{ className: styles.native }}
          value={isKMeans ? "kmeans" : choice.model}
          onChange={(_, d) => props.onModel(d.value as MethodId)}
        >
          {(["A", "B", "C", "D"] as const).map((id) => (
            <option key={id} value={id}>
              {S.models[id]}
            </option>
          ))}
          <option value="kmeans">{S.kmeans.option}</option>
        </Select>
      </Field>
      {isKMeans ? (
        <KMeansFields
          measures={district.measures}
          choice={choice.kmeans}
          onChange={(kmeans) => props.onChoice({ ...choice, kmeans })}
        />
      ) : (
        <QuadrantFields {...props} />
      )}
      {run && !run.ok ? (
        <Body1 role="alert">{duplicate && isKMeans ? S.kmeans.duplicate : messageRu(run.issue)}</Body1>
      ) : null}
      {props.kmeansRun?.ok && isKMeans ? (
        <>
          <ScatterChart chart={kmeansChart(props.kmeansRun.value)} />
          <KMeansResults run={props.kmeansRun.value} names={district.shortNames} />
          <Caption1>
            {S.left(props.kmeansRun.value.rows.filter((r) => r.cluster === undefined).length)}
          </Caption1>
        </>
      ) : null}
      {props.run?.ok && !isKMeans ? (
        <>
          <ScatterChart chart={quadrantChart(props.run.value)} />
          <Subtitle2 as="h3">{S.descriptions}</Subtitle2>
          <ul className={styles.list} data-testid="cluster-descriptions">
            {props.run.value.clusters.map((c) => (
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
          <Caption1>{S.left(props.run.value.rows.filter((r) => r.cluster === undefined).length)}</Caption1>
        </>
      ) : null}
      {run && run.ok ? (
        <>
          <RadioGroup
            value={mode}
            onChange={(_, d) => setMode(d.value as WriteMode)}
            aria-label={S.writeMode}
          >
            <Radio value="formulas" label={isKMeans ? S.kmeans.formulas : S.formulas} />
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

/** The quadrant model's measures (results on Y, context on X) and its risk band. */
function QuadrantFields(props: {
  district: District;
  choice: ClusterChoice;
  onChoice: (choice: ClusterChoice) => void;
}) {
  const styles = useStyles();
  const { district, choice } = props;
  const [band, setBand] = useState(String(choice.band).replace(".", ","));
  const results = district.measures.filter((m) => m.group === "results");
  const contexts = district.measures.filter((m) => m.group === "context");
  const commitBand = (text: string) => {
    setBand(text);
    const value = Number(text.replace(",", "."));
    if (Number.isFinite(value) && value >= 0 && value <= 3) props.onChoice({ ...choice, band: value });
  };
  return (
    <>
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
    </>
  );
}
