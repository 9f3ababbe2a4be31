import fc from "fast-check";
import { DEFAULT_CRITERIA_PROFILE, cloneProfile } from "../../src/core/criteria/profile";
import { resetActiveProfile, setActiveProfile } from "../../src/functions/active-profile";
import { failShareFunction, isLowFunction, statusFunction } from "../../src/functions/criteria";
import {
  dynamicsFunction,
  mentorFunction,
  objectivityFunction,
  qualityFunction,
  successFunction,
} from "../../src/functions/indicators";

type Cell = unknown;
const errorOf = (cell: Cell): { code: string; message?: string } | undefined =>
  cell !== null && typeof cell === "object" && "code" in cell
    ? (cell as { code: string; message?: string })
    : undefined;

afterEach(() => resetActiveProfile());

describe("ISLOW", () => {
  const district = [[12], [30], ["45,5"], ["-"], [50], [""], [61], ["н/д"], [70], [72], [80]];
  test("a single value and a range (spilling the same shape); district blanks and dashes skipped", () => {
    expect(isLowFunction([[12]], district)).toEqual([[true]]);
    expect(isLowFunction([[12], [72]], district)).toEqual([[true], [false]]);
    expect(isLowFunction([[80]], district, 0.25, false)).toEqual([[true]]);
    expect(isLowFunction([[80]], district, "25%", "нет")).toEqual([[true]]);
    expect(isLowFunction([[45.5]], district, 50)).toEqual([[true]]);
  });

  test("a school's own bad value is a Russian error in its own cell only", () => {
    const out = isLowFunction([["много"], [12]], district);
    expect(errorOf(out[0][0])?.code).toBe("#VALUE!");
    expect(errorOf(out[0][0])?.message).toMatch(/не число/u);
    expect(out[1][0]).toBe(true);
    expect(errorOf(isLowFunction([[""]], district)[0][0])?.code).toBe("#N/A");
    expect(errorOf(isLowFunction([[1]], [["-"], ["нет"]])[0][0])).toBeDefined();
  });
});

describe("FAILSHARE, SUCCESS, QUALITY", () => {
  test("from counts, shares and percent text, spilling by rows", () => {
    expect(failShareFunction([[6], [30]], [[8], [40]], [[4], [20]], [[2], [10]])).toEqual([[30], [30]]);
    expect(successFunction([["30,0%"]], [["40%"]], [["20%"]], [["10%"]])[0][0]).toBeCloseTo(70, 10);
    expect(qualityFunction([[0.3]], [[0.4]], [[0.2]], [[0.1]])[0][0]).toBeCloseTo(30, 10);
  });

  test("ЕГЭ scores of one school against the minimum of a subject and year", () => {
    expect(failShareFunction([[20], [23], [24], ["70"], ["-"]], [["русский язык"]], [[2024]])).toEqual([
      [50],
    ]);
    expect(failShareFunction([[5], [9], [12], [20]], [["ОГЭ математика"]], [[2023]])).toEqual([[25]]);
    const ambiguous = failShareFunction([[30]], [["математика"]], [[2024]])[0][0];
    expect(errorOf(ambiguous)?.message).toMatch(/математика профильная/u);
  });

  test("no participants is #Н/Д with a message, not a silent 0; mismatched shapes are #ЗНАЧ!", () => {
    expect(errorOf(successFunction([[0]], [[0]], [[0]], [[0]])[0][0])?.code).toBe("#N/A");
    expect(errorOf(qualityFunction([[1], [2]], [[1]], [[1], [2], [3]], [[1]])[0][0])?.code).toBe("#VALUE!");
    expect(errorOf(successFunction([["н/д"]], [[1]], [[1]], [[1]])[0][0])?.code).toBe("#N/A");
  });
});

