import { dynamics, type DynamicsSign } from "../dynamics/dynamics";
import type { MonitoringIndicator, MonitoringModel, YearPair } from "./model";
import { SUMMARY_ID } from "./model";

/** The plan's targets (seed 003), as shares of one. */
export const TARGETS = {
  positiveDynamics: 0.5,
  positiveChanges: 0.8,
  exit: 0.6,
  respondents: 0.8,
  roadmap: 1,
} as const;

/** The rows of the status × change view: a school's most serious category on the latest year. */
export const STATUS_ROWS = ["ШНОР", "зона риска", "ШНСУ", "—"] as const;

/** A change rounded as the tab's formulas round it (6 decimals), or undefined without both years. */
export function changeOf(pair: YearPair): number | undefined {
  const [a, b] = pair;
  if (a === undefined || b === undefined) return undefined;
  return Math.round((b.value - a.value) * 1e6) / 1e6;
}

/**
 * The sign of an indicator's change as the tab shows it: 1 improvement, −1 worsening, 0 stable. Results
 * use the profile's tolerance (п.п.); contingent and staffing counts any change; a neutral indicator gives
 * the plain direction of the change.
 * @example signOf(def, [{ value: 60, sources: [] }, { value: 70, sources: [] }], 1) // 1
 */
export function signOf(
  def: MonitoringIndicator["def"],
  pair: YearPair,
  tolerance: number,
): DynamicsSign | undefined {
  const change = changeOf(pair);
  if (change === undefined) return undefined;
  const up = def.higherIsBetter !== false;
  if (def.tolerant) return dynamics(0, change, up, tolerance);
  const s = Math.sign(change) * (up ? 1 : -1);
  return (s === 0 ? 0 : s) as DynamicsSign;
}

/** One ШНОР's derived figures. */
export interface SchoolFigures {
  key: string;
  /** The dynamics of results (weighted успеваемость), if both years have common procedures. */
  results?: DynamicsSign;
  /** Contingent and staffing indicators (with a direction) that improved. */
  positiveContext: number;
  positiveChanges: boolean;
  /** Would leave the ШНОР list under the profile this year; undefined when no status could be given. */
  exit?: boolean;
  /** The most serious category on the latest year, «—» for none; undefined when no status could be given. */
  statusRow?: (typeof STATUS_ROWS)[number];
}

/** The figures the tab's formulas compute, computed by the core (for tests and the task pane). */
export interface MonitoringFigures {
  schools: SchoolFigures[];
  shares: { positiveDynamics: number; positiveChanges: number; exit: number; roadmap?: number };
  met: { positiveDynamics: boolean; positiveChanges: boolean; exit: boolean; roadmap?: boolean };
  /** Status row → [▲, ●, ▼, нет данных, всего]. */
  matrix: Record<(typeof STATUS_ROWS)[number], [number, number, number, number, number]>;
}

/**
 * The derived figures of the monitoring: per ШНОР the dynamics of results, the count of improved contingent and
 * staffing indicators, «позитивные изменения» (criteria.md: positive results, or ≥ 2 improved indicators with no
 * negative results) and exit from the list; the shares against the plan's targets; the status × change view.
 * @example monitoringFigures(model).shares.positiveDynamics // 0.375
 */
export function monitoringFigures(model: MonitoringModel): MonitoringFigures {
  const tol = model.profile.tolerance;
  const summary = model.indicators.find((i) => i.def.id === SUMMARY_ID);
  const context = model.indicators.filter(
    (i) => (i.def.group === "contingent" || i.def.group === "staffing") && i.def.higherIsBetter !== undefined,
  );
  const schools = model.schools.map((school): SchoolFigures => {
    const pair = summary?.values.get(school.key);
    const results = summary && pair ? signOf(summary.def, pair, tol) : undefined;
    const positiveContext = context.filter((i) => signOf(i.def, i.values.get(school.key)!, tol) === 1).length;
    const text = school.status.ok ? school.status.outcome.text : undefined;
    const statusRow =
      text === undefined
        ? undefined
        : ((STATUS_ROWS.find((r) => r !== "—" && text.startsWith(r)) ?? "—") as SchoolFigures["statusRow"]);
    return {
      key: school.key,
      ...(results !== undefined ? { results } : {}),
      positiveContext,
      positiveChanges: results === 1 || (results !== -1 && positiveContext >= 2),
      ...(text !== undefined ? { exit: !text.startsWith("ШНОР") } : {}),
      ...(statusRow !== undefined ? { statusRow } : {}),
    };
  });
  const n = schools.length;
  const share = (count: number) => (n > 0 ? count / n : 0);
  const shares = {
    positiveDynamics: share(schools.filter((s) => s.results === 1).length),
    positiveChanges: share(schools.filter((s) => s.positiveChanges).length),
    exit: share(schools.filter((s) => s.exit === true).length),
    ...(model.roadmap ? { roadmap: model.roadmap.done / model.roadmap.activities } : {}),
  };
  const matrix = Object.fromEntries(
    STATUS_ROWS.map((row) => {
      const list = schools.filter((s) => s.statusRow === row);
      const up = list.filter((s) => s.results === 1).length;
      const flat = list.filter((s) => s.results === 0).length;
      const down = list.filter((s) => s.results === -1).length;
      return [row, [up, flat, down, list.length - up - flat - down, list.length]];
    }),
  ) as MonitoringFigures["matrix"];
  return {
    schools,
    shares,
    met: {
      positiveDynamics: shares.positiveDynamics >= TARGETS.positiveDynamics,
      positiveChanges: shares.positiveChanges >= TARGETS.positiveChanges,
      exit: shares.exit >= TARGETS.exit,
      ...(shares.roadmap !== undefined ? { roadmap: shares.roadmap >= TARGETS.roadmap } : {}),
    },
    matrix,
  };
}
