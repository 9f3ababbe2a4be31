import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { COLUMN_ROLES, SHEET_KINDS, type ColumnRole, type SheetKind, type SheetMap } from "../../core";
import type { CorrectionPatch } from "../../hosts/corrections-store";
import { SCREEN_STYLES } from "../components/screen-styles";
import { stringsRu } from "../strings-ru";

const S = stringsRu.workbook;

const useStyles = makeStyles({
  root: SCREEN_STYLES.column,
  sheet: SCREEN_STYLES.card,
  summary: SCREEN_STYLES.summary,
  fields: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalS },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    padding: "2px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    textAlign: "left",
    verticalAlign: "middle",
  },
  header: { wordBreak: "break-word" },
});

/** One sheet's correction controls and its columns. */
function SheetCard(props: {
  sheet: SheetMap;
  busy: boolean;
  onPatch: (sheet: string, patch: CorrectionPatch) => void;
}) {
  const { sheet, busy, onPatch } = props;
  const styles = useStyles();
  const [year, setYear] = useState(sheet.year !== undefined ? String(sheet.year) : "");
  useEffect(() => setYear(sheet.year !== undefined ? String(sheet.year) : ""), [sheet.year]);
  const headers = [
    ...sheet.columns.map((c) => ({
      header: c.header,
      column: c.column,
      role: c.role,
      corrected: c.corrected,
    })),
    ...sheet.unrecognised.map((h) => ({
      header: h,
      column: "",
      role: "",
      corrected: false,
    })),
  ];
  const commitYear = () => {
    const text = year.trim();
    if (text === "") onPatch(sheet.name, { year: "auto" });
    else if (/^(19|20)\d\d$/u.test(text)) onPatch(sheet.name, { year: Number(text) });
  };
  return (
    <details className={styles.sheet} data-testid="sheet-card">
      <summary className={styles.summary}>
        <Body1>
          <strong>{sheet.name}</strong> — {stringsRu.kinds[sheet.kind]}
          {sheet.year !== undefined ? `, ${sheet.year}` : ""} ({S.source[sheet.kindSource]})
        </Body1>
      </summary>
      <div className={styles.fields}>
        <Field label={S.kind}>
          <Select
            value={sheet.kind}
            disabled={busy}
            onChange={(_, d) => onPatch(sheet.name, { kind: d.value as SheetKind })}
          >
            {SHEET_KINDS.map((k) => (
              <option key={k} value={k}>
                {stringsRu.kinds[k]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={S.year} hint={S.yearHint}>
          <Input
            value={year}
            inputMode="numeric"
            disabled={busy}
            onChange={(_, d) => setYear(d.value)}
            onBlur={commitYear}
            onKeyDown={(e) => {
              if (e.key === "Enter") commitYear();
            }}
          />
        </Field>
      </div>
      <Caption1 as="p">
        {S.years(sheet.years)} · {S.source[sheet.yearSource] ?? ""} ·{" "}
        {S.schools(sheet.schools.matched.length, sheet.schools.unmatched.length)}
      </Caption1>
      {sheet.tableIssue ? <Body1>{S.noTable}</Body1> : null}
      {headers.length > 0 ? (
        <table className={styles.table}>
          <caption>
            <Subtitle2>{S.columns}</Subtitle2>
          </caption>
          <thead>
            <tr>
              <th className={styles.cell} scope="col">
                {S.columnHeader}
              </th>
              <th className={styles.cell} scope="col">
                {S.columnRole}
              </th>
            </tr>
          </thead>
          <tbody>
            {headers.map((h) => (
              <tr key={h.header}>
                <td className={`${styles.cell} ${styles.header}`}>
                  {h.column ? `${h.column}: ` : ""}
                  {h.header}
                  {h.corrected ? ` (${S.corrected})` : ""}
                </td>
                <td className={styles.cell}>
                  <Select
                    size="small"
                    aria-label={`${S.columnRole}: ${h.header}`}
                    value={h.role}
                    disabled={busy}
                    onChange={(_, d) =>
                      onPatch(sheet.name, {
                        column: { header: h.header, role: d.value === "" ? null : (d.value as ColumnRole) },
                      })
                    }
                  >
                    <option value="">{S.roleNone}</option>
                    {COLUMN_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {stringsRu.roles[r]}
                      </option>
                    ))}
                  </Select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {sheet.schools.unmatched.length > 0 ? (
        <Caption1 as="p">
          {S.unmatched}:{" "}
          {sheet.schools.unmatched
            .slice(0, 5)
            .map((u) => `${u.cell} «${u.text}»`)
            .join(", ")}
        </Caption1>
      ) : null}
      <Button
        size="small"
        appearance="subtle"
        disabled={busy}
        onClick={() => onPatch(sheet.name, { kind: null, year: "auto", resetAll: true })}
      >
        {S.resetSheet}
      </Button>
    </details>
  );
}

/** «Книга»: what was recognised on each sheet, with corrections saved in the workbook. */
export function WorkbookScreen(props: {
  sheets: readonly SheetMap[];
  busy: boolean;
  onPatch: (sheet: string, patch: CorrectionPatch) => void;
  onReload: () => void;
}) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="workbook-title">
      <Subtitle2 as="h2" id="workbook-title">
        {S.title}
      </Subtitle2>
      <Body1>{S.intro}</Body1>
      <div>
        <Button onClick={props.onReload} disabled={props.busy}>
          {S.reload}
        </Button>
      </div>
      <Caption1>{S.sheets(props.sheets.length)}</Caption1>
      {props.sheets.length === 0 ? <Body1>{S.empty}</Body1> : null}
      {props.sheets.map((sheet) => (
        <SheetCard key={sheet.name} sheet={sheet} busy={props.busy} onPatch={props.onPatch} />
      ))}
    </section>
  );
}
