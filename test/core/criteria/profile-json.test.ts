import { DEFAULT_CRITERIA_PROFILE, cloneProfile } from "../../../src/core/criteria/profile";
import { PROFILE_FIELDS, valueAt } from "../../../src/core/criteria/profile-fields";
import { parseProfile, serializeProfile } from "../../../src/core/criteria/profile-json";
import {
  CRITERIA_PROFILE_SETTING,
  loadCriteriaProfile,
  saveCriteriaProfile,
  type SettingsStore,
} from "../../../src/core/criteria/profile-store";

/** Settings kept as a workbook keeps them: JSON text, so a round trip through save and reopen is real. */
class JsonSettings implements SettingsStore {
  readonly saved = new Map<string, string>();
  getSetting(key: string): Promise<unknown> {
    const text = this.saved.get(key);
    return Promise.resolve(text === undefined ? undefined : JSON.parse(text));
  }
  setSetting(key: string, value: unknown): Promise<void> {
    this.saved.set(key, JSON.stringify(value));
    return Promise.resolve();
  }
}

describe("criteria profile JSON", () => {
  test("the default profile carries the numbers of criteria.md", () => {
    const d = DEFAULT_CRITERIA_PROFILE;
    expect([
      d.failShareThreshold,
      d.minLowProcedures,
      d.riskRise,
      d.shnsuWorstShare,
      d.dynamicsTolerance,
    ]).toEqual([30, 2, 10, 0.25, 1]);
    expect(d.sampleSize).toEqual({ informative: 50, usable: 20, limited: 10 });
    expect(d.objectivity.raisedThreshold).toBe(15);
    expect(d.objectivity.robustZ).toBe(2);
    expect(d.egeMinimums["2024"]["русский язык"]).toBe(24);
    expect(d.egeMinimums["2026"]["математика базовая"]).toEqual({ mark: 3 });
    expect(d.ogeScales["2023"]["математика"]).toEqual({ three: 8, four: 15, five: 22, max: 31 });
  });

  test("every scalar field has a Russian label and source, and its default lies in its own range", () => {
    for (const field of PROFILE_FIELDS) {
      expect(field.label).toMatch(/[а-я]/iu);
      expect(field.source).toMatch(/[а-я]/iu);
      const value = valueAt(DEFAULT_CRITERIA_PROFILE, field.path);
      expect(value).toBeDefined();
      if (typeof value === "number") {
        expect(value).toBeGreaterThanOrEqual(field.min ?? -Infinity);
        expect(value).toBeLessThanOrEqual(field.max ?? Infinity);
      }
    }
  });

  test("an edited profile survives save and reopen unchanged", async () => {
    const edited = cloneProfile(DEFAULT_CRITERIA_PROFILE);
    edited.name = "Кировский район, 2024";
    edited.mode = "relative";
    edited.failShareThreshold = 25;
    edited.sampleSize.limited = 5;
    edited.egeMinimums["2027"] = { "русский язык": 26 };
    const store = new JsonSettings();
    await saveCriteriaProfile(store, edited);
    expect(store.saved.has(CRITERIA_PROFILE_SETTING)).toBe(true);
    const loaded = await loadCriteriaProfile(store);
    expect(loaded.stored).toBe(true);
    expect(loaded.messages).toEqual([]);
    expect(loaded.profile).toEqual(edited);
  });

  test("no stored profile: the default, not marked as stored", async () => {
    const loaded = await loadCriteriaProfile(new JsonSettings());
    expect(loaded.stored).toBe(false);
    expect(loaded.profile).toEqual(serializeProfile(DEFAULT_CRITERIA_PROFILE));
  });

  test("an invalid stored profile falls back to the default and reports why", async () => {
    const store = new JsonSettings();
    await store.setSetting(CRITERIA_PROFILE_SETTING, { version: 1, failShareThreshold: 130 });
    const loaded = await loadCriteriaProfile(store);
    expect(loaded.stored).toBe(false);
    expect(loaded.profile.failShareThreshold).toBe(30);
    expect(loaded.messages.join(" ")).toMatch(/от 0 до 100, получено 130/u);
  });

  test.each<[string, unknown, RegExp]>([
    [
      "threshold as text",
      { failShareThreshold: "много" },
      /Порог доли «2».*ожидается число от 0 до 100, получено «много»/u,
    ],
    ["threshold above 100", { failShareThreshold: 101 }, /failShareThreshold.*получено 101/u],
    ["a fractional procedure count", { minLowProcedures: 1.5 }, /целое число от 1 до 50/u],
    ["an unknown mode", { mode: "квартиль" }, /«absolute».*«relative».*«квартиль»/u],
    ["a yes/no field as a number", { sameProcedureTwoYears: 2 }, /ожидается true или false/u],
    [
      "sample bands out of order",
      { sampleSize: { limited: 30, usable: 20, informative: 50 } },
      /Границы выборки должны возрастать/u,
    ],
    ["a newer version", { version: 7 }, /более новой версией надстройки \(версия 7/u],
    ["a bad year", { egeMinimums: { "24": { "русский язык": 24 } } }, /«24» — не год/u],
    ["a bad ЕГЭ minimum", { egeMinimums: { "2024": { физика: "высокий" } } }, /ЕГЭ 2024, «физика»/u],
    [
      "a bad ОГЭ scale",
      { ogeScales: { "2024": { физика: { three: 20, four: 11, five: 35, max: 45 } } } },
      /Шкала ОГЭ 2024, «физика»/u,
    ],
    ["not JSON at all", "{failShareThreshold: 30", /не читается как JSON/u],
    ["an array", [1, 2], /объектом JSON/u],
  ])("%s gives a Russian message", (_name, input, message) => {
    const parsed = parseProfile(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join("\n")).toMatch(message);
  });

  test("every wrong field is reported, not just the first", () => {
    const parsed = parseProfile({ version: 1, failShareThreshold: -1, riskRise: "x", mode: 3 });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors).toHaveLength(3);
  });

  test("unknown fields are ignored with a note; missing ones take the default with a note", () => {
    const parsed = parseProfile({
      version: 1,
      failShareThreshold: "25,5",
      colour: "red",
      sampleSize: { tiny: 3 },
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.failShareThreshold).toBe(25.5);
    expect(parsed.value.riskRise).toBe(10);
    expect(parsed.notes).toContain("Неизвестное поле «colour» пропущено.");
    expect(parsed.notes).toContain("Неизвестное поле «sampleSize.tiny» пропущено.");
    expect(parsed.notes.some((n) => n.includes("riskRise") && n.includes("по умолчанию 10"))).toBe(true);
  });

  test("a profile without a version reads as version 1, with a note", () => {
    const parsed = parseProfile("{}");
    expect(parsed.ok && parsed.value.version).toBe(1);
    expect(parsed.notes[0]).toMatch(/нет поля «version»/u);
  });
});
