/**
 * The district's criteria profile in the shared runtime: read from the workbook and made the profile the SHNOR
 * functions use (`setActiveProfile`). The runtime calls it once at start-up (profile-startup.ts); the task pane
 * calls it again right after it saves a profile, so STATUS, FAILSHARE, ISLOW… follow the new thresholds on the
 * next recalculation without reopening the workbook.
 */
import { loadCriteriaProfile, type LoadedProfile, type SettingsStore } from "../core/criteria/profile-store";
import { setActiveProfile } from "../functions/active-profile";

/**
 * Reads the profile stored in the workbook (the default when there is none or it is invalid — the errors are
 * in `messages`) and makes it the functions' active profile.
 *
 * @example
 * await saveCriteriaProfile(host, { ...profile, failShareThreshold: 25 });
 * await refreshActiveProfile(host); // { profile: { failShareThreshold: 25, … }, stored: true, messages: [] }
 * getActiveProfile().failShareThreshold; // 25
 */
export async function refreshActiveProfile(store: SettingsStore): Promise<LoadedProfile> {
  const loaded = await loadCriteriaProfile(store);
  setActiveProfile(loaded.profile);
  return loaded;
}
