import fc from "fast-check";
import { findMentor, type MentorDistrict } from "../../../src/core/mentors/mentor";

/** Kirov-like district: keys, context (ОВЗ %, инофоны %, вакансии), result (average score). */
const district: MentorDistrict = {
  keys: ["221", "223", "240", "269", "386", "506", "538", "608"],
  contexts: [
    [12, 20, 3],
    [11, 19, 3],
    [4, 5, 0],
    [13, 22, 4],
    [5, 6, 1],
    [10, 18, 2],
    [3, 4, 0],
    [12, 21, 3],
  ],
  results: [40, 65, 80, 38, 75, 62, 85, 42],
  variables: ["ОВЗ", "инофоны", "вакансии"],
};

describe("findMentor", () => {
  test("the nearest school in context among those above the district mean", () => {
    const r = findMentor("221", district, new Set());
    expect(r.ok && r.value.key).toBe("223");
    expect(r.ok && r.value.why).toMatch(/^Школа 223: результат выше среднего по району/u);
    expect(r.ok && r.value.matches.map((m) => m.variable)).toHaveLength(3);
  });

  test("an excluded school (e.g. a ШНОР) is never chosen; the next nearest is", () => {
    const r = findMentor("221", district, new Set(["223"]));
    expect(r.ok && r.value.key).toBe("506");
  });

  test("with dynamics, only schools with positive dynamics mentor", () => {
    const r = findMentor("221", { ...district, dynamics: [0, 0, 1, 0, 1, 1, 1, 0] }, new Set());
    expect(r.ok && r.value.key).toBe("506");
  });

  test("ties go to the smaller key", () => {
    const tie: MentorDistrict = { keys: ["30", "5", "7"], contexts: [[0], [1], [-1]], results: [0, 10, 10] };
    const r = findMentor("30", tie, new Set());
    expect(r.ok && r.value.key).toBe("5");
  });

  test("an unknown school and a district without candidates are errors", () => {
    expect(findMentor("999", district, new Set()).ok).toBe(false);
    expect(findMentor("221", district, new Set(district.keys)).ok).toBe(false);
  });

  test("property: never an excluded school, never below the mean, never itself, and stable under row shuffles", () => {
    const row = fc.tuple(
      fc.integer({ min: 0, max: 20 }),
      fc.integer({ min: 0, max: 20 }),
      fc.integer({ min: 0, max: 100 }),
    );
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 3, maxLength: 25 }),
        fc.array(fc.boolean(), { minLength: 25, maxLength: 25 }),
        fc.integer({ min: 0, max: 1000 }),
        (rows, flags, seed) => {
          const keys = rows.map((_, i) => String(100 + i));
          const d: MentorDistrict = {
            keys,
            contexts: rows.map(([a, b]) => [a, b]),
            results: rows.map(([, , r]) => r),
          };
          const shnor = new Set(keys.filter((_, i) => flags[i]));
          const mean = d.results.reduce((a, b) => a + b, 0) / d.results.length;
          // A deterministic shuffle from the seed.
          const order = keys
            .map((_, i) => i)
            .sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101) || a - b);
          const shuffled: MentorDistrict = {
            keys: order.map((i) => d.keys[i]),
            contexts: order.map((i) => d.contexts[i]),
            results: order.map((i) => d.results[i]),
          };
          for (const school of keys) {
            const a = findMentor(school, d, shnor);
            const b = findMentor(school, shuffled, shnor);
            expect(a.ok && a.value.key).toBe(b.ok && b.value.key);
            if (!a.ok) continue;
            expect(shnor.has(a.value.key)).toBe(false);
            expect(a.value.key).not.toBe(school);
            expect(d.results[keys.indexOf(a.value.key)]).toBeGreaterThan(mean);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
