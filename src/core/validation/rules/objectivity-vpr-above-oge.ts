import type { ValidationContext } from "../context";
import { schoolCell } from "../context";
import type { ParsedSheet } from "../parsed-sheet";
import type { Rule } from "../rule";

/** A weighted mean under construction, and where the school's first row is. */
interface Sum {
  weighted: number;
  weight: number;
  sheet?: ParsedSheet;
  row?: number;
}

/** Weighted means by year, then by school (the index of its key in `context.keys`). */
type SumsByYear = Map<number, Map<number, Sum>>;

const add = (
  sums: SumsByYear,
  year: number,
  school: number,
  value: number,
  weight: number,
  where?: [ParsedSheet, number],
) => {
  let bySchool = sums.get(year);
  if (!bySchool) {
    bySchool = new Map();
    sums.set(year, bySchool);
  }
  let sum = bySchool.get(school);
  if (!sum) {
    sum = { weighted: 0, weight: 0 };
    bySchool.set(school, sum);
  }
  sum.weighted += value * weight;
  sum.weight += weight;
  if (where && sum.sheet === undefined) [sum.sheet, sum.row] = where;
};

/** The distinct years of a sheet's rows. */
function yearsOf(sheet: ParsedSheet): Set<number> {
  const years = new Set<number>();
  let last = NaN;
  for (let i = 0; i < sheet.year.length; i++) {
    if (sheet.year[i] !== last) years.add((last = sheet.year[i]));
  }
  return years;
}

/** ВПР качество (% «4» + «5») per school and year, weighted by participants. */
function vprQuality(context: ValidationContext): SumsByYear {
  const sums: SumsByYear = new Map();
  // An export of one procedure (no grade or subject column) repeats the district table's rows: use it only
  // for years no full ВПР table covers.
  const full = new Set(
    context.sheets.filter((s) => s.map.kind === "vpr" && s.subject).flatMap((s) => [...yearsOf(s)]),
  );
  for (const sheet of context.sheets) {
    if (sheet.map.kind !== "vpr") continue;
    for (const block of sheet.blocks) {
      const m4 = block.byRole.get("mark4");
      const m5 = block.byRole.get("mark5");
      const n = block.byRole.get("participants");
      if (!m4 || !m5 || !n || n.column.percent) continue;
      for (let i = 0; i < n.values.length; i++) {
        const school = sheet.schoolKey[i];
        const year = sheet.year[i];
        if (school < 0 || year === 0 || (!sheet.subject && full.has(year))) continue;
        const participants = n.values[i];
        if (!(participants > 0)) continue;
        let quality = m4.values[i] + m5.values[i];
        if (!m4.column.percent) quality = (100 * quality) / participants;
        if (!(quality >= 0 && quality <= 100)) continue;
        add(sums, year, school, quality, participants, [sheet, i]);
      }
    }
  }
  return sums;
}

/** ОГЭ failure share per school and year, weighted by participants, and the district's per year. */
function ogeFailure(context: ValidationContext): { schools: SumsByYear; district: Map<number, Sum> } {
  const schools: SumsByYear = new Map();
  const byYear: SumsByYear = new Map();
  for (const sheet of context.sheets) {
    if (sheet.map.kind !== "oge") continue;
    for (const block of sheet.blocks) {
      const fail = block.byRole.get("failShare") ?? block.byRole.get("mark2");
      const n = block.byRole.get("participants");
      if (!fail || !fail.column.percent || !n || n.column.percent) continue;
      for (let i = 0; i < n.values.length; i++) {
        const school = sheet.schoolKey[i];
        const share = fail.values[i];
        const participants = n.values[i];
        if (school < 0 || sheet.year[i] === 0 || !(participants > 0) || !(share >= 0 && share <= 100))
          continue;
        add(schools, sheet.year[i], school, share, participants);
        add(byYear, sheet.year[i], -1, share, participants);
      }
    }
  }
  const district = new Map<number, Sum>();
  for (const [year, all] of byYear) district.set(year, all.get(-1) as Sum);
  return { schools, district };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * `objectivity.vpr-above-oge` (warning): a school whose ВПР качество of a year is far above the district
 * (robust z at or above the profile's 2) while its ОГЭ failure share that year is above the district's — high
 * ВПР results the exam does not confirm (ФИОКО markers; the Московский district checklist). Weighted by
 * participants. Reported at the school's first ВПР row of that year.
 * @example vprAboveOgeRule.run(context) // 221: качество 88 % (z 3,1), ОГЭ «2» 24 % vs 9 % → «ВПР 2023»!A5
 */
export const vprAboveOgeRule: Rule = {
  id: "objectivity.vpr-above-oge",
  severity: "warning",
  run(context) {
    const quality = vprQuality(context);
    const oge = ogeFailure(context);
    for (const [year, schools] of quality) {
      const districtFail = oge.district.get(year);
      if (!districtFail || districtFail.weight === 0) continue;
      const districtShare = districtFail.weighted / districtFail.weight;
      const values = [...schools.values()].map((s) => s.weighted / s.weight);
      if (values.length < 10) continue;
      const centre = median(values);
      const scale = 1.4826 * median(values.map((v) => Math.abs(v - centre)));
      if (!(scale > 0)) continue;
      for (const [index, sum] of schools) {
        const q = sum.weighted / sum.weight;
        const z = (q - centre) / scale;
        const fail = oge.schools.get(year)?.get(index);
        if (z < context.profile.objectivity.robustZ || !fail || fail.weight === 0) continue;
        const failShare = fail.weighted / fail.weight;
        if (!(failShare > districtShare) || !sum.sheet || sum.row === undefined) continue;
        const school = context.keys[index];
        context.report(
          this.id,
          sum.sheet.map.name,
          schoolCell(sum.sheet, sum.row),
          { school, year, quality: q, z, fail: failShare, districtFail: districtShare },
          school,
        );
      }
    }
  },
};
