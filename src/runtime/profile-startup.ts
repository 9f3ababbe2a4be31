/**
 * Start-up reading of the criteria profile. Custom functions are registered synchronously when the runtime
 * bundle runs; this starts only after office.js is ready and never blocks or breaks them: until the profile
 * arrives (or when it cannot be read) the functions use the default profile.
 */
import type { LoadedProfile, SettingsStore } from "../core/criteria/profile-store";
import { refreshActiveProfile } from "./profile";

/** What the start-up reading needs (injectable for tests). */
export interface ProfileStartup {
  /** Resolves with the host ("Excel") when office.js is ready, null outside Office (`officeReady`). */
  ready: Promise<string | null>;
  /** Opens the workbook's settings: the `ExcelHost` in Excel, a `MemoryHost` in tests. */
  openStore: () => Promise<SettingsStore>;
  /** Where a failure is reported (the console in Excel); it never propagates. */
  warn?: (message: string, error: unknown) => void;
}

/**
 * Waits for Office, reads the district's profile from the workbook and makes it active. Outside Excel nothing is
 * read (null); a failure to read is reported through `warn` and leaves the default profile (null); never rejects.
 *
 * @example
 * await loadProfileAtStartup({ ready: Promise.resolve("Excel"), openStore: async () => host });
 * // { profile: { failShareThreshold: 25, … }, stored: true, messages: [] }; getActiveProfile() is that profile
 */
export async function loadProfileAtStartup(startup: ProfileStartup): Promise<LoadedProfile | null> {
  const warn = startup.warn ?? ((message, error) => console.warn(message, error));
  try {
    const host = await startup.ready;
    if (host !== "Excel") return null;
    return await refreshActiveProfile(await startup.openStore());
  } catch (error) {
    warn("ШНОР: профиль критериев не прочитан из книги, действует профиль по умолчанию", error);
    return null;
  }
}
