import fc from "fast-check";
import {
  adjustedFunction,
  clusterFunction,
  clusterNameFunction,
  kmeansFunction,
  riskFunction,
} from "../../src/functions/clusters";
import { CONTEXT_COLUMN, KIROV, columnRange, school } from "../core/clusters/kirov-fixture";

const results = columnRange(1);
const contexts = (model: keyof typeof CONTEXT_COLUMN) => columnRange(CONTEXT_COLUMN[model]);

/** An error cell as the wrappers return it outside Excel: its code and Russian message. */
function errorOf(cell: unknown): { code: string; message?: string } {
  expect(typeof cell).toBe("object");
  return cell as { code: string; message?: string };
}

describe("SHNOR.CLUSTER", () => {
  test.each([
    ["240", "контингент", "A", 1],
    ["223", "A", "A", 4],
    ["506", "А", "A", 3],
    ["506", "кадры", "B", 2],
    ["223", "B", "B", 4],
    ["223", undefined, "D", 4], // default «сумма»
    ["506", "сумма", "D", 2],
    ["608", "D", "D", 3],
    ["223", "микрорайон", "C", 3],
  ] as const)(
    "СОШ № %s, model %p (%s) → %d (one cell, as Excel passes it: 1×1)",
    (key, model, id, expected) => {
      const row = school(key);
      const column = CONTEXT_COLUMN[id];
      expect(clusterFunction([[row[1]]], [[row[column]]], results, columnRange(column), model)).toEqual([
        [expected],
      ]);
    },
  );

  test("a range of schools spills the same shape", () => {
    const out = clusterFunction(results, contexts("A"), results, contexts("A"), "контингент");
    expect(out).toHaveLength(KIROV.length);
    expect(out.slice(0, 7).map((r) => r[0])).toEqual([4, 1, 1, 4, 3, 1, 1]);
  });

  test("district ranges with blanks, dashes and text are read as the schools that have numbers", () => {
    const messy = [...results.map((r) => [r[0] as unknown]), [""], ["-"], ["н/д"], ["Итого"]];
    const messyContext = [...contexts("A").map((r) => [r[0] as unknown]), [""], [5], ["—"], [70]];
    const row = school("506");
    expect(clusterFunction([[row[1]]], [[row[2]]], messy, messyContext, "A")).toEqual([[3]]);
  });

  test.each([
    ["", "#N/A", "пуста"],
    ["-", "#N/A", "пуста"],
    ["много", "#VALUE!", "не число"],
  ])("the school's own result %p → %s with a Russian message", (value, code, words) => {
    const [[cell]] = clusterFunction([[value]], [[40]], results, contexts("A"), "A");
    expect(errorOf(cell).code).toBe(code);
    expect(errorOf(cell).message).toContain(words);
  });

  test("an unknown model → #ЗНАЧ! naming the models", () => {
    const [[cell]] = clusterFunction([[50]], [[40]], results, contexts("A"), "школы");
    expect(errorOf(cell).code).toBe("#VALUE!");
    expect(errorOf(cell).message).toContain("«контингент», «кадры», «микрорайон» или «сумма»");
  });

  test("district ranges of different sizes → #ЗНАЧ!", () => {
    const [[cell]] = clusterFunction([[50]], [[40]], results, results.slice(1), "A");
    expect(errorOf(cell).code).toBe("#VALUE!");
  });

  test("an empty or all-text district → an error, never a 0", () => {
    const [[cell]] = clusterFunction([[50]], [[40]], [["-"], ["н/д"]], [["x"], [""]], "A");
    expect(errorOf(cell).code).toBe("#N/A");
  });

  test("property: never throws, and every cell is a cluster 1–4 or an error", () => {
    const cell = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.string(),
      fc.constant(""),
      fc.constant(null),
      fc.boolean(),
    );
    const range = fc.array(fc.array(cell, { minLength: 1, maxLength: 1 }), { maxLength: 8 });
    fc.assert(
      fc.property(cell, cell, range, range, fc.option(fc.string()), (r, c, rs, cs, model) => {
        const out = clusterFunction([[r]], [[c]], rs, cs, model ?? undefined);
        for (const row of out)
          for (const v of row)
            expect(typeof v === "number" ? [1, 2, 3, 4].includes(v) : typeof v === "object").toBe(true);
      }),
    );
  });
});

