import fc from "fast-check";
import { NumberMap } from "../../../src/core/validation/number-map";

describe("NumberMap", () => {
  test("behaves as a Map of whole numbers, order of insertion included", () => {
    const key = fc.oneof(
      fc.nat(40),
      fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
      // packed keys that differ in a few high or low bits only
      fc
        .tuple(fc.nat(2000), fc.nat(40), fc.integer({ min: 2019, max: 2024 }))
        .map(([school, procedure, year]) => (school * 1048576 + procedure) * 4096 + year),
    );
    const op = fc.tuple(fc.constantFrom("set", "get", "has"), key, fc.integer());
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), fc.nat(64), (ops, expected) => {
        const ours = new NumberMap(expected);
        const reference = new Map<number, number>();
        for (const [name, k, v] of ops) {
          if (name === "set") {
            ours.set(k, v);
            reference.set(k, v);
          } else if (name === "get") expect(ours.get(k)).toBe(reference.get(k));
          else expect(ours.has(k)).toBe(reference.has(k));
        }
        expect(ours.size).toBe(reference.size);
        const entries: [number, number][] = [];
        ours.forEach((v, k) => entries.push([k, v]));
        expect(entries).toEqual([...reference]);
      }),
      { numRuns: 300 },
    );
  });

  test("holds a million packed keys", () => {
    const map = new NumberMap();
    for (let i = 0; i < 1_000_000; i++) map.set((i * 1048576 + (i % 30)) * 4096 + 2023, i);
    expect(map.size).toBe(1_000_000);
    expect(map.get((777_777 * 1048576 + (777_777 % 30)) * 4096 + 2023)).toBe(777_777);
    expect(map.has((777_777 * 1048576 + (777_777 % 30)) * 4096 + 2022)).toBe(false);
  });
});
