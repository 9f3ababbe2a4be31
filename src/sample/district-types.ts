import type { MarkDistribution } from "./marks";

/* The true values of the sample district, before they are written into messy sheets. */

/** ВПР subjects and grades of the sample (a procedure is year × grade × subject). */
export const VPR_SUBJECTS = ["Русский язык", "Математика"] as const;
export const VPR_GRADES = [4, 5, 6, 7, 8] as const;
/** ОГЭ subjects of the sample. */
export const OGE_SUBJECTS = ["Русский язык", "Математика"] as const;
/** ЕГЭ subjects of the sample with their minimum test scores (criteria.md). */
export const EGE_SUBJECTS = [
  { name: "Русский язык", minimum: 24 },
  { name: "Математика (профильный уровень)", minimum: 27 },
  { name: "Обществознание", minimum: 42 },
] as const;

/** One ВПР procedure of one school: marks and the comparison with journal marks (%). */
export interface VprResult extends MarkDistribution {
  key: string;
  year: number;
  grade: number;
  subject: string;
  /** Shares of participants whose ВПР mark is below / equal to / above the journal mark; null where the sheet has no data. */
  lowered: number | null;
  confirmed: number | null;
  raised: number | null;
}

/** ОГЭ of one school in one subject: средний первичный балл, средняя отметка, % «2». */
export interface OgeResult extends MarkDistribution {
  key: string;
  year: number;
  subject: string;
  meanScore: number;
  meanMark: number;
}

/** ЕГЭ of one school in one subject; `meanScore` is null when nobody took it. */
export interface EgeResult {
  key: string;
  year: number;
  subject: string;
  participants: number;
  meanScore: number | null;
  /** % of participants below the minimum test score. */
  belowMinimum: number | null;
  /** % of participants with 80–100 points. */
  high: number | null;
}

/** The social passport of a school in a year (counts of students). */
export interface ContingentRecord {
  key: string;
  year: number;
  students: number;
  ovz: number;
  foreign: number;
  lowIncome: number;
  registered: number;
}

/** Staffing of a school in a year (counts of teachers; vacancies in positions). */
export interface StaffingRecord {
  key: string;
  year: number;
  teachers: number;
  highest: number;
  first: number;
  under3: number;
  over65: number;
  /** Null where the sheet says «н/д». */
  vacancies: number | null;
}

/** The microdistrict of a school (does not change between the years). */
export interface MicrodistrictRecord {
  key: string;
  /** Оценка особенностей микрорайона, 0–10 баллов (higher = better). */
  index: number;
  /** Доля новостроек в жилом фонде микрорайона, %. */
  newHousing: number;
  /** Транспортная доступность, 1–5 баллов. */
  transport: number;
  /** Учреждения культуры и дополнительного образования в шаговой доступности. */
  culture: number;
}

/** Every true value of the sample, before it is written into messy sheets. */
export interface DistrictData {
  years: readonly number[];
  vpr: VprResult[];
  oge: OgeResult[];
  ege: EgeResult[];
  contingent: ContingentRecord[];
  staffing: StaffingRecord[];
  microdistrict: MicrodistrictRecord[];
  /** Non-ШНОР schools with failure ≥ 30 % on exactly one ВПР procedure of 2023 (зона риска). */
  riskKeys: string[];
}
