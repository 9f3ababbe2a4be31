import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Select,
  Subtitle2,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { CATEGORY_ORDER, PROFILE_FIELDS, type CriteriaProfile, type ProfileField } from "../../core/criteria";
import type { MentorPair } from "../model/mentor-run";
import { changedFields, fieldText, setField } from "../model/profile-edit";
import { evaluateAll, whatIf, type StatusInput } from "../model/status-run";
import { SCREEN_STYLES } from "../components/screen-styles";
import { stringsRu } from "../strings-ru";

const S = stringsRu.criteria;

const useStyles = makeStyles({
  root: SCREEN_STYLES.column,
  field: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, paddingBottom: tokens.spacingVerticalXS },
  whatIf: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    border: `1px solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    position: "sticky",
    top: 0,
    background: tokens.colorNeutralBackground1,
    zIndex: 1,
  },
  row: SCREEN_STYLES.actions,
  list: SCREEN_STYLES.bullets,
});

function FieldEditor(props: {
  field: ProfileField;
  profile: CriteriaProfile;
  onChange: (p: CriteriaProfile) => void;
}) {
  const { field, profile, onChange } = props;
  const [text, setText] = useState(fieldText(profile, field));
  useEffect(() => setText(fieldText(profile, field)), [profile, field]);
  const parsed =
    field.kind === "boolean" || field.kind === "mode" ? undefined : setField(profile, field, text);
  const invalid = field.kind !== "boolean" && field.kind !== "mode" && field.kind !== "text" && !parsed;
  const badge = (
    <Badge appearance="tint" color={field.confirmed ? "success" : "warning"} size="small">
      {field.confirmed ? S.confirmed : S.unconfirmed}
    </Badge>
  );
  const hint = (
    <>
      {badge} {field.source}
    </>
  );
  const classes = useStyles();
  if (field.kind === "boolean") {
    const checked = fieldText(profile, field) === "true";
    return (
      <Field className={classes.field} hint={hint}>
        <Switch
          label={field.label}
          checked={checked}
          onChange={(_, d) => onChange(setField(profile, field, d.checked)!)}
        />
      </Field>
    );
  }
  if (field.kind === "mode") {
    return (
      <Field className={classes.field} label={field.label} hint={hint}>
        <Select
          value={fieldText(profile, field)}
          onChange={(_, d) => onChange(setField(profile, field, d.value)!)}
        >
          <option value="absolute">{S.modeAbsolute}</option>
          <option value="relative">{S.modeRelative}</option>
        </Select>
      </Field>
    );
  }
  return (
    <Field
      className={classes.field}
      label={field.label}
      hint={hint}
      validationState={invalid ? "error" : "none"}
      validationMessage={invalid ? S.invalid(field.label, field.min, field.max) : undefined}
    >
      <Input
        value={text}
        inputMode={field.kind === "text" ? "text" : "decimal"}
        onChange={(_, d) => {
          setText(d.value);
          const next = setField(profile, field, d.value);
          if (next) onChange(next);
        }}
      />
    </Field>
  );
}

/** «ШНОР и наставники»: the profile editor with its what-if, the resulting lists and the mentor pairs. */
export function CriteriaScreen(props: {
  input: StatusInput;
  saved: CriteriaProfile;
  stored: boolean;
  busy: boolean;
  mentors: (shnor: readonly string[]) => MentorPair[];
  onSave: (profile: CriteriaProfile) => void;
}) {
  const styles = useStyles();
  const { input, saved } = props;
  const [draft, setDraft] = useState<CriteriaProfile>(saved);
  useEffect(() => setDraft(saved), [saved]);
  const before = useMemo(() => evaluateAll(input, saved), [input, saved]);
  const after = useMemo(() => evaluateAll(input, draft), [input, draft]);
  const changes = useMemo(() => whatIf(before, after), [before, after]);
  const edited = changedFields(saved, draft, PROFILE_FIELDS).length > 0;
  const shnor = useMemo(
    () => after.filter((s) => s.outcome?.categories.includes("ШНОР")).map((s) => s.key),
    [after],
  );
  const { mentors } = props;
  const pairs = useMemo(() => mentors(shnor), [mentors, shnor]);
  const problems = after.filter((s) => s.problem);
  return (
    <section className={styles.root} aria-labelledby="criteria-title">
      <Subtitle2 as="h2" id="criteria-title">
        {S.title}
      </Subtitle2>
      <Body1>{S.intro}</Body1>
      <Caption1>{props.stored ? S.stored : S.defaultProfile}</Caption1>
      <div
        className={styles.whatIf}
        role="region"
        aria-labelledby="whatif-title"
        aria-live="polite"
        data-testid="what-if"
      >
        <Subtitle2 as="h3" id="whatif-title">
          {S.whatIf}
        </Subtitle2>
        {!edited ? <Caption1 as="p">{S.whatIfNone}</Caption1> : null}
        <ul className={styles.list}>
          {changes.map((c) => (
            <li key={c.category} data-testid={`whatif-${c.category}`}>
              <Body1>
                <strong>{c.category}</strong>: {S.change(c.before, c.after)}
                {c.entering.length > 0 ? `; ${S.entering}: ${c.entering.map((s) => s.key).join(", ")}` : ""}
                {c.leaving.length > 0 ? `; ${S.leaving}: ${c.leaving.map((s) => s.key).join(", ")}` : ""}
              </Body1>
            </li>
          ))}
        </ul>
        <div className={styles.row}>
          <Button appearance="primary" disabled={!edited || props.busy} onClick={() => props.onSave(draft)}>
            {S.save}
          </Button>
          <Button disabled={!edited || props.busy} onClick={() => setDraft(saved)}>
            {S.reset}
          </Button>
        </div>
      </div>
      {PROFILE_FIELDS.map((field) => (
        <FieldEditor key={field.path} field={field} profile={draft} onChange={setDraft} />
      ))}
      <Subtitle2 as="h3">{S.lists}</Subtitle2>
      {CATEGORY_ORDER.map((category) => {
        const members = after.filter((s) => s.outcome?.categories.includes(category));
        return (
          <details key={category} data-testid={`list-${category}`}>
            <summary>
              <Body1>
                <strong>{category}</strong> ({members.length})
              </Body1>
            </summary>
            {members.length === 0 ? <Caption1>{S.none}</Caption1> : null}
            <ul className={styles.list}>
              {members.map((s) => (
                <li key={s.key}>
                  <Body1>{s.name}</Body1>
                  <br />
                  <Caption1>
                    {s.outcome?.reasons
                      .filter((r) => r.category === category)
                      .map((r) => r.text)
                      .join(" ")}
                  </Caption1>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
      {problems.length > 0 ? <Caption1>{S.problems(problems.length)}</Caption1> : null}
      <Subtitle2 as="h3">{S.mentors}</Subtitle2>
      <Caption1>{S.mentorsIntro}</Caption1>
      <ul className={styles.list} data-testid="mentor-pairs">
        {pairs.map((p) => (
          <li key={p.school.key}>
            <Body1>
              {p.mentor ? S.pair(p.school.name, p.mentor.name) : `${p.school.name}: ${S.noMentor}`}
            </Body1>
            <br />
            <Caption1>
              {p.mentor
                ? `${S.closeBy}: ${p.matches.map((m) => `${m.variable} (${m.difference.toFixed(2).replace(".", ",")})`).join(", ")}`
                : p.why}
            </Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
