import { issue } from "../issue-codes";
import { fail, ok, type Result } from "../result";
import { dynamics, type DynamicsSign } from "./dynamics";

/** One procedure of one year: its key (e.g. "ВПР 5 математика"), успеваемость %, and participants. */
export interface ProcedureSuccess {
  key: string;
  success: number;
  participants: number;
}

/** The change in a school's weighted успеваемость between two years. */
export interface ResultsDynamics {
  before: number;
  after: number;
  /** after − before, п.п. */
  change: number;
  sign: DynamicsSign;
  /** The procedures present in both years that were compared. */
  procedures: string[];
}

const weighted = (rows: ReadonlyMap<string, ProcedureSuccess>, keys: readonly string[]): number => {
  let sum = 0;
  let weight = 0;
  for (const key of keys) {
    const row = rows.get(key)!;
    sum += row.success * row.participants;
    weight += row.participants;
  }
  return sum / weight;
};

const index = (rows: readonly ProcedureSuccess[]): Map<string, ProcedureSuccess> => {
  const map = new Map<string, ProcedureSuccess>();
  for (const row of rows) {
    if (Number.isFinite(row.success) && Number.isFinite(row.participants) && row.participants > 0)
      map.set(row.key, row);
  }
  return map;
};

/**
 * Dynamics of a school's results (criteria.md): the change in its успеваемость weighted by participants
 * over the procedures present in both years; positive above +tolerance п.п., negative below −tolerance.
 * Fails when the years share no procedure.
 *
 * @example resultsDynamics([{ key: "ОГЭ рус", success: 80, participants: 50 }], [{ key: "ОГЭ рус", success: 90, participants: 40 }])
 * // { ok: true, value: { before: 80, after: 90, change: 10, sign: 1, procedures: ["ОГЭ рус"] } }
 */
export function resultsDynamics(
  before: readonly ProcedureSuccess[],
  after: readonly ProcedureSuccess[],
  tolerance = 1,
): Result<ResultsDynamics> {
  const a = index(before);
  const b = index(after);
  const keys = [...a.keys()].filter((k) => b.has(k)).sort();
  if (keys.length === 0) return fail(issue("not-enough-data", { min: 1 }));
  const x = weighted(a, keys);
  const y = weighted(b, keys);
  return ok({ before: x, after: y, change: y - x, sign: dynamics(x, y, true, tolerance), procedures: keys });
}
