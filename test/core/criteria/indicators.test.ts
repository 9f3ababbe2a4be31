import fc from "fast-check";
import { DEFAULT_CRITERIA_PROFILE } from "../../../src/core/criteria/profile";
import { failShareFromMarks, quality, success, weightedMean } from "../../../src/core/criteria/marks";
import { failShareFromScores } from "../../../src/core/criteria/fail-share";
import { canonicalSubject } from "../../../src/core/criteria/exam-scales";
import { isLow } from "../../../src/core/criteria/is-low";
import { objectivity, qualityNotConfirmed } from "../../../src/core/criteria/objectivity";
import { sampleBand } from "../../../src/core/criteria/sample-size";

const value = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : undefined);

describe("marks: failure share, успеваемость, качество", () => {
  test.each([
    [{ n2: 6, n3: 8, n4: 4, n5: 2 }, 30, 70, 30],
    [{ n2: 30, n3: 40, n4: 20, n5: 10 }, 30, 70, 30],
    [{ n2: 0.3, n3: 0.4, n4: 0.2, n5: 0.1 }, 30, 70, 30],
    [{ n2: 0, n3: 0, n4: 0, n5: 25 }, 0, 100, 100],
  ])("%j → %p / %p / %p", (marks, fail, succ, qual) => {
    expect(value(failShareFromMarks(marks))).toBeCloseTo(fail, 10);
    expect(value(success(marks))).toBeCloseTo(succ, 10);
    expect(value(quality(marks))).toBeCloseTo(qual, 10);
  });

  test("no participants and negative counts are errors, never 0", () => {
    expect(success({ n2: 0, n3: 0, n4: 0, n5: 0 })).toEqual({
      ok: false,
      issue: { code: "no-participants" },
    });
    expect(quality({ n2: -1, n3: 5, n4: 5, n5: 5 }).ok).toBe(false);
  });

  test("property: from counts and from the equivalent shares the figures are identical", () => {
    const count = fc.integer({ min: 0, max: 400 });
    fc.assert(
      fc.property(count, count, count, count, (n2, n3, n4, n5) => {
        fc.pre(n2 + n3 + n4 + n5 > 0);
        const total = n2 + n3 + n4 + n5;
        const shares = {
          n2: (100 * n2) / total,
          n3: (100 * n3) / total,
          n4: (100 * n4) / total,
          n5: (100 * n5) / total,
        };
        const counts = { n2, n3, n4, n5 };
        for (const f of [success, quality, failShareFromMarks]) {
          expect(value(f(shares))).toBeCloseTo(value(f(counts))!, 9);
        }
        expect(value(success(counts))! + value(failShareFromMarks(counts))!).toBeCloseTo(100, 9);
      }),
    );
  });

  test("district figures are weighted by participants", () => {
    expect(value(weightedMean([30, 10], [10, 90]))).toBeCloseTo(12, 10);
    expect(value(weightedMean([30, NaN, 10], [10, 5, 90]))).toBeCloseTo(12, 10);
  });
});

describe("failure share from exam scores", () => {
  test.each<[number[], string, number, number]>([
    [[20, 23, 24, 70], "русский язык", 2024, 50],
    [[26, 27, 80, 90], "Профильная математика", 2023, 25],
    [[2, 3, 4, 5], "ЕГЭ математика (базовая)", 2025, 25],
    [[41, 42, 60], "Обществознание", 2026, (100 * 1) / 3],
    [[21, 22, 90, 90], "Английский язык", 2024, 25],
    [[5, 9, 12, 20], "ОГЭ математика", 2023, 25],
    [[14, 15, 30, 33], "ОГЭ русский язык", 2024, 25], // 2024 takes the 2023 scale
  ])("%j in %s %p → %p %", (scores, subject, year, expected) => {
    const r = failShareFromScores(scores, subject, year, DEFAULT_CRITERIA_PROFILE);
    expect(r.ok && r.value.share).toBeCloseTo(expected, 10);
  });

  test("ambiguous «математика» for ЕГЭ and scores out of range are errors", () => {
    const r = failShareFromScores([30], "математика", 2024, DEFAULT_CRITERIA_PROFILE);
    expect(!r.ok && r.issue.code).toBe("unknown-subject");
    expect(failShareFromScores([101], "физика", 2024, DEFAULT_CRITERIA_PROFILE).ok).toBe(false);
    expect(failShareFromScores([10], "физика", 2019, DEFAULT_CRITERIA_PROFILE).ok).toBe(false);
  });

  test("subject spellings", () => {
    expect(canonicalSubject("Математика (профильный уровень)")).toBe("математика профильная");
    expect(canonicalSubject("НЕМЕЦКИЙ ЯЗЫК")).toBe("иностранный язык");
    expect(canonicalSubject("Физика")).toBe("физика");
  });
});

describe("isLow, sample bands, objectivity", () => {
  const district = [12, 30, 45, 50, 61, 70, 72, 80];
  test.each([
    [12, true, true],
    [30, true, true],
    [45, true, false],
    [80, false, true],
    [72, false, true],
    [70, false, false],
  ])("%p in the district (higher is better: %p) → %p", (v, higher, expected) => {
    expect(value(isLow(v, district, 0.25, higher))).toBe(expected);
  });

  test("the worst quarter holds ⌈n/4⌉ distinct schools", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 60 }),
        (values) => {
          const low = values.filter((v) => value(isLow(v, values)) === true).length;
          expect(low).toBe(Math.ceil(values.length / 4));
        },
      ),
    );
  });

  test("an empty district is an error", () => {
    expect(isLow(5, []).ok).toBe(false);
  });

  test.each([
    [9, "excluded"],
    [10, "limited"],
    [19, "limited"],
    [20, "usable"],
    [49, "usable"],
    [50, "informative"],
  ])("%p participants → %s", (n, band) => {
    expect(sampleBand(n, DEFAULT_CRITERIA_PROFILE.sampleSize)).toBe(band);
  });

  test("objectivity: «повысили» ≥ 15 %", () => {
    expect(value(objectivity(10, 70, 20))).toBe(true);
    expect(value(objectivity(10, 75, 15))).toBe(true);
    expect(value(objectivity(3, 25, 2))).toBe(false);
    expect(value(objectivity(0.1, 0.8, 0.1, 10))).toBe(true);
    expect(objectivity(0, 0, 0).ok).toBe(false);
    expect(value(qualityNotConfirmed(90, [50, 55, 60, 65, 70], 25, 12))).toBe(true);
    expect(value(qualityNotConfirmed(90, [50, 55, 60, 65, 70], 5, 12))).toBe(false);
  });
});
