import { issue } from "../issue-codes";
import { fail, ok, type Result } from "../result";
import type { DistrictStats } from "../stats/district-stats";

/**
 * A school's result corrected for its context ("с поправкой на контингент"): the district mean plus the
 * school's residual from the least-squares line of results on context over the district. A school doing
 * exactly as well as schools of its context typically do gets the district mean. Fails with `no-variation`
 * when every school has the same context (no line can be fitted).
 *
 * @example adjusted(55, 3, district) // with line 30 + 10·context and district mean 50: ok(50 + (55 − 60)) = ok(45)
 */
export function adjusted(result: number, context: number, district: DistrictStats): Result<number> {
  const fit = district.fit;
  if (!fit) return fail(issue("no-variation", { what: "параметра контекста по району" }));
  return ok(district.results.mean + (result - (fit.intercept + fit.slope * context)));
}
