export {
  CRITERIA_PROFILE_VERSION,
  DEFAULT_CRITERIA_PROFILE,
  cloneProfile,
  type CriteriaProfile,
  type CriteriaMode,
  type SampleSizeRules,
  type ObjectivityRules,
} from "./profile";
export {
  PROFILE_FIELDS,
  EXAM_TABLE_SOURCES,
  valueAt,
  type ProfileField,
  type FieldKind,
} from "./profile-fields";
export {
  DEFAULT_EGE_MINIMUMS,
  DEFAULT_OGE_SCALES,
  canonicalSubject,
  normaliseSubject,
  examOf,
  yearEntry,
  subjectEntry,
  type EgeMinimum,
  type EgeMinimums,
  type OgeScale,
  type OgeScales,
} from "./exam-scales";
export { parseProfile, serializeProfile, type ProfileParse } from "./profile-json";
export {
  CRITERIA_PROFILE_SETTING,
  loadCriteriaProfile,
  saveCriteriaProfile,
  type SettingsStore,
  type LoadedProfile,
} from "./profile-store";
export { failShareFromMarks, success, quality, weightedMean, type Marks } from "./marks";
export { failShareFromScores, type ScoreFailShare } from "./fail-share";
export { sampleBand, isCounted } from "./sample-size";
export { DistrictRanking, isLow } from "./is-low";
export {
  evaluateStatus,
  prepareStatusDistrict,
  statusDetails,
  type ProcedureFigures,
  type StatusSchool,
  type StatusDistrict,
  type StatusDistrictData,
  type StatusOptions,
  type StatusOutcome,
  type StatusReason,
  type StatusRule,
} from "./status";
export { objectivity, raisedShare, robustZ, qualityNotConfirmed } from "./objectivity";
export { CATEGORY_ORDER, formatRu, type Category } from "./texts-ru";
