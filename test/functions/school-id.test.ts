import { schoolIdFunction } from "../../src/functions/school-id";
import { ErrorDouble, installCustomFunctions } from "./custom-functions-double";

const CYRILLIC = /[а-яё]/iu;

describe("SHNOR.SCHOOLID", () => {
  let uninstall: () => void;
  beforeAll(() => {
    uninstall = installCustomFunctions();
  });
  afterAll(() => uninstall());

  test("a single value (Excel passes it as 1×1) gives a single key", () => {
    expect(schoolIdFunction([["ГБОУ СОШ № 221 Кировского района Санкт-Петербурга"]])).toEqual([["221"]]);
    expect(schoolIdFunction([[162]])).toEqual([["162"]]);
  });

  test("a 3×2 range spills a 3×2 result, bad cells as errors with Russian messages", () => {
    const result = schoolIdFunction([
      ["ГБОУ ЦО № 162", "школа-интернат № 2"],
      ["СОШ № 221, 223", ""],
      ["гимназия 397", "Итого по району"],
    ]);
    expect(result).toHaveLength(3);
    for (const row of result) expect(row).toHaveLength(2);
    expect(result[0]).toEqual(["ЦО 162", "интернат 2"]);
    expect(result[2][0]).toBe("397");

    const [ambiguous, empty, unknown] = [result[1][0], result[1][1], result[2][1]] as ErrorDouble[];
    for (const error of [ambiguous, empty, unknown]) {
      expect(error).toBeInstanceOf(ErrorDouble);
      expect(error.message).toMatch(CYRILLIC);
    }
    expect(ambiguous.code).toBe("#VALUE!");
    expect(ambiguous.message).toContain("221, 223");
    expect(empty.code).toBe("#N/A");
    expect(empty.message).toBe("Название школы пусто.");
    expect(unknown.code).toBe("#N/A");
    expect(unknown.message).toContain("Итого по району");
  });

  test("blank cells as Excel passes them (null) and error inputs", () => {
    const [[blank, error]] = schoolIdFunction([[null, { code: "#DIV/0!" }]]) as ErrorDouble[][];
    expect(blank.code).toBe("#N/A");
    expect(error.code).toBe("#DIV/0!");
  });
});

describe("SHNOR.SCHOOLID outside Excel", () => {
  test("works without the CustomFunctions global and still returns coded errors", () => {
    expect((globalThis as { CustomFunctions?: unknown }).CustomFunctions).toBeUndefined();
    const [[key, error]] = schoolIdFunction([["СОШ №221", "-"]]);
    expect(key).toBe("221");
    expect(error).toMatchObject({ code: "#N/A", message: "Название школы пусто." });
  });

  test("the functions entry imports without the Excel runtime", async () => {
    await expect(import("../../src/functions/index")).resolves.toHaveProperty("mapCells");
  });
});
