import { DEFAULT_CRITERIA_PROFILE } from "../../src/core/criteria/profile";
import { CRITERIA_PROFILE_SETTING, saveCriteriaProfile } from "../../src/core/criteria/profile-store";
import { getActiveProfile, resetActiveProfile } from "../../src/functions/active-profile";
import { isLowFunction } from "../../src/functions/criteria";
import { MemoryHost } from "../../src/hosts/memory-host";
import { refreshActiveProfile } from "../../src/runtime/profile";

const DISTRICT = [[10], [20], [30], [40], [50], [60], [70], [80]];

afterEach(() => resetActiveProfile());

describe("refreshActiveProfile", () => {
  test("a profile the task pane saved becomes the functions' profile", async () => {
    const host = new MemoryHost();
    // The default: the worst quarter of eight schools are 10 and 20; 30 is not low.
    expect(isLowFunction([[30]], DISTRICT)).toEqual([[false]]);
    await saveCriteriaProfile(host, {
      ...DEFAULT_CRITERIA_PROFILE,
      failShareThreshold: 25,
      relativeWorstShare: 0.5,
    });
    const loaded = await refreshActiveProfile(host);
    expect(loaded).toMatchObject({ stored: true, messages: [] });
    expect(getActiveProfile()).toMatchObject({ failShareThreshold: 25, relativeWorstShare: 0.5 });
    // ISLOW's default share now comes from the district's profile: the worst half.
    expect(isLowFunction([[30]], DISTRICT)).toEqual([[true]]);
  });

  test("saving again and refreshing follows the new profile", async () => {
    const host = new MemoryHost();
    await saveCriteriaProfile(host, { ...DEFAULT_CRITERIA_PROFILE, failShareThreshold: 25 });
    await refreshActiveProfile(host);
    await saveCriteriaProfile(host, { ...DEFAULT_CRITERIA_PROFILE, failShareThreshold: 35 });
    expect(getActiveProfile().failShareThreshold).toBe(25);
    await refreshActiveProfile(host);
    expect(getActiveProfile().failShareThreshold).toBe(35);
  });

  test("an invalid stored profile leaves the default active and returns its errors", async () => {
    const host = new MemoryHost();
    await saveCriteriaProfile(host, { ...DEFAULT_CRITERIA_PROFILE, failShareThreshold: 25 });
    await refreshActiveProfile(host);
    await host.setSetting(CRITERIA_PROFILE_SETTING, { failShareThreshold: "много" });
    const loaded = await refreshActiveProfile(host);
    expect(loaded.stored).toBe(false);
    expect(loaded.messages.length).toBeGreaterThan(0);
    expect(getActiveProfile()).toEqual(DEFAULT_CRITERIA_PROFILE);
  });
});
