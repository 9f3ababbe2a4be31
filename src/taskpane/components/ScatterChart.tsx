import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ClusterNumber } from "../../core/clusters";
import type { ClusterRun } from "../model/cluster-run";
import { stringsRu } from "../strings-ru";
import { chartScale } from "../model/chart-scale";

const S = stringsRu.clusters;

/** Cluster colours readable on light and dark backgrounds (Fluent palette tokens). */
export const CLUSTER_COLORS: Record<ClusterNumber, string> = {
  1: tokens.colorPaletteBlueForeground2,
  2: tokens.colorPaletteGreenForeground2,
  3: tokens.colorPaletteRedForeground2,
  4: tokens.colorPaletteMarigoldForeground2,
};

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block" },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    padding: 0,
    margin: 0,
    listStyle: "none",
  },
  item: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    background: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    padding: "2px 6px",
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  pressed: { background: tokens.colorNeutralBackground1Selected, fontWeight: tokens.fontWeightSemibold },
  swatch: { width: "10px", height: "10px", borderRadius: "50%", display: "inline-block" },
});

const W = 400;
const H = 280;
const PAD = { left: 36, right: 10, top: 10, bottom: 28 };

/**
 * The schools as points (context on X, results on Y), coloured by cluster, with the district-centre lines.
 * The legend's buttons highlight one cluster (keyboard: Tab, Enter/Space).
 */
export function ScatterChart({ run }: { run: ClusterRun }) {
  const styles = useStyles();
  const [focus, setFocus] = useState<ClusterNumber | undefined>(undefined);
  const points = run.rows.filter((r) => r.cluster !== undefined);
  const x = chartScale(
    points.map((p) => p.context!),
    PAD.left,
    W - PAD.right,
  );
  const y = chartScale(
    points.map((p) => p.result!),
    H - PAD.bottom,
    PAD.top,
  );
  const title = S.chartTitle(run.context.label, run.results.label);
  return (
    <figure style={{ margin: 0 }}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="scatter-title scatter-desc"
        data-testid="scatter"
      >
        <title id="scatter-title">{title}</title>
        <desc id="scatter-desc">{S.chartDesc(points.length)}</desc>
        <rect
          x={PAD.left}
          y={PAD.top}
          width={W - PAD.left - PAD.right}
          height={H - PAD.top - PAD.bottom}
          fill="none"
          stroke={tokens.colorNeutralStroke2}
        />
        <line
          x1={x(run.centre.context)}
          x2={x(run.centre.context)}
          y1={PAD.top}
          y2={H - PAD.bottom}
          stroke={tokens.colorNeutralForeground3}
          strokeDasharray="4 3"
          data-testid="mean-x"
        />
        <line
          x1={PAD.left}
          x2={W - PAD.right}
          y1={y(run.centre.result)}
          y2={y(run.centre.result)}
          stroke={tokens.colorNeutralForeground3}
          strokeDasharray="4 3"
          data-testid="mean-y"
        />
        <text
          x={W - PAD.right - 2}
          y={y(run.centre.result) - 3}
          textAnchor="end"
          fontSize="10"
          fill={tokens.colorNeutralForeground2}
        >
          {S.meanLine}
        </text>
        {points.map((p) => {
          const dim = focus !== undefined && focus !== p.cluster;
          return (
            <circle
              key={p.key}
              cx={x(p.context!)}
              cy={y(p.result!)}
              r={focus === p.cluster ? 5 : 4}
              fill={CLUSTER_COLORS[p.cluster!]}
              fillOpacity={dim ? 0.15 : 0.85}
              stroke={p.risk && p.risk.neighbour !== 0 ? tokens.colorNeutralForeground1 : "none"}
              data-cluster={p.cluster}
            >
              <title>{`${p.name}: ${S.cluster(p.cluster!)}`}</title>
            </circle>
          );
        })}
        <text
          x={(PAD.left + W - PAD.right) / 2}
          y={H - 6}
          textAnchor="middle"
          fontSize="11"
          fill={tokens.colorNeutralForeground2}
        >
          {stringsRu.clusters.context}
        </text>
        <text
          x={12}
          y={(PAD.top + H - PAD.bottom) / 2}
          textAnchor="middle"
          fontSize="11"
          fill={tokens.colorNeutralForeground2}
          transform={`rotate(-90 12 ${(PAD.top + H - PAD.bottom) / 2})`}
        >
          {stringsRu.clusters.results}
        </text>
      </svg>
      <figcaption>
        <Caption1 id="legend-label">{S.legend}</Caption1>
        <ul className={styles.legend} aria-labelledby="legend-label">
          {run.clusters.map((c) => (
            <li key={c.number}>
              <button
                type="button"
                className={`${styles.item} ${focus === c.number ? styles.pressed : ""}`}
                aria-pressed={focus === c.number}
                onClick={() => setFocus(focus === c.number ? undefined : c.number)}
              >
                <span
                  className={styles.swatch}
                  style={{ background: CLUSTER_COLORS[c.number] }}
                  aria-hidden="true"
                />
                {S.cluster(c.number)} ({c.count})
              </button>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
