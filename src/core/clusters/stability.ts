import { issue } from "../issue-codes";
import { fail, ok, type Result } from "../result";
import { kmeans, type KMeansOptions } from "./kmeans";

/** How firmly each school holds its k-means cluster across seeds. */
export interface Stability {
  /** Per school: the label it gets most often (ties → the lower label). */
  modal: number[];
  /** Per school: the share of runs (0…1) in which it gets its modal label; low = a borderline school. */
  share: number[];
  /**
   * Per school: the share of runs (0…1) in which it gets its label of `reference` (the run shown to the user);
   * equal to `share` when no reference is given.
   */
  kept: number[];
  /** The seeds of the runs, recorded. */
  seeds: number[];
  k: number;
}

/** Options of `stability`: those of `kmeans`, and the labels whose keeping is measured. */
export interface StabilityOptions extends KMeansOptions {
  /** One label per row (e.g. the run at the user's seed); default: each school's modal label. */
  reference?: readonly number[];
}

/**
 * Runs k-means once per seed and reports, for each school, its most frequent label and the share of runs that
 * gave it (labels are comparable across runs because they are ordered by centre). Borderline schools show a
 * share well below 1; `kept` measures the same against given reference labels. Fails as `kmeans` does, with
 * `bad-argument` when no seed is given, or `shape-mismatch` when the reference is not one label per row.
 *
 * @example stability([[1], [1.1], [5], [5.2]], 2, [1, 2, 3]).value.share // [1, 1, 1, 1]
 */
export function stability(
  data: readonly (readonly number[])[],
  k: number,
  seeds: readonly number[],
  options: StabilityOptions = {},
): Result<Stability> {
  if (seeds.length === 0) return fail(issue("bad-argument", { name: "seeds", text: "пусто" }));
  const n = data.length;
  const reference = options.reference;
  if (reference && reference.length !== n) return fail(issue("shape-mismatch"));
  const counts: Map<number, number>[] = Array.from({ length: n }, () => new Map<number, number>());
  for (const seed of seeds) {
    const run = kmeans(data, k, seed, options);
    if (!run.ok) return run;
    run.value.labels.forEach((label, i) => counts[i].set(label, (counts[i].get(label) ?? 0) + 1));
  }
  const modal: number[] = [];
  const share: number[] = [];
  for (const c of counts) {
    let bestLabel = 0;
    let bestCount = -1;
    for (const [label, count] of [...c.entries()].sort((a, b) => a[0] - b[0]))
      if (count > bestCount) {
        bestLabel = label;
        bestCount = count;
      }
    modal.push(bestLabel);
    share.push(bestCount / seeds.length);
  }
  const kept = reference ? counts.map((c, i) => (c.get(reference[i]) ?? 0) / seeds.length) : [...share];
  return ok({ modal, share, kept, seeds: [...seeds], k });
}
