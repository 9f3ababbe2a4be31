import { BoundedMemo } from "../../../src/core/tables/bounded-memo";

describe("BoundedMemo", () => {
  test("computes a key once while remembered, undefined values included", () => {
    const calls: string[] = [];
    const memo = new BoundedMemo((key: string) => {
      calls.push(key);
      return key === "" ? undefined : key.trim();
    });
    expect([" СОШ № 221 ", " СОШ № 221 ", "", "", "Итого"].map((k) => memo.get(k))).toEqual([
      "СОШ № 221",
      "СОШ № 221",
      undefined,
      undefined,
      "Итого",
    ]);
    expect(calls).toEqual([" СОШ № 221 ", "", "Итого"]);
  });

  test("forgets everything at its limit, and still answers right", () => {
    let calls = 0;
    const memo = new BoundedMemo((n: number) => (calls++, n * 2), 3);
    expect([1, 2, 3, 4, 1, 4].map((n) => memo.get(n))).toEqual([2, 4, 6, 8, 2, 8]);
    // 1, 2, 3 fill it; 4 clears it; 1 is computed again, 4 is still known.
    expect(calls).toBe(5);
  });
});
