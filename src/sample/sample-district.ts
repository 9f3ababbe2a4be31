import { buildSchools } from "./build-schools";
import { generateDistrictData, type DistrictData } from "./district-data";
import { mulberry32, pick, shuffle, type Random } from "./random";
import { SHNOR_KEYS } from "./school-list";
import type { SampleContext } from "./sheets/context";
import { contingentSheet } from "./sheets/contingent-sheet";
import { egeSheet } from "./sheets/ege-sheet";
import { fisOkoSheet } from "./sheets/fis-oko-sheet";
import { microdistrictSheet } from "./sheets/microdistrict-sheet";
import { ogeSheet } from "./sheets/oge-sheet";
import { registrySheet } from "./sheets/registry-sheet";
import { staffingSheet } from "./sheets/staffing-sheet";
import { vprSheet } from "./sheets/vpr-sheet";
import type { SampleSchool, SampleSheet, SheetTruth } from "./types";

/** What the sample really says, for tests: the schools, the ШНОР, every true value, what each sheet is. */
export interface SampleTruth {
  seed: number;
  schools: SampleSchool[];
  /** Keys of the 2023 ШНОР list (seed 003). */
  shnorKeys: string[];
  /** Keys of schools left out of the cluster models (ЦО, школа-интернат). */
  specialKeys: string[];
  /** Keys of ordinary schools placed in the зона риска (one ВПР procedure of 2023 with ≥ 30 % «2»). */
  riskKeys: string[];
  data: DistrictData;
  sheets: SheetTruth[];
}

/** The sample district workbook as pure data, plus its ground truth. */
export interface SampleWorkbook {
  sheets: SampleSheet[];
  truth: SampleTruth;
}

/**
 * Generates the sample district workbook: about sixty schools of a Kirov-district-like district with its
 * eight ШНОР from seed 003, two years of ВПР (a district table per year and a ФИС ОКО export), ОГЭ, ЕГЭ,
 * the social passport, staffing and microdistricts — messy in form (title rows, merged two-row headers,
 * totals and spacer rows, names spelled many ways, numbers as text, percents as text and as fractions,
 * dashes, «н/д», Excel errors) and clean in content. Deterministic: the same seed gives the same workbook.
 * @example
 * const sample = generateSampleDistrict();
 * sample.sheets.map((s) => s.name); // ["Список ОО", "ВПР 2022", "ВПР 2023", "ФИС ОКО ВПР 2023 МА5", …]
 * sample.truth.shnorKeys; // ["223", "240", "269", "386", "506", "538", "608", "ЦО 162"]
 */
export function generateSampleDistrict(seed = 2023): SampleWorkbook {
  const random = mulberry32(seed);
  const schools = buildSchools(random);
  const data = generateDistrictData(schools, random);
  punchHoles(data, random);
  const context: SampleContext = { schools, data, random };
  const built = [
    registrySheet(context),
    vprSheet(context, 2022),
    vprSheet(context, 2023),
    fisOkoSheet(context),
    ogeSheet(context, 2022),
    ogeSheet(context, 2023),
    egeSheet(context, 2022),
    egeSheet(context, 2023),
    contingentSheet(context),
    staffingSheet(context, 2022),
    staffingSheet(context, 2023),
    microdistrictSheet(context),
  ];
  return {
    sheets: built.map((b) => b.sheet),
    truth: {
      seed,
      schools,
      shnorKeys: [...SHNOR_KEYS],
      specialKeys: schools.filter((s) => s.special).map((s) => s.key),
      riskKeys: data.riskKeys,
      data,
      sheets: built.map((b) => b.truth),
    },
  };
}

/**
 * Missing data a real district workbook has, made part of the truth: journal comparisons not reported for a
 * few ВПР rows, one school's ОГЭ mathematics of 2022 lost in a lookup, vacancies not reported by three schools.
 */
function punchHoles(data: DistrictData, random: Random): void {
  for (const row of shuffle(random, data.vpr).slice(0, 12)) {
    row.lowered = null;
    row.confirmed = null;
    row.raised = null;
  }
  const ordinary = data.oge.filter(
    (r) => r.year === 2022 && r.subject === "Математика" && !SHNOR_KEYS.includes(r.key),
  );
  const lost = pick(random, ordinary);
  data.oge.splice(data.oge.indexOf(lost), 1);
  for (const row of shuffle(random, data.staffing).slice(0, 3)) row.vacancies = null;
}
