import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ClusterRow } from "../model/cluster-run";
import type { SchoolStatus } from "../model/status-run";
import { stringsRu } from "../strings-ru";

const S = stringsRu.selection;

const useStyles = makeStyles({
  card: {
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    background: tokens.colorNeutralBackground2,
  },
});

/** The school of the row selected in Excel: its cluster and status. */
export function SelectionCard(props: {
  school?: { key: string; name: string };
  row?: ClusterRow;
  clusterName?: string;
  status?: SchoolStatus;
}) {
  const styles = useStyles();
  return (
    <aside className={styles.card} aria-label={S.title} aria-live="polite" data-testid="selection-card">
      {!props.school ? (
        <Caption1>{S.hint}</Caption1>
      ) : (
        <>
          <Body1>
            <strong>{S.school(props.school.name, props.school.key)}</strong>
          </Body1>
          <br />
          <Caption1>
            {props.row?.cluster !== undefined
              ? S.cluster(props.row.cluster, props.clusterName ?? "")
              : S.noCluster}
            {" · "}
            {S.status(props.status?.outcome?.text ?? "")}
          </Caption1>
        </>
      )}
    </aside>
  );
}
