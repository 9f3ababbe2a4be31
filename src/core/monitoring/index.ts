export type { ValueSource, SourcedValue, IndicatorGroup, IndicatorDef, IndicatorSeries } from "./types";
export { resultFacts, type FailFact, type ResultFacts } from "./result-facts";
export { contextFacts, CONTEXT_INDICATORS } from "./context-facts";
export { shnorList, statusesOn, type ShnorList, type ShnorListSource, type YearStatus } from "./shnor-list";
export { findRoadmapProgress, type RoadmapProgress } from "./roadmap-progress";
export {
  buildMonitoringModel,
  SUMMARY_ID,
  type MonitoringModel,
  type MonitoringOptions,
  type MonitoringSchool,
  type MonitoringIndicator,
  type YearPair,
} from "./model";
export {
  monitoringFigures,
  changeOf,
  signOf,
  TARGETS,
  STATUS_ROWS,
  type MonitoringFigures,
  type SchoolFigures,
} from "./figures";
export { monitoringSheetPlan, sourceNote, type MonitoringSheetOptions } from "./sheet/monitoring-sheet";
export { monitoringLayout, columnRange, ROWS, COLUMNS, type MonitoringLayout } from "./sheet/layout";
export { TARGET_ROWS, MATRIX } from "./sheet/summary-block";
export { MONITORING_SHEET_NAME } from "./sheet/texts-ru";
