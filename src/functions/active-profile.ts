/**
 * The criteria profile the SHNOR functions use. The runtime sets it after reading the district's profile
 * from the workbook (`loadCriteriaProfile`); until then, and after `resetActiveProfile`, it is the default.
 */
import { DEFAULT_CRITERIA_PROFILE, type CriteriaProfile } from "../core/criteria/profile";

let active: Readonly<CriteriaProfile> = DEFAULT_CRITERIA_PROFILE;

/**
 * The profile in force.
 * @example getActiveProfile().failShareThreshold // 30 (the default)
 */
export function getActiveProfile(): Readonly<CriteriaProfile> {
  return active;
}

/**
 * Makes a (validated) profile the one the functions use; Excel recalculates on the next edit.
 * @example setActiveProfile({ ...DEFAULT_CRITERIA_PROFILE, mode: "relative" })
 */
export function setActiveProfile(profile: Readonly<CriteriaProfile>): void {
  active = profile;
}

/**
 * Back to the default profile.
 * @example resetActiveProfile(); getActiveProfile() === DEFAULT_CRITERIA_PROFILE // true
 */
export function resetActiveProfile(): void {
  active = DEFAULT_CRITERIA_PROFILE;
}
