import { DEFAULT_CRITERIA_PROFILE } from "../../src/core/criteria/profile";
import { saveCriteriaProfile } from "../../src/core/criteria/profile-store";
import { getActiveProfile, resetActiveProfile } from "../../src/functions/active-profile";
import { MemoryHost } from "../../src/hosts/memory-host";
import { loadProfileAtStartup } from "../../src/runtime/profile-startup";

afterEach(() => resetActiveProfile());

async function hostWithProfile(threshold: number): Promise<MemoryHost> {
  const host = new MemoryHost({ "Список ОО": [["ОО"], ["ГБОУ СОШ № 221"]] });
  await saveCriteriaProfile(host, { ...DEFAULT_CRITERIA_PROFILE, failShareThreshold: threshold });
  return host;
}

describe("loadProfileAtStartup", () => {
  test("in Excel, once Office is ready, the workbook's profile becomes active", async () => {
    const host = await hostWithProfile(25);
    let resolveReady: (host: string | null) => void = () => undefined;
    const ready = new Promise<string | null>((resolve) => (resolveReady = resolve));
    const openStore = jest.fn(() => Promise.resolve(host));
    const loading = loadProfileAtStartup({ ready, openStore });
    await Promise.resolve();
    // Nothing is read before Office is ready: the functions keep the default meanwhile.
    expect(openStore).not.toHaveBeenCalled();
    expect(getActiveProfile()).toBe(DEFAULT_CRITERIA_PROFILE);
    resolveReady("Excel");
    expect(await loading).toMatchObject({ stored: true });
    expect(getActiveProfile().failShareThreshold).toBe(25);
  });

  test("outside Excel (a plain browser) nothing is read", async () => {
    const openStore = jest.fn(() => hostWithProfile(25));
    expect(await loadProfileAtStartup({ ready: Promise.resolve(null), openStore })).toBeNull();
    expect(openStore).not.toHaveBeenCalled();
    expect(getActiveProfile()).toBe(DEFAULT_CRITERIA_PROFILE);
  });

  test("a workbook without a profile keeps the default", async () => {
    const loaded = await loadProfileAtStartup({
      ready: Promise.resolve("Excel"),
      openStore: () => Promise.resolve(new MemoryHost()),
    });
    expect(loaded).toMatchObject({ stored: false });
    expect(getActiveProfile()).toEqual(DEFAULT_CRITERIA_PROFILE);
  });

  test("a host that fails to read is reported, never thrown, and the default stays", async () => {
    const warn = jest.fn();
    const failing = {
      getSetting: () => Promise.reject(new Error("ExcelApi 1.7 недоступен")),
      setSetting: () => Promise.resolve(),
    };
    const loaded = await loadProfileAtStartup({
      ready: Promise.resolve("Excel"),
      openStore: () => Promise.resolve(failing),
      warn,
    });
    expect(loaded).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/профиль критериев/u), expect.any(Error));
    expect(getActiveProfile()).toBe(DEFAULT_CRITERIA_PROFILE);
  });
});
