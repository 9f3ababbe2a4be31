import { DEFAULT_CRITERIA_PROFILE, cloneProfile, type CriteriaProfile } from "./profile";
import { parseProfile, serializeProfile } from "./profile-json";

/** The workbook setting under which the district's criteria profile is stored. */
export const CRITERIA_PROFILE_SETTING = "criteriaProfile";

/** The part of a workbook host that keeps settings (`WorkbookHost` satisfies it). */
export interface SettingsStore {
  getSetting(key: string): Promise<unknown>;
  setSetting(key: string, value: unknown): Promise<void>;
}

/** The profile read from a workbook, whether it is the district's own, and what the reading noticed. */
export interface LoadedProfile {
  profile: CriteriaProfile;
  /** True when the workbook holds a valid profile; false when the default is used. */
  stored: boolean;
  /** Notes (defaults taken, unknown fields) and, when the stored profile is invalid, its errors. */
  messages: string[];
}

/**
 * Reads the district's profile from the workbook; the default when there is none or it is invalid (the
 * errors are returned so the task pane can show them).
 *
 * @example await loadCriteriaProfile(host) // { profile: { failShareThreshold: 25, … }, stored: true, messages: [] }
 */
export async function loadCriteriaProfile(store: SettingsStore): Promise<LoadedProfile> {
  const raw = await store.getSetting(CRITERIA_PROFILE_SETTING);
  if (raw === undefined || raw === null || raw === "") {
    return { profile: cloneProfile(DEFAULT_CRITERIA_PROFILE), stored: false, messages: [] };
  }
  const parsed = parseProfile(raw);
  if (parsed.ok) return { profile: parsed.value, stored: true, messages: parsed.notes };
  return { profile: cloneProfile(DEFAULT_CRITERIA_PROFILE), stored: false, messages: parsed.errors };
}

/**
 * Saves the profile with the workbook (it survives save and reopen).
 * @example await saveCriteriaProfile(host, { ...profile, failShareThreshold: 25 })
 */
export async function saveCriteriaProfile(
  store: SettingsStore,
  profile: Readonly<CriteriaProfile>,
): Promise<void> {
  await store.setSetting(CRITERIA_PROFILE_SETTING, serializeProfile(profile));
}
