import { clamp, normal, type Random } from "./random";
import { SCHOOL_SEEDS } from "./school-list";
import { schoolKey, schoolName } from "./school-names";
import type { SampleSchool } from "./types";

/** The two school years of the sample (the spring of each: ВПР, ОГЭ, ЕГЭ). */
export const SAMPLE_YEARS = [2022, 2023] as const;

/**
 * The sample's schools with names, ФИС ОКО logins and latent profiles. Seed-003 schools get their fixed
 * profiles; the others are drawn: gymnasiums and lyceums higher results and an easier contingent, results
 * falling with the difficulty of the contingent and rising with staffing, as in the district.
 * @example buildSchools(mulberry32(2023)).length // 60
 */
export function buildSchools(random: Random): SampleSchool[] {
  const loginStart = 1000 + Math.floor(random() * 8000);
  const schools = SCHOOL_SEEDS.map((seed, index): SampleSchool => {
    const login = `sch78${String(loginStart + index * 7).padStart(4, "0")}`;
    const parts = { number: seed.number, type: seed.type, depth: seed.depth, login };
    const base = {
      key: schoolKey(seed.number, seed.type),
      number: seed.number,
      type: seed.type,
      shortName: schoolName(parts, "short"),
      fullName: schoolName(parts, "full"),
      login,
      shnor: seed.profile !== undefined,
      special: seed.type === "ЦО" || seed.type === "школа-интернат",
      seniorGrades: seed.noSenior !== true,
    };
    if (seed.profile) {
      const [r2022, r2023, contingent, staffing, microdistrict] = seed.profile;
      return { ...base, result: { 2022: r2022, 2023: r2023 }, contingent, staffing, microdistrict };
    }
    const elite = seed.type === "гимназия" || seed.type === "лицей" || seed.type === "СОШ углублённая";
    const contingent = clamp(normal(random, elite ? -0.6 : 0.1, 0.7), -2, 2);
    const staffing = clamp(normal(random, elite ? 0.5 : 0, 0.7), -2, 2);
    const microdistrict = clamp(normal(random, -0.3 * contingent, 0.7), -2, 2);
    const special = seed.type === "школа-интернат";
    const r2022 = special
      ? -0.6
      : clamp(0.2 + (elite ? 0.6 : 0) - 0.35 * contingent + 0.25 * staffing + normal(random, 0, 0.45), -1, 2);
    const r2023 = clamp(r2022 + normal(random, 0, 0.2), -1, 2.2);
    return {
      ...base,
      result: { 2022: r2022, 2023: r2023 },
      contingent: special ? 2 : contingent,
      staffing,
      microdistrict,
    };
  });
  return centreDrawn(schools);
}

/**
 * Shifts the drawn schools (not the seed-003 ones, not the special ones) so that every latent value averages 0
 * over the clustered schools: "above/below the district mean" then means what the seed-003 profiles say.
 */
function centreDrawn(schools: SampleSchool[]): SampleSchool[] {
  const clustered = schools.filter((s) => !s.special);
  const drawn = clustered.filter((s) => !s.shnor);
  const shift = (value: (s: SampleSchool) => number) =>
    clustered.reduce((sum, s) => sum + value(s), 0) / drawn.length;
  const shifts = {
    r2022: shift((s) => s.result[2022]),
    r2023: shift((s) => s.result[2023]),
    contingent: shift((s) => s.contingent),
    staffing: shift((s) => s.staffing),
    microdistrict: shift((s) => s.microdistrict),
  };
  for (const s of drawn) {
    s.result = { 2022: s.result[2022] - shifts.r2022, 2023: s.result[2023] - shifts.r2023 };
    s.contingent -= shifts.contingent;
    s.staffing -= shifts.staffing;
    s.microdistrict -= shifts.microdistrict;
  }
  return schools;
}
