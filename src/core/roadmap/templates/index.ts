import type { RoadmapTemplate } from "../template";
import { individualSchoolRoadmap } from "./individual-school-roadmap";
import { kirovDistrictPlan } from "./kirov-district-plan";
import { leningradPlanGraph } from "./leningrad-plan-graph";
import { schoolToSchoolMentoring } from "./school-to-school-mentoring";
import { spbRegionalRoadmap } from "./spb-regional-roadmap";

export {
  individualSchoolRoadmap,
  kirovDistrictPlan,
  leningradPlanGraph,
  schoolToSchoolMentoring,
  spbRegionalRoadmap,
};

/** The built-in roadmap templates, in the order the template chooser lists them. */
export const BUILT_IN_TEMPLATES: readonly RoadmapTemplate[] = [
  kirovDistrictPlan,
  spbRegionalRoadmap,
  leningradPlanGraph,
  schoolToSchoolMentoring,
  individualSchoolRoadmap,
];

/**
 * A built-in template by its id, or undefined.
 * @example builtInTemplate("district-plan")?.sections.length // 5
 */
export function builtInTemplate(id: string): RoadmapTemplate | undefined {
  return BUILT_IN_TEMPLATES.find((t) => t.id === id);
}
