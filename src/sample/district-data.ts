import { addEge, addOge, addVpr } from "./assessment-data";
import { SAMPLE_YEARS } from "./build-schools";
import type { DistrictData } from "./district-types";
import { clamp, integer, normal, pick, round, uniform, type Random } from "./random";
import type { SampleSchool } from "./types";

export * from "./district-types";

/**
 * Draws every value of the sample from the schools' latent profiles. The ШНОР get failure shares of
 * 30 % and more on two or three ВПР procedures of 2023 and on one of them in 2022 too (the default criteria;
 * № 506, above the district mean in 2022, only in 2023);
 * three ordinary schools get exactly one such procedure in 2023 (зона риска); every other school stays below 30 %
 * everywhere and never rises by 10 п.п. on a procedure.
 * @example generateDistrictData(buildSchools(random), random).vpr.length // 60 schools × 2 years × 10
 */
export function generateDistrictData(schools: readonly SampleSchool[], random: Random): DistrictData {
  const candidates = schools.filter((s) => !s.shnor && !s.special && s.type === "СОШ");
  const riskKeys: string[] = [];
  while (riskKeys.length < 3) {
    const key = pick(random, candidates).key;
    if (!riskKeys.includes(key)) riskKeys.push(key);
  }
  const data: DistrictData = {
    years: SAMPLE_YEARS,
    vpr: [],
    oge: [],
    ege: [],
    contingent: [],
    staffing: [],
    microdistrict: [],
    riskKeys,
  };
  const noMathKey = pick(
    random,
    schools.filter((s) => s.seniorGrades && !s.shnor && !s.special),
  ).key;
  for (const school of schools) {
    const students = drawStudents(school, random);
    addVpr(data, school, students, riskKeys.includes(school.key), random);
    for (const year of SAMPLE_YEARS) {
      addOge(data, school, students[year], year, random);
      if (school.seniorGrades)
        addEge(data, school, students[year], year, year === 2022 && school.key === noMathKey, random);
      addContext(data, school, students[year], year, random);
    }
    data.microdistrict.push({
      key: school.key,
      index: round(clamp(5.5 + 1.6 * school.microdistrict + normal(random, 0, 0.3), 1, 10), 1),
      newHousing: round(clamp(15 + 6 * school.microdistrict + normal(random, 0, 3), 0, 60), 1),
      transport: round(clamp(3 + 0.8 * school.microdistrict + normal(random, 0, 0.3), 1, 5), 1),
      culture: Math.max(0, Math.round(4 + 1.5 * school.microdistrict + normal(random, 0, 1))),
    });
  }
  return data;
}

function drawStudents(school: SampleSchool, random: Random): Record<number, number> {
  const size =
    school.type === "ЦО"
      ? 380
      : school.type === "школа-интернат"
        ? 220
        : school.type === "ООШ"
          ? integer(random, 330, 460)
          : integer(random, 600, 1350);
  return { 2022: size, 2023: Math.round(size * (1 + normal(random, 0.02, 0.03))) };
}

function addContext(
  data: DistrictData,
  school: SampleSchool,
  students: number,
  year: number,
  random: Random,
): void {
  const d = school.contingent + (year === 2023 ? 0.05 : 0);
  const share = (base: number, slope: number, max: number) =>
    clamp(base + slope * d + normal(random, 0, base / 10), 0.002, max);
  data.contingent.push({
    key: school.key,
    year,
    students,
    ovz: Math.round(students * (school.type === "школа-интернат" ? 0.6 : share(0.045, 0.02, 0.2))),
    foreign: Math.round(students * share(0.08, 0.05, 0.35)),
    lowIncome: Math.round(students * share(0.09, 0.04, 0.3)),
    registered: Math.round(students * share(0.012, 0.006, 0.05)),
  });
  const s = school.staffing + (year === 2023 ? 0.05 : 0);
  const teachers = Math.round((students / 13) * uniform(random, 0.92, 1.08));
  data.staffing.push({
    key: school.key,
    year,
    teachers,
    highest: Math.round(teachers * clamp(0.33 + 0.08 * s + normal(random, 0, 0.02), 0.05, 0.7)),
    first: Math.round(teachers * clamp(0.3 + 0.03 * s + normal(random, 0, 0.02), 0.1, 0.5)),
    under3: Math.round(teachers * clamp(0.12 - 0.035 * s, 0.02, 0.3)),
    over65: Math.round(teachers * clamp(0.09 - 0.02 * s, 0.01, 0.25)),
    vacancies: Math.max(0, Math.round(2 - 1.3 * s + normal(random, 0, 0.8))),
  });
}
