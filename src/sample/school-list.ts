import type { SchoolType } from "./types";

/** The fixed part of a school of the sample: its number, type, depth of study and, for ШНОР, its profile. */
export interface SchoolSeed {
  number: number;
  type: SchoolType;
  /** For «с углублённым изучением …» schools: what is studied in depth. */
  depth?: string;
  /** Basic schools and the boarding school have no grades 10–11. */
  noSenior?: true;
  /** Fixed latent profile (results 2022 and 2023, contingent, staffing, microdistrict) of a seed-003 school. */
  profile?: readonly [number, number, number, number, number];
}

/**
 * The district's ШНОР from seed 003 with profiles that put them where the seed places them in the four
 * cluster models (results and context relative to the district mean): 240, 269, 538, 608 — difficult
 * contingent, low results, staffing and sum of parameters below the mean; 386 — favourable contingent, low
 * results; 223 — favourable contingent, staffing above, results just below the mean (near the boundary of
 * the better cluster); 506 — results just above the mean in 2022 (near the boundary of the low cluster),
 * staffing and sum below, results falling in 2023; ЦО № 162 — special, left out of clustering.
 * Profile: [result 2022, result 2023, contingent difficulty, staffing, microdistrict].
 */
export const SHNOR_PROFILES: Readonly<Record<number, readonly [number, number, number, number, number]>> = {
  223: [-0.25, -0.15, -0.7, 0.8, 0.3],
  240: [-1.4, -1.3, 1.2, -0.9, -0.8],
  269: [-1.2, -1.35, 1.0, -1.1, -0.6],
  386: [-1.1, -0.9, -0.6, -0.8, -0.7],
  506: [0.15, -0.5, -0.5, -0.6, -0.9],
  538: [-1.6, -1.4, 1.5, -0.7, -1.0],
  608: [-1.3, -1.45, 1.1, -1.2, -0.9],
  162: [-1.5, -1.4, 1.8, -1.0, -0.5],
};

const soch = (number: number): SchoolSeed => ({ number, type: "СОШ" });
const deep = (number: number, depth: string): SchoolSeed => ({ number, type: "СОШ углублённая", depth });

/**
 * Sixty schools in the manner of St. Petersburg's Kirov district (numbers as the district uses them; the
 * data drawn for them is synthetic). СОШ № 251 is absent: it was merged into № 506 (seed 003).
 */
export const SCHOOL_SEEDS: readonly SchoolSeed[] = [
  { number: 162, type: "ЦО", profile: SHNOR_PROFILES[162] },
  soch(163),
  soch(167),
  soch(169),
  deep(170, "английского языка"),
  soch(171),
  soch(216),
  soch(217),
  deep(218, "математики"),
  soch(219),
  soch(220),
  soch(221),
  { number: 223, type: "СОШ", profile: SHNOR_PROFILES[223] },
  soch(224),
  deep(225, "английского языка"),
  soch(226),
  { number: 231, type: "ООШ", noSenior: true },
  soch(237),
  { number: 240, type: "СОШ", profile: SHNOR_PROFILES[240] },
  soch(241),
  soch(242),
  { number: 244, type: "лицей" },
  soch(246),
  deep(247, "физики и математики"),
  soch(249),
  soch(252),
  soch(253),
  soch(254),
  { number: 261, type: "гимназия" },
  soch(264),
  { number: 269, type: "СОШ", profile: SHNOR_PROFILES[269] },
  { number: 271, type: "гимназия" },
  soch(274),
  soch(277),
  { number: 281, type: "школа" },
  soch(283),
  { number: 293, type: "гимназия" },
  soch(375),
  { number: 378, type: "лицей" },
  soch(379),
  soch(383),
  { number: 384, type: "школа" },
  { number: 386, type: "СОШ", profile: SHNOR_PROFILES[386] },
  soch(387),
  { number: 389, type: "лицей" },
  soch(391),
  soch(393),
  { number: 397, type: "гимназия" },
  { number: 398, type: "ООШ", noSenior: true },
  soch(501),
  soch(502),
  soch(504),
  { number: 506, type: "СОШ углублённая", depth: "иностранных языков", profile: SHNOR_PROFILES[506] },
  soch(509),
  { number: 538, type: "СОШ", profile: SHNOR_PROFILES[538] },
  deep(547, "английского языка"),
  soch(549),
  { number: 568, type: "школа" },
  { number: 608, type: "СОШ", profile: SHNOR_PROFILES[608] },
  { number: 2, type: "школа-интернат", noSenior: true },
];

/** The keys of the district's 2023 ШНОР list (seed 003). */
export const SHNOR_KEYS: readonly string[] = ["223", "240", "269", "386", "506", "538", "608", "ЦО 162"];
