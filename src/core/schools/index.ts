/** School identity: canonical keys from any spelling and the district registry. */
export { schoolId } from "./school-id";
export { readSchoolName, type ParsedSchool } from "./school-name";
export { buildRegistry, resolveSchool, type SchoolEntry, type SchoolRegistry } from "./school-registry";
export type { OrdinaryType } from "./school-kinds";
export { isSpecialSchool, specialKindOf } from "./special-school";
