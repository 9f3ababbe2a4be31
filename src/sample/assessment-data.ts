/** Drawing the assessment results (ВПР, ОГЭ, ЕГЭ) of one school from its latent profile. */
import { markDistribution, meanMark } from "./marks";
import { clamp, normal, round, shuffle, uniform, type Random } from "./random";
import { SAMPLE_YEARS } from "./build-schools";
import { EGE_SUBJECTS, OGE_SUBJECTS, VPR_GRADES, VPR_SUBJECTS, type DistrictData } from "./district-types";
import type { SampleSchool } from "./types";

const BASE_FAIL: Record<string, number[]> = {
  "Русский язык": [5, 10, 12, 13, 12],
  Математика: [4, 9, 12, 12, 11],
};
const BASE_QUALITY: Record<string, number[]> = {
  "Русский язык": [62, 50, 45, 40, 40],
  Математика: [68, 55, 45, 40, 38],
};
/** Failure share never reached by a school that is not on the ШНОР list (it stays below 30 %). */
const CAP = 27;

/**
 * Adds a school's ВПР results of both years (the rules are described at `generateDistrictData`).
 * @example addVpr(data, school, { 2022: 900, 2023: 920 }, false, random)
 */
export function addVpr(
  data: DistrictData,
  school: SampleSchool,
  students: Record<number, number>,
  risky: boolean,
  random: Random,
): void {
  const procedures = VPR_GRADES.flatMap((grade) => VPR_SUBJECTS.map((subject) => ({ grade, subject })));
  const order = shuffle(
    random,
    procedures.map((_, i) => i),
  );
  const forced2023 = new Set(
    school.shnor
      ? order.slice(0, school.key === "223" || school.key === "506" ? 2 : 3)
      : risky
        ? order.slice(0, 1)
        : [],
  );
  const forced2022 = new Set(school.shnor && school.key !== "506" ? order.slice(0, 1) : []);
  const perGrade = school.type === "ООШ" || school.type === "школа-интернат" ? 9 : 11;
  procedures.forEach(({ grade, subject }, index) => {
    let previous = 0;
    for (const year of SAMPLE_YEARS) {
      const z = school.result[year] + normal(random, 0, 0.25);
      const g = grade - 4;
      let fail = BASE_FAIL[subject][g] * Math.exp(-0.6 * z) * Math.exp(normal(random, 0, 0.12));
      const forced = year === 2022 ? forced2022.has(index) : forced2023.has(index);
      if (forced) fail = uniform(random, 30.5, school.key === "223" || school.key === "506" ? 34 : 40);
      else if (!school.shnor || (school.key === "506" && year === 2022)) {
        const rise = year === 2023 ? previous + 8 : CAP;
        const riskBefore = year === 2022 && risky && forced2023.has(index) ? 20 : CAP;
        fail = Math.min(fail, CAP, rise, riskBefore);
      }
      const quality = Math.min(BASE_QUALITY[subject][g] * Math.exp(0.3 * z), 92 - fail);
      const five = quality * clamp(0.3 + 0.08 * z, 0.12, 0.5);
      const n = Math.max(20, Math.round((students[year] / perGrade) * uniform(random, 0.85, 0.95)));
      const marks = markDistribution(n, [fail, 100 - fail - quality, quality - five, five]);
      if (forced && marks.shares[0] < 30) {
        marks.counts[0] += 1;
        marks.counts[1] -= 1;
        Object.assign(marks, markDistribution(n, marks.counts));
      }
      previous = marks.shares[0];
      const raised = round(clamp(normal(random, 5, 2), 1, 12), 1);
      const lowered = round(clamp(normal(random, 20 - 4 * z, 5), 5, 45), 1);
      data.vpr.push({
        key: school.key,
        year,
        grade,
        subject,
        ...marks,
        lowered,
        raised,
        confirmed: round(100 - lowered - raised, 1),
      });
    }
  });
}

/**
 * Adds a school's ОГЭ results of one year: marks, mean mark and a mean primary score consistent with them.
 * @example addOge(data, school, 900, 2023, random)
 */
export function addOge(
  data: DistrictData,
  school: SampleSchool,
  students: number,
  year: number,
  random: Random,
): void {
  const perGrade = school.type === "ООШ" || school.type === "школа-интернат" ? 9 : 11;
  const n = Math.max(12, Math.round((students / perGrade) * uniform(random, 0.85, 0.97)));
  for (const subject of OGE_SUBJECTS) {
    const z = school.result[year] + normal(random, 0, 0.2);
    const math = subject === "Математика";
    let fail = (math ? 5 : 2.5) * Math.exp(-0.9 * z) * Math.exp(normal(random, 0, 0.15));
    if (!school.shnor) {
      const before = data.oge.find(
        (r) => r.key === school.key && r.subject === subject && r.year === year - 1,
      );
      fail = Math.min(fail, 20, (before?.shares[0] ?? 12) + 7);
    }
    const quality = Math.min((math ? 45 : 60) * Math.exp((math ? 0.3 : 0.25) * z), 92 - fail);
    const five = quality * (math ? 0.3 : 0.45);
    const marks = markDistribution(n, [fail, 100 - fail - quality, quality - five, five]);
    const mark = meanMark(marks.counts);
    const meanScore = round((math ? 5 : 11) + 6.7 * (mark - 2) + normal(random, 0, 0.4), 1);
    data.oge.push({ key: school.key, year, subject, ...marks, meanMark: mark, meanScore });
  }
}

/**
 * Adds a school's ЕГЭ results of one year; `noMath` leaves профильная математика without participants.
 * @example addEge(data, school, 900, 2023, false, random)
 */
export function addEge(
  data: DistrictData,
  school: SampleSchool,
  students: number,
  year: number,
  noMath: boolean,
  random: Random,
): void {
  const graduates = Math.max(10, Math.round((students / 11) * uniform(random, 0.45, 0.6)));
  const settings = [
    { mean: 71, slope: 5, low: 1, high: 30, highSlope: 0.4, share: 1 },
    { mean: 60, slope: 7, low: 6, high: 10, highSlope: 0.5, share: uniform(random, 0.4, 0.6) },
    { mean: 58, slope: 6, low: 12, high: 8, highSlope: 0.5, share: uniform(random, 0.35, 0.5) },
  ];
  EGE_SUBJECTS.forEach((subject, index) => {
    const s = settings[index];
    const n = index === 1 && noMath ? 0 : Math.max(3, Math.round(graduates * s.share));
    if (n === 0) {
      data.ege.push({
        key: school.key,
        year,
        subject: subject.name,
        participants: 0,
        meanScore: null,
        belowMinimum: null,
        high: null,
      });
      return;
    }
    const z = school.result[year] + normal(random, 0, 0.2);
    const below = s.low * Math.exp(-0.9 * z);
    const high = clamp(s.high * Math.exp(s.highSlope * z), 0, 70);
    let belowCount = Math.round((n * below) / 100);
    if (!school.shnor) {
      const before = data.ege.find(
        (r) => r.key === school.key && r.subject === subject.name && r.year === year - 1,
      );
      const cap = Math.min(22, (before?.belowMinimum ?? 14) + 8);
      belowCount = Math.min(belowCount, Math.floor((n * cap) / 100));
    }
    const highCount = Math.min(n - belowCount, Math.round((n * high) / 100));
    data.ege.push({
      key: school.key,
      year,
      subject: subject.name,
      participants: n,
      meanScore: round(clamp(s.mean + s.slope * z + normal(random, 0, 1.5), 35, 92), 1),
      belowMinimum: round((100 * belowCount) / n, 1),
      high: round((100 * highCount) / n, 1),
    });
  });
}
