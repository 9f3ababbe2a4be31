/** Roadmap sheets: the plan → «Дорожная карта» sheet, template sheets kept in the workbook, the workbook's ШНОР. */
export {
  roadmapSheetPlan,
  ROADMAP_GENERATOR_PREFIX,
  type RoadmapSheet,
  type RoadmapSheetOptions,
} from "./roadmap-sheet";
export {
  DONE_STATUS,
  EXTRA_HEADERS,
  overdueFormula,
  ROADMAP_STATUSES,
  type RoadmapLayout,
  type RoadmapStatus,
} from "./roadmap-layout";
export { approvalDateLine, signatureLine, SIGNATURE_BLANK } from "./approval-block";
export { ROADMAP_COLOURS } from "./roadmap-table";
export { excelDateSerial, russianDate } from "./sheet-draft";
export {
  findTemplateSheets,
  isTemplateSheet,
  readTemplateSheet,
  templateSheetName,
  templateSheetPlan,
  TEMPLATE_SHEET_GENERATOR,
  TEMPLATE_SHEET_PREFIX,
} from "./template-sheet";
export {
  isFlagged,
  measuresNote,
  mentorPairs,
  schoolMeasures,
  schoolNames,
  districtFromTitles,
  shnorSchools,
  withClusters,
  type RoadmapSchools,
  type SchoolMeasures,
} from "./workbook-schools";
export {
  builtInSource,
  composeRoadmapSheets,
  needsMentorPairs,
  resolveTemplate,
  type ResolvedTemplate,
  type RoadmapRequest,
} from "./compose-roadmap";
