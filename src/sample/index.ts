/** The sample district workbook: a seeded, pure generator and its ground truth. */
export { generateSampleDistrict, type SampleTruth, type SampleWorkbook } from "./sample-district";
export type {
  SampleSheet,
  SampleSheetKind,
  SampleSchool,
  SchoolCellTruth,
  SheetTruth,
  SchoolType,
  SampleNumberFormat,
} from "./types";
export type {
  DistrictData,
  VprResult,
  OgeResult,
  EgeResult,
  ContingentRecord,
  StaffingRecord,
  MicrodistrictRecord,
} from "./district-data";
export { VPR_SUBJECTS, VPR_GRADES, OGE_SUBJECTS, EGE_SUBJECTS } from "./district-data";
export { SHNOR_KEYS } from "./school-list";
export { schoolKey, schoolName, type NameStyle } from "./school-names";
export { mulberry32, type Random } from "./random";
export { FIS_OKO_PROCEDURE } from "./sheets/fis-oko-sheet";
