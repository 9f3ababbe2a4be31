export type {
  ActivityGroup,
  ActivityRepeat,
  ApprovalParty,
  ColumnRole,
  PlanYearKind,
  RoadmapActivity,
  RoadmapSection,
  RoadmapTemplate,
  SectionItem,
  TemplateColumn,
  TemplateScope,
  TemplateSource,
} from "./template";
export { sectionActivities, templateActivities } from "./template";
export type { Deadline, DeadlineKind, DeadlinePoint } from "./deadline";
export { parseDeadline } from "./deadline";
export type { DeadlineInstance } from "./deadline-for";
export { deadlineFor, shiftYearsInText } from "./deadline-for";
export type { PlaceholderValues } from "./placeholders";
export { districtGenitive, fillPlaceholders, unknownPlaceholders, PLACEHOLDER_NAMES } from "./placeholders";
export { templateToGrid, GRID_COLUMNS, ROW_TYPES } from "./template-grid";
export type { GridOrigin, TemplateFinding, TemplateGridResult } from "./grid-template";
export { gridToTemplate } from "./grid-template";
export type { MentorPair, PlanOptions, PlanRow, PlanRowKind, PlanSchool, RoadmapPlan } from "./plan";
export { planFromTemplate, schoolPlans } from "./plan";
export {
  BUILT_IN_TEMPLATES,
  builtInTemplate,
  individualSchoolRoadmap,
  kirovDistrictPlan,
  leningradPlanGraph,
  schoolToSchoolMentoring,
  spbRegionalRoadmap,
} from "./templates";