describe("SHNOR.CLUSTERNAME", () => {
  test("names a cluster, and a column of clusters", () => {
    expect(clusterNameFunction([[1]], "контингент")).toEqual([["низкие результаты, сложный контингент"]]);
    expect(clusterNameFunction([[1], ["2"]], "кадры")).toEqual([
      ["результаты выше среднего, кадровое обеспечение выше среднего"],
      ["результаты выше среднего, кадровое обеспечение ниже среднего"],
    ]);
  });
  test("cluster 7 → #ЗНАЧ! with a message", () => {
    expect(errorOf(clusterNameFunction([[7]])[0][0]).code).toBe("#VALUE!");
  });
});

describe("SHNOR.RISK", () => {
  test("506 in model A (just above the mean) could fall into cluster 4; 240 is far from every boundary", () => {
    const a = contexts("A");
    expect(
      riskFunction(
        [[school("506")[1]], [school("240")[1]]],
        [[school("506")[2]], [school("240")[2]]],
        results,
        a,
        undefined,
        "A",
      ),
    ).toEqual([[4], [0]]);
  });
  test("223 in model B could rise into cluster 1; a narrow band takes the flag away", () => {
    const row = school("223");
    expect(riskFunction([[row[1]]], [[row[3]]], results, contexts("B"), 0.25, "кадры")).toEqual([[1]]);
    expect(riskFunction([[row[1]]], [[row[3]]], results, contexts("B"), 0.01, "кадры")).toEqual([[0]]);
  });
  test("a band that is not a number → #ЗНАЧ!", () => {
    expect(
      errorOf(riskFunction([[50]], [[40]], results, contexts("A"), "широко" as unknown as number, "A")[0][0])
        .code,
    ).toBe("#VALUE!");
  });
});

describe("SHNOR.ADJUSTED", () => {
  test("a school on the district line gets the district mean", () => {
    const out = adjustedFunction([[60]], [[3]], [[40], [50], [60], [70], [80]], [[1], [2], [3], [4], [5]]);
    expect(out[0][0]).toBeCloseTo(60, 10);
  });
  test("a district with one context value → #ЗНАЧ! with a message, not the raw result", () => {
    expect(errorOf(adjustedFunction([[60]], [[3]], [[40], [50]], [[3], [3]])[0][0]).code).toBe("#VALUE!");
  });
});

describe("SHNOR.KMEANS", () => {
  const data = [
    [72, 10],
    [40, 55],
    [55, 30],
    [70, 12],
    [41, 60],
    [56, 28],
  ];
  test("a column of labels, 1 = highest on the first column", () => {
    expect(kmeansFunction(data, 3, 1)).toEqual([[1], [3], [2], [1], [3], [2]]);
  });
  test("a blank row stays blank; a row with text gets an error; the rest are clustered", () => {
    const messy: unknown[][] = [...data, ["", ""], ["н/д", 5]];
    const out = kmeansFunction(messy, 3, 1);
    expect(out.slice(0, 6)).toEqual([[1], [3], [2], [1], [3], [2]]);
    expect(out[6]).toEqual([""]);
    expect(errorOf(out[7][0]).code).toBe("#N/A");
  });
  test("k larger than the number of schools → #Н/Д with a message (too few values)", () => {
    const [[cell]] = kmeansFunction([[1], [2]], 4);
    expect(errorOf(cell).code).toBe("#N/A");
  });
  test("an empty range and all-equal values never throw", () => {
    expect(() => kmeansFunction([], 4, 1)).not.toThrow();
    expect(
      kmeansFunction(
        [
          [3, 3],
          [3, 3],
          [3, 3],
          [3, 3],
        ],
        4,
        1,
      ),
    ).toEqual([[1], [1], [1], [1]]);
  });
});
