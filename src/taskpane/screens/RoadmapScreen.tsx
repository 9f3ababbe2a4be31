import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { TemplateFinding } from "../../core/roadmap";
import { FindingList } from "../components/FindingList";
import {
  validYear,
  type RoadmapChoice,
  type RoadmapDefaults,
  type TemplateOption,
} from "../model/roadmap-choice";
import { SCREEN_STYLES } from "../components/screen-styles";
import { stringsRu } from "../strings-ru";

const S = stringsRu.roadmap;

const useStyles = makeStyles({
  root: SCREEN_STYLES.shrinkingColumn,
  select: SCREEN_STYLES.select,
  native: SCREEN_STYLES.native,
  year: { maxWidth: "10em" },
  schools: { ...SCREEN_STYLES.card, margin: 0, minWidth: 0 },
  list: { maxHeight: "240px", overflowY: "auto", display: "flex", flexDirection: "column" },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  actions: SCREEN_STYLES.actions,
});

/**
 * «Дорожная карта»: template (built-in or a template sheet of the workbook), year, district, schools; the plan
 * sheet(s) generated; an editable template sheet made from a built-in template; a template sheet's findings.
 */
export function RoadmapScreen(props: {
  options: readonly TemplateOption[];
  defaults: RoadmapDefaults;
  findingsOf: (template: string) => TemplateFinding[];
  busy: boolean;
  canWrite: boolean;
  canSelect: boolean;
  onGenerate: (choice: RoadmapChoice) => void;
  onMakeTemplate: (template: string) => void;
  onReload: () => void;
  onSelect: (sheet: string, cell: string) => void;
}) {
  const styles = useStyles();
  const { options, defaults, busy } = props;
  const [template, setTemplate] = useState(options[0]?.name ?? "");
  const [year, setYear] = useState(String(defaults.year));
  const [district, setDistrict] = useState(defaults.district ?? "");
  const keys = useMemo(() => defaults.list.schools.map((s) => s.key), [defaults.list]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(keys));
  useEffect(() => setChosen(new Set(keys)), [keys]);
  useEffect(() => {
    if (!options.some((o) => o.name === template)) setTemplate(options[0]?.name ?? "");
  }, [options, template]);

  const option = options.find((o) => o.name === template);
  const findings = useMemo(
    () => (option?.kind === "sheet" ? props.findingsOf(template) : []),
    [option, template, props.findingsOf],
  );
  const invalid = findings.some((f) => f.severity === "error");
  const plannedYear = validYear(year);
  const toggle = (key: string, on: boolean) =>
    setChosen((old) => {
      const next = new Set(old);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  const builtIn = options.filter((o) => o.kind === "built-in");
  const own = options.filter((o) => o.kind === "sheet");
  const canGenerate = !busy && props.canWrite && plannedYear !== undefined && chosen.size > 0 && !invalid;

  return (
    <section className={styles.root} aria-labelledby="roadmap-title">
      <Subtitle2 as="h2" id="roadmap-title">
        {S.title}
      </Subtitle2>
      <Body1>{S.intro}</Body1>
      <Field label={S.template}>
        <Select
          className={styles.select}
          select={{ className: styles.native }}
          value={template}
          onChange={(_, d) => setTemplate(d.value)}
        >
          <optgroup label={S.builtIn}>
            {builtIn.map((o) => (
              <option key={o.name} value={o.name}>
                {o.label}
              </option>
            ))}
          </optgroup>
          {own.length > 0 ? (
            <optgroup label={S.ownTemplates}>
              {own.map((o) => (
                <option key={o.name} value={o.name}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ) : null}
        </Select>
      </Field>
      {option?.scope ? <Caption1>{S.templateScope[option.scope]}</Caption1> : null}
      <Field
        label={S.year}
        validationState={plannedYear === undefined ? "error" : "none"}
        validationMessage={plannedYear === undefined ? S.yearInvalid : undefined}
        hint={S.yearHint}
      >
        <Input
          className={styles.year}
          value={year}
          inputMode="numeric"
          onChange={(_, d) => setYear(d.value)}
        />
      </Field>
      <Field label={S.district} hint={defaults.district ? S.districtFound : S.districtMissing}>
        <Input value={district} onChange={(_, d) => setDistrict(d.value)} />
      </Field>
      <fieldset className={styles.schools} data-testid="roadmap-schools">
        <legend>
          <Body1>
            <strong>{S.schools}</strong> — {S.chosen(chosen.size, keys.length)}
          </Body1>
        </legend>
        <Caption1>{S.schoolsFrom(defaults.list.source)}</Caption1>
        <div className={styles.row}>
          <Button size="small" appearance="subtle" onClick={() => setChosen(new Set(keys))}>
            {S.allSchools}
          </Button>
          <Button size="small" appearance="subtle" onClick={() => setChosen(new Set())}>
            {S.noSchools}
          </Button>
        </div>
        <div className={styles.list}>
          {defaults.list.schools.map((s) => (
            <Checkbox
              key={s.key}
              label={s.name}
              checked={chosen.has(s.key)}
              onChange={(_, d) => toggle(s.key, d.checked === true)}
            />
          ))}
        </div>
      </fieldset>
      {chosen.size === 0 ? <Caption1 role="alert">{S.noneChosen}</Caption1> : null}
      {option?.kind === "sheet" ? (
        <section aria-labelledby="template-findings-title">
          <Subtitle2 as="h3" id="template-findings-title">
            {S.templateFindings}
          </Subtitle2>
          {findings.length === 0 ? (
            <Caption1>{S.templateOk}</Caption1>
          ) : (
            <>
              {invalid ? <Body1 role="alert">{S.templateInvalid}</Body1> : null}
              <FindingList
                testId="template-findings"
                items={findings.map((f) => ({
                  sheet: template,
                  cell: f.cell,
                  tag: S.findingSeverity[f.severity],
                  message: f.message,
                  severity: f.severity,
                }))}
                onSelect={props.canSelect ? props.onSelect : undefined}
              />
            </>
          )}
          <Button size="small" disabled={busy} onClick={props.onReload}>
            {S.reload}
          </Button>
        </section>
      ) : null}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={!canGenerate}
          onClick={() =>
            plannedYear !== undefined &&
            props.onGenerate({ template, year: plannedYear, district, schools: chosen })
          }
        >
          {S.generate}
        </Button>
        {option?.kind === "built-in" ? (
          <Button disabled={busy || !props.canWrite} onClick={() => props.onMakeTemplate(template)}>
            {S.makeTemplate}
          </Button>
        ) : null}
      </div>
      {option?.kind === "built-in" ? <Caption1>{S.makeTemplateHint}</Caption1> : null}
      {!props.canWrite ? <Caption1>{S.noWriter}</Caption1> : null}
    </section>
  );
}
