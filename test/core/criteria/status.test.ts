import fc from "fast-check";
import { DEFAULT_CRITERIA_PROFILE, cloneProfile } from "../../../src/core/criteria/profile";
import {
  evaluateStatus,
  prepareStatusDistrict,
  statusDetails,
  type ProcedureFigures,
} from "../../../src/core/criteria/status";

const profile = DEFAULT_CRITERIA_PROFILE;
const noDistrict = prepareStatusDistrict({});
/** A district of 8 schools by context index (higher = more difficult): the worst quarter is 0,81 and 0,9. */
const contexts = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.81, 0.9];

const p = (failNow?: number, failBefore?: number, nNow?: number, nBefore?: number): ProcedureFigures => ({
  failNow,
  failBefore,
  nNow,
  nBefore,
});

describe("evaluateStatus, the default profile of criteria.md", () => {
  test.each<[string, ProcedureFigures[], number | undefined, string]>([
    ["30 % «2» on two procedures of the last year", [p(30, 5), p(31.5, 4), p(2, 2)], undefined, "ШНОР"],
    ["30 % on the same procedure in both years", [p(30, 30), p(5, 5)], undefined, "ШНОР"],
    ["30 % on exactly one procedure", [p(35, 20), p(5, 5)], undefined, "зона риска"],
    ["failure share up by 10 п.п.", [p(22, 12), p(5, 5)], undefined, "зона риска"],
    ["up by 9,9 п.п. only", [p(21.9, 12), p(5, 5)], undefined, ""],
    ["29,9 % on two procedures", [p(29.9), p(29.9)], undefined, ""],
    ["worst-quarter context alone", [p(5, 5)], 0.9, "ШНСУ"],
    ["ШНОР and ШНСУ, most serious first", [p(40), p(45)], 0.81, "ШНОР; ШНСУ"],
    ["зона риска and ШНСУ", [p(40), p(5)], 0.9, "зона риска; ШНСУ"],
    ["context just outside the worst quarter", [p(5)], 0.6, ""],
    [
      "low only last year on one procedure: not the same procedure twice",
      [p(5, 40), p(35, 5)],
      undefined,
      "зона риска",
    ],
    ["a blank procedure is not held", [p(undefined, 50), p(31), p(32)], undefined, "ШНОР"],
  ])("%s", (_name, procedures, context, expected) => {
    const district = prepareStatusDistrict({ contexts });
    const outcome = evaluateStatus({ procedures, context }, district, profile);
    expect(outcome.ok && outcome.value.text).toBe(expected);
  });

  test("sample size < 10 is not counted; 10–19 is counted and marked", () => {
    const small = evaluateStatus(
      { procedures: [p(50, undefined, 9), p(40, undefined, 30)] },
      noDistrict,
      profile,
    );
    expect(small.ok && small.value.categories).toEqual(["зона риска"]);
    expect(small.ok && small.value.excluded).toEqual([0]);

    const limited = evaluateStatus(
      { procedures: [p(50, undefined, 12), p(40, undefined, 30)] },
      noDistrict,
      profile,
    );
    expect(limited.ok && limited.value.categories).toEqual(["ШНОР"]);
    expect(limited.ok && limited.value.limited).toEqual([0]);
    expect(limited.ok && statusDetails(limited.value)).toMatch(/выборка ограничена/u);
  });

  test("a school whose every procedure is too small cannot be judged (an error, not an empty status)", () => {
    const outcome = evaluateStatus({ procedures: [p(50, 50, 5, 6)] }, noDistrict, profile);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issue.code).toBe("no-school-data");
  });

  test("the reasons name the procedures and the rule", () => {
    const procedures = [
      { ...p(35, 31), label: "ВПР 5 кл. математика" },
      { ...p(10, 10), label: "ОГЭ русский язык" },
    ];
    const outcome = evaluateStatus({ procedures }, noDistrict, profile);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.reasons).toEqual([
      expect.objectContaining({ category: "ШНОР", rule: "same-procedure", procedures: [0] }),
    ]);
    expect(outcome.value.reasons[0].text).toContain("ВПР 5 кл. математика: 31 % и 35 %");
  });

  test("risk band: a result at or just above the district mean is зона риска", () => {
    const results = [40, 50, 60, 70, 80];
    const district = prepareStatusDistrict({ results });
    const sd = Math.sqrt(250); // sample sd of the five results
    const at = (result: number) => {
      const o = evaluateStatus({ procedures: [p(5)], result }, district, profile);
      return o.ok && o.value.text;
    };
    expect(at(60)).toBe("зона риска");
    expect(at(60 + 0.2 * sd)).toBe("зона риска");
    expect(at(60 + 0.3 * sd)).toBe("");
    expect(at(59)).toBe("");
  });

  test("relative mode: a procedure is low when the school is in the district's worst quarter on it", () => {
    const relative = { ...cloneProfile(profile), mode: "relative" as const };
    // Eight schools, procedure 1 and 2 failure shares; worst quarter = the two highest.
    const failNow = [
      [2, 3, 4, 5, 6, 7, 12, 14],
      [1, 1, 2, 2, 3, 3, 9, 11],
    ];
    const district = prepareStatusDistrict({ failNow, failBefore: failNow });
    const judge = (a: number, b: number) => {
      const o = evaluateStatus({ procedures: [p(a), p(b)] }, district, relative);
      return o.ok && o.value.text;
    };
    expect(judge(14, 11)).toBe("ШНОР"); // worst quarter on both, though far below 30 %
    expect(judge(12, 2)).toBe("зона риска");
    expect(judge(7, 3)).toBe("");
    // The absolute profile calls the same school nothing.
    const absolute = evaluateStatus({ procedures: [p(14), p(11)] }, district, profile);
    expect(absolute.ok && absolute.value.text).toBe("");
  });

  test("relative mode without district figures is an error, not a guess", () => {
    const relative = { ...cloneProfile(profile), mode: "relative" as const };
    const o = evaluateStatus({ procedures: [p(14)] }, noDistrict, relative);
    expect(o.ok).toBe(false);
  });

  test("edited thresholds are used: 25 % and one procedure", () => {
    const edited = { ...cloneProfile(profile), failShareThreshold: 25, minLowProcedures: 1 };
    const o = evaluateStatus({ procedures: [p(26), p(3)] }, noDistrict, edited);
    expect(o.ok && o.value.text).toBe("ШНОР");
  });
});