describe("STATUS", () => {
  // Three procedures; rows are schools. Context: higher is more difficult.
  const now = [
    [35, 31, 5],
    [35, 5, 5],
    [5, 5, 5],
    [22, 4, 3],
    [10, 12, "-"],
    [3, 2, 1],
    [4, 3, 2],
    [6, 5, 4],
  ];
  const before = [
    [10, 10, 10],
    [5, 5, 5],
    [5, 5, 5],
    [12, 4, 3],
    [10, 12, 5],
    [3, 2, 1],
    [4, 3, 2],
    [6, 5, 4],
  ];
  const contexts = [[0.9], [0.2], [0.85], [0.1], [0.3], [0.4], [0.5], [0.6]];

  test("one row with district contexts", () => {
    expect(statusFunction([now[0]], [before[0]], [[0.9]], contexts)).toEqual([["ШНОР; ШНСУ"]]);
    expect(statusFunction([now[3]], [before[3]], [[0.1]], contexts)).toEqual([["зона риска"]]);
    expect(statusFunction([now[5]], [before[5]])).toEqual([[""]]);
  });

  test("every school at once: a spilled column", () => {
    expect(statusFunction(now, before, contexts)).toEqual([
      ["ШНОР; ШНСУ"],
      ["зона риска"],
      ["ШНСУ"],
      ["зона риска"],
      [""],
      [""],
      [""],
      [""],
    ]);
  });

  test("shares formatted as % in Excel arrive as fractions and are read as such when a district is present", () => {
    const fractions = now.map((row) => row.map((v) => (typeof v === "number" ? v / 100 : v)));
    expect(statusFunction(fractions)[0][0]).toBe("ШНОР");
  });

  test("sample sizes: fewer than 10 not counted; details tell why", () => {
    const out = statusFunction([[35, 31]], undefined, undefined, undefined, [[8, 40]]);
    expect(out).toEqual([["зона риска"]]);
    const details = statusFunction(
      [[35, 31]],
      undefined,
      undefined,
      undefined,
      [[12, 40]],
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      true,
    );
    expect(details[0][0]).toMatch(/^ШНОР: .*выборка ограничена/u);
  });

  test("relative mode from the active profile: the district's worst quarter", () => {
    setActiveProfile({ ...cloneProfile(DEFAULT_CRITERIA_PROFILE), mode: "relative" });
    const out = statusFunction(now, before);
    expect(out[0][0]).toBe("ШНОР");
    expect(out[5][0]).toBe("");
  });

  test("a school's own bad value is its own error; other rows still answer", () => {
    const bad = [
      ["abc", 31, 5],
      [35, 5, 5],
    ];
    const out = statusFunction(bad, [before[0], before[1]]);
    expect(errorOf(out[0][0])?.code).toBe("#VALUE!");
    expect(out[1][0]).toBe("зона риска");
    expect(errorOf(statusFunction([["", "-"]])[0][0])?.code).toBe("#N/A");
    expect(errorOf(statusFunction([[1, 2]], [[1, 2, 3]])[0][0])?.code).toBe("#VALUE!");
  });
});

describe("DYNAMICS, OBJECTIVITY, MENTOR", () => {
  test("DYNAMICS spills and is antisymmetric", () => {
    expect(dynamicsFunction([[62], [70], [70]], [[70], [62], [70.5]])).toEqual([[1], [-1], [0]]);
    expect(dynamicsFunction([[30]], [[22]], false)).toEqual([[1]]);
    expect(errorOf(dynamicsFunction([["—"]], [[22]])[0][0])?.code).toBe("#N/A");
  });

  test("OBJECTIVITY with the profile's 15 % and an explicit threshold", () => {
    expect(objectivityFunction([[10], [3]], [[70], [25]], [[20], [2]])).toEqual([[true], [false]]);
    expect(objectivityFunction([[3]], [[25]], [[2]], 5)).toEqual([[true]]);
  });

  test("MENTOR: keys from any spelling, statuses with «ШНОР» excluded", () => {
    const schools = [["ГБОУ СОШ № 221"], ["СОШ №223"], ["школа 240"], ["ГБОУ СОШ № 506"]];
    const contexts = [
      [12, 20],
      [11, 19],
      [3, 4],
      [10, 18],
    ];
    const results = [[40], [65], [80], [62]];
    const statuses = [["зона риска"], [""], [""], ["ШНОР; ШНСУ"]];
    expect(mentorFunction([["СОШ № 221"]], schools, contexts, results)).toEqual([["223"]]);
    expect(mentorFunction([["221"]], schools, contexts, results, undefined, [["223"]])).toEqual([["506"]]);
    const withStatus = mentorFunction([["223"]], schools, contexts, results, undefined, statuses);
    expect(withStatus).toEqual([["240"]]); // 506 is closer but ШНОР; 221 is below the mean
    expect(errorOf(mentorFunction([["999"]], schools, contexts, results)[0][0])?.code).toBe("#N/A");
  });
});

describe("no function throws on arbitrary input", () => {
  const cell = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.string(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constantFrom("-", "н/д", "#Н/Д", "45,5", "30%", ""),
  );
  const grid = fc.oneof(
    cell,
    fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
  );
  const fns: Array<(...args: unknown[]) => unknown[][]> = [
    isLowFunction as (...args: unknown[]) => unknown[][],
    failShareFunction as (...args: unknown[]) => unknown[][],
    statusFunction as (...args: unknown[]) => unknown[][],
    successFunction as (...args: unknown[]) => unknown[][],
    qualityFunction as (...args: unknown[]) => unknown[][],
    dynamicsFunction as (...args: unknown[]) => unknown[][],
    objectivityFunction as (...args: unknown[]) => unknown[][],
    mentorFunction as (...args: unknown[]) => unknown[][],
  ];
  test("every cell is a value or an error, never an exception", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: fns.length - 1 }),
        fc.array(grid, { minLength: 0, maxLength: 11 }),
        (i, args) => {
          const out = fns[i](...args);
          expect(Array.isArray(out)).toBe(true);
          for (const row of out)
            for (const v of row) expect(["string", "number", "boolean", "object"]).toContain(typeof v);
        },
      ),
      { numRuns: 400 },
    );
  });
});
