import { Body1, Caption1, Field, Input, Select, Subtitle2, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import type { Measure } from "../../core";
import {
  K_CHOICES,
  MAX_VARIABLES,
  MIN_VARIABLES,
  BORDERLINE_SHARE,
  type KMeansChoice,
  type KMeansRun,
} from "../model/kmeans-run";
import { stringsRu } from "../strings-ru";
import { CLUSTER_COLORS } from "./ScatterChart";
import { SCREEN_STYLES } from "./screen-styles";

const S = stringsRu.clusters;
const K = S.kmeans;
const MAX_SEED = 2147483647;
/** A borderline list this long or shorter is shown open; a longer one opens on a click. */
const OPEN_LIST = 12;

const useStyles = makeStyles({
  select: SCREEN_STYLES.select,
  native: SCREEN_STYLES.native,
  list: SCREEN_STYLES.bullets,
  summary: SCREEN_STYLES.summary,
  swatch: { width: "10px", height: "10px", borderRadius: "50%", display: "inline-block", marginRight: "6px" },
});

/**
 * The k-means choices: 2–4 measures (the third and fourth optional), k, and the seed (shown, editable).
 * @example <KMeansFields measures={district.measures} choice={choice.kmeans} onChange={…} />
 */
export function KMeansFields(props: {
  measures: readonly Measure[];
  choice: KMeansChoice;
  onChange: (choice: KMeansChoice) => void;
}) {
  const styles = useStyles();
  const { measures, choice } = props;
  const [seed, setSeed] = useState(String(choice.seed));
  const seedValid = /^\d{1,10}$/u.test(seed.trim()) && Number(seed) <= MAX_SEED;
  const slots = Array.from({ length: MAX_VARIABLES }, (_, j) => choice.variables[j] ?? "");
  const setVariable = (j: number, id: string) => {
    const next = [...slots];
    next[j] = id;
    props.onChange({ ...choice, variables: next.filter((v) => v !== "") });
  };
  const commitSeed = (text: string) => {
    setSeed(text);
    const value = Number(text.trim());
    if (/^\d{1,10}$/u.test(text.trim()) && value <= MAX_SEED) props.onChange({ ...choice, seed: value });
  };
  return (
    <>
      <Caption1>{K.intro}</Caption1>
      {slots.map((id, j) => (
        <Field key={j} label={K.variable(j + 1)}>
          <Select
            className={styles.select}
            select={{ className: styles.native }}
            value={id}
            disabled={j >= MIN_VARIABLES && j > choice.variables.length}
            onChange={(_, d) => setVariable(j, d.value)}
          >
            {j >= MIN_VARIABLES ? <option value="">{K.none}</option> : null}
            {measures.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      <Field label={K.k}>
        <Select
          className={styles.select}
          select={{ className: styles.native }}
          value={String(choice.k)}
          onChange={(_, d) => props.onChange({ ...choice, k: Number(d.value) })}
        >
          {K_CHOICES.map((k) => (
            <option key={k} value={String(k)}>
              {k}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={K.seed}
        hint={seedValid ? K.seedHint : undefined}
        validationState={seedValid ? "none" : "error"}
        validationMessage={seedValid ? undefined : K.seedInvalid}
      >
        <Input value={seed} inputMode="numeric" onChange={(_, d) => commitSeed(d.value)} />
      </Field>
    </>
  );
}

/**
 * The clusters of a k-means run in words (size, centre in the measures' own units) and their stability: the
 * schools kept in their cluster in fewer than 80 % of the 50 runs, listed as «пограничные» (by their short
 * names when given).
 * @example <KMeansResults run={run} />
 */
export function KMeansResults({
  run,
  names: short,
}: {
  run: KMeansRun;
  names?: ReadonlyMap<string, string>;
}) {
  const styles = useStyles();
  const names = run.words.map((w, j) => w.name ?? run.variables[j].label);
  const taking = run.rows.filter((r) => r.cluster !== undefined).length;
  return (
    <>
      <Subtitle2 as="h3">{K.descriptions}</Subtitle2>
      <ul className={styles.list} data-testid="kmeans-descriptions">
        {run.clusters.map((c) => (
          <li key={c.label}>
            <Body1>
              <span
                className={styles.swatch}
                style={{ background: CLUSTER_COLORS[c.label] }}
                aria-hidden="true"
              />
              <strong>{S.cluster(c.label)}</strong> ({K.size(c.size)}): {c.description}
            </Body1>
            <br />
            <Caption1>{c.centre.map((v, j) => K.centre(names[j], v)).join("; ")}</Caption1>
          </li>
        ))}
      </ul>
      <Subtitle2 as="h3">{K.stability}</Subtitle2>
      <section data-testid="kmeans-stability" aria-label={K.stability}>
        <Caption1>{K.stabilityIntro(run.seeds.length, BORDERLINE_SHARE)}</Caption1>
        {run.borderline.length === 0 ? (
          <Body1 as="p">{K.stable(taking, run.seeds.length, BORDERLINE_SHARE)}</Body1>
        ) : (
          <details open={run.borderline.length <= OPEN_LIST}>
            <summary className={styles.summary}>
              <Body1>{K.borderline(run.borderline.length)}</Body1>
            </summary>
            <ul className={styles.list} data-testid="kmeans-borderline">
              {run.borderline.map((b) => (
                <li key={b.key}>
                  <Body1>{K.borderlineRow(short?.get(b.key) ?? b.name, b.cluster, b.share)}</Body1>
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>
    </>
  );
}
