/**
 * Criteria bench: SHNOR.STATUS over 40,000 schools (every school in the country), 4 procedures in each of two
 * years, with participants, context and results — once as one spilled formula (absolute and relative
 * profile), and as separate cells against the same 40,000-row district ranges (content-keyed district cache),
 * each compared with a plain pass over the same data.
 */
import { seededRandom } from "../src/core/stats/prng";
import { DEFAULT_CRITERIA_PROFILE, cloneProfile } from "../src/core/criteria/profile";
import { resetActiveProfile, setActiveProfile } from "../src/functions/active-profile";
import { statusFunction } from "../src/functions/criteria";
import { clearStatusCache } from "../src/functions/status-input";
import { bestOf, ms } from "./timing";

const SCHOOLS = 40_000;
const PROCEDURES = 4;
const CELLS = 2_000;

type Grid = unknown[][];

function grids(random: () => number) {
  const share = () => {
    const u = random();
    if (u < 0.02) return "-";
    return Math.round(random() * random() * 600) / 10; // skewed towards low failure shares
  };
  const count = () => Math.floor(5 + random() * 120);
  const now: Grid = [];
  const before: Grid = [];
  const nNow: Grid = [];
  const nBefore: Grid = [];
  const contexts: Grid = [];
  const results: Grid = [];
  for (let i = 0; i < SCHOOLS; i++) {
    now.push(Array.from({ length: PROCEDURES }, share));
    before.push(Array.from({ length: PROCEDURES }, share));
    nNow.push(Array.from({ length: PROCEDURES }, count));
    nBefore.push(Array.from({ length: PROCEDURES }, count));
    contexts.push([random() < 0.01 ? "" : Math.round(random() * 1000) / 1000]);
    results.push([Math.round(random() * 1000) / 10]);
  }
  return { now, before, nNow, nBefore, contexts, results };
}

/** One plain pass over grids: sums every number (what any formula reading these ranges at least costs). */
function plainPass(...sources: Grid[]): number {
  let s = 0;
  for (const grid of sources)
    for (const row of grid) for (const cell of row) if (typeof cell === "number") s += cell;
  return s;
}

export function run(): void {
  const g = grids(seededRandom(2024));
  let sink = 0;
  const all = [g.now, g.before, g.nNow, g.nBefore, g.contexts, g.results];

  const plainAll = bestOf(5, () => {
    sink += plainPass(...all);
  });
  const spill = bestOf(5, () => {
    clearStatusCache();
    sink += statusFunction(
      g.now,
      g.before,
      g.contexts,
      g.contexts,
      g.nNow,
      g.nBefore,
      g.results,
      g.results,
    ).length;
  });
  setActiveProfile({ ...cloneProfile(DEFAULT_CRITERIA_PROFILE), mode: "relative" });
  const spillRelative = bestOf(5, () => {
    clearStatusCache();
    sink += statusFunction(
      g.now,
      g.before,
      g.contexts,
      g.contexts,
      g.nNow,
      g.nBefore,
      g.results,
      g.results,
    ).length;
  });
  resetActiveProfile();

  const counts = new Map<string, number>();
  for (const row of statusFunction(
    g.now,
    g.before,
    g.contexts,
    g.contexts,
    g.nNow,
    g.nBefore,
    g.results,
    g.results,
  )) {
    const key = typeof row[0] === "string" ? row[0] || "(нет категории)" : "(ошибка)";
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }

  const cells = bestOf(3, () => {
    clearStatusCache();
    for (let i = 0; i < CELLS; i++) {
      const out = statusFunction(
        [g.now[i]],
        [g.before[i]],
        [g.contexts[i]],
        g.contexts,
        [g.nNow[i]],
        [g.nBefore[i]],
        [g.results[i]],
        g.results,
      );
      if (typeof out[0][0] === "string") sink += out[0][0].length;
    }
  });
  const plainCells = bestOf(3, () => {
    for (let i = 0; i < CELLS; i++) sink += plainPass(g.contexts, g.results);
  });

  console.log(
    `one plain pass over the ${SCHOOLS} × ${PROCEDURES} × 2 years data (+ sizes, context, results): ${ms(plainAll)}`,
  );
  console.log(
    `one STATUS formula spilling ${SCHOOLS} schools (absolute profile): ${ms(spill)} — ${(spill / plainAll).toFixed(1)}× the plain pass`,
  );
  console.log(
    `the same, relative profile (district worst quarter per procedure): ${ms(spillRelative)} — ${(spillRelative / plainAll).toFixed(1)}× the plain pass`,
  );
  console.log(`categories: ${[...counts].map(([k, v]) => `${k} ${v}`).join(", ")}`);
  console.log(
    `${CELLS} STATUS cells (one school each) against ${SCHOOLS}-row district ranges: ${ms(cells)} (${((cells / CELLS) * 1000).toFixed(1)} µs per cell)`,
  );
  console.log(`${CELLS} plain passes over the same district arrays: ${ms(plainCells)}`);
  console.log(`ratio STATUS cells / plain passes: ${(cells / plainCells).toFixed(2)}×`);
  if (sink === 42) console.log("");
}