describe("evaluateStatus without reason texts", () => {
  const share = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined });
  const size = fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined });
  const procedure = fc.record({ failNow: share, failBefore: share, nNow: size, nBefore: size });
  const school = fc.record({
    procedures: fc.array(procedure, { minLength: 0, maxLength: 5 }),
    context: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    result: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
  });
  const district = prepareStatusDistrict({
    contexts,
    results: [40, 55, 61, 48, 70, 52, 66, 58],
    failNow: Array.from({ length: 5 }, () => [2, 5, 9, 14, 20, 27, 33, 41]),
    failBefore: Array.from({ length: 5 }, () => [1, 6, 8, 15, 22, 25, 35, 44]),
  });
  const relative = { ...cloneProfile(profile), mode: "relative" as const };

  test.each([
    ["absolute", profile],
    ["relative", relative],
  ])("%s profile: the same categories, rules and procedures, every text empty", (_, used) => {
    fc.assert(
      fc.property(school, (s) => {
        const full = evaluateStatus(s, district, used);
        const bare = evaluateStatus(s, district, used, { reasonTexts: false });
        expect(bare.ok).toBe(full.ok);
        if (!full.ok || !bare.ok) {
          expect(bare).toEqual(full);
          return;
        }
        expect(bare.value.text).toBe(full.value.text);
        expect(bare.value.categories).toEqual(full.value.categories);
        expect(bare.value.limited).toEqual(full.value.limited);
        expect(bare.value.excluded).toEqual(full.value.excluded);
        expect(bare.value.reasons).toEqual(full.value.reasons.map((r) => ({ ...r, text: "" })));
        expect(full.value.reasons.every((r) => r.text !== "")).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
