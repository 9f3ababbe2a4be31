import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ChartData } from "../model/chart-data";
import { stringsRu } from "../strings-ru";
import { chartScale } from "../model/chart-scale";

const S = stringsRu.clusters;

/** Cluster colours readable on light and dark backgrounds (Fluent palette tokens), for labels 1–6. */
export const CLUSTER_COLORS: Readonly<Record<number, string>> = {
  1: tokens.colorPaletteBlueForeground2,
  2: tokens.colorPaletteGreenForeground2,
  3: tokens.colorPaletteRedForeground2,
  4: tokens.colorPaletteMarigoldForeground2,
  5: tokens.colorPalettePurpleForeground2,
  6: tokens.colorPaletteTealForeground2,
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

/** An axis name that fits the chart: long measure labels are cut with «…». */
const axisName = (name: string): string => (name.length > 40 ? `${name.slice(0, 39)}…` : name);

/**
 * The schools as points (see `ChartData`: context or the second variable on X, results or the first on Y),
 * coloured by cluster, with the district-mean lines. The legend's buttons highlight one cluster (keyboard:
 * Tab, Enter/Space).
 */
export function ScatterChart({ chart }: { chart: ChartData }) {
  const styles = useStyles();
  const [focus, setFocus] = useState<number | undefined>(undefined);
  const points = chart.points;
  const x = chartScale(
    points.map((p) => p.x),
    PAD.left,
    W - PAD.right,
  );
  const y = chartScale(
    points.map((p) => p.y),
    H - PAD.bottom,
    PAD.top,
  );
  const title = chart.title;
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
        <desc id="scatter-desc">{chart.desc}</desc>
        <rect
          x={PAD.left}
          y={PAD.top}
          width={W - PAD.left - PAD.right}
          height={H - PAD.top - PAD.bottom}
          fill="none"
          stroke={tokens.colorNeutralStroke2}
        />
        <line
          x1={x(chart.centre.x)}
          x2={x(chart.centre.x)}
          y1={PAD.top}
          y2={H - PAD.bottom}
          stroke={tokens.colorNeutralForeground3}
          strokeDasharray="4 3"
          data-testid="mean-x"
        />
        <line
          x1={PAD.left}
          x2={W - PAD.right}
          y1={y(chart.centre.y)}
          y2={y(chart.centre.y)}
          stroke={tokens.colorNeutralForeground3}
          strokeDasharray="4 3"
          data-testid="mean-y"
        />
        <text
          x={W - PAD.right - 2}
          y={y(chart.centre.y) - 3}
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
              cx={x(p.x)}
              cy={y(p.y)}
              r={focus === p.cluster ? 5 : 4}
              fill={CLUSTER_COLORS[p.cluster]}
              fillOpacity={dim ? 0.15 : 0.85}
              stroke={p.marked ? tokens.colorNeutralForeground1 : "none"}
              data-cluster={p.cluster}
            >
              <title>{`${p.name}: ${S.cluster(p.cluster)}`}</title>
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
          {axisName(chart.xLabel)}
        </text>
        <text
          x={12}
          y={(PAD.top + H - PAD.bottom) / 2}
          textAnchor="middle"
          fontSize="11"
          fill={tokens.colorNeutralForeground2}
          transform={`rotate(-90 12 ${(PAD.top + H - PAD.bottom) / 2})`}
        >
          {axisName(chart.yLabel)}
        </text>
      </svg>
      <figcaption>
        <Caption1 id="legend-label">{S.legend}</Caption1>
        <ul className={styles.legend} aria-labelledby="legend-label">
          {chart.legend.map((c) => (
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
