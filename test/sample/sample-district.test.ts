import { parseNumber } from "../../src/core/cells/russian-number";
import type { CellValue } from "../../src/core/cells/cell-value";
import { generateSampleDistrict, SHNOR_KEYS, type SampleWorkbook } from "../../src/sample";

const sample = generateSampleDistrict();
const { truth } = sample;
const allCells = (workbook: SampleWorkbook): CellValue[] => workbook.sheets.flatMap((s) => s.values.flat());
const sheet = (name: string) => {
  const found = sample.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};

describe("generateSampleDistrict: determinism", () => {
  it("gives the same workbook for the same seed", () => {
    expect(generateSampleDistrict(2023)).toEqual(sample);
  });

  it("gives another workbook for another seed, with the same shape and the same ШНОР", () => {
    const other = generateSampleDistrict(7);
    expect(other.sheets.map((s) => s.name)).toEqual(sample.sheets.map((s) => s.name));
    expect(allCells(other)).not.toEqual(allCells(sample));
    expect(other.truth.shnorKeys).toEqual(truth.shnorKeys);
  });
});

describe("generateSampleDistrict: a realistic district", () => {
  it("has about sixty schools with unique keys, logins and names", () => {
    expect(truth.schools.length).toBeGreaterThanOrEqual(55);
    expect(truth.schools.length).toBeLessThanOrEqual(65);
    for (const field of ["key", "login", "shortName", "fullName"] as const) {
      expect(new Set(truth.schools.map((s) => s[field])).size).toBe(truth.schools.length);
    }
    expect(truth.schools.every((s) => /^sch78\d{4}$/u.test(s.login))).toBe(true);
  });

  it("holds the eight ШНОР of seed 003 and flags exactly them in the registry", () => {
    expect([...truth.shnorKeys].sort()).toEqual(
      ["223", "240", "269", "386", "506", "538", "608", "ЦО 162"].sort(),
    );
    expect(SHNOR_KEYS).toEqual(truth.shnorKeys);
    expect(
      truth.schools
        .filter((s) => s.shnor)
        .map((s) => s.key)
        .sort(),
    ).toEqual([...truth.shnorKeys].sort());
    const registry = sheet("Список ОО");
    const flagColumn = registry.values[2].indexOf("ШНОР (перечень 2023 г.)");
    const nameColumn = registry.values[2].indexOf("Краткое наименование ОО");
    const flagged = registry.values.filter((r) => r[flagColumn] === "да").map((r) => r[nameColumn]);
    expect(flagged).toHaveLength(8);
    expect(flagged).toEqual(expect.arrayContaining(["ГБОУ СОШ № 223", "ГБОУ ЦО № 162", "ГБОУ СОШ № 608"]));
    expect(truth.schools.some((s) => s.key === "251")).toBe(false);
  });

  it("gives every ШНОР a failure share of 30 % or more on two ВПР procedures of 2023 or on one procedure in both years", () => {
    for (const key of truth.shnorKeys) {
      const rows = truth.data.vpr.filter((r) => r.key === key);
      const high2023 = rows.filter((r) => r.year === 2023 && r.shares[0] >= 30);
      const bothYears = high2023.some((r) =>
        rows.some(
          (p) => p.year === 2022 && p.grade === r.grade && p.subject === r.subject && p.shares[0] >= 30,
        ),
      );
      expect({ key, ok: high2023.length >= 2 || bothYears }).toEqual({ key, ok: true });
    }
  });

  it("keeps ordinary schools below 30 %, except the зона риска schools with exactly one such procedure in 2023", () => {
    expect(truth.riskKeys).toHaveLength(3);
    for (const school of truth.schools.filter((s) => !s.shnor)) {
      const high = truth.data.vpr.filter((r) => r.key === school.key && r.shares[0] >= 30);
      const expected = truth.riskKeys.includes(school.key) ? 1 : 0;
      expect({ key: school.key, high: high.length }).toEqual({ key: school.key, high: expected });
      if (expected === 1) expect(high[0].year).toBe(2023);
    }
    const ordinary = (r: { key: string }) => !truth.shnorKeys.includes(r.key);
    expect(truth.data.oge.filter(ordinary).every((r) => r.shares[0] < 30)).toBe(true);
    expect(truth.data.ege.filter(ordinary).every((r) => r.belowMinimum === null || r.belowMinimum < 30)).toBe(
      true,
    );
  });

  it("places the seed-003 schools where the seed puts them against the district means", () => {
    const clustered = truth.schools.filter((s) => !s.special);
    const mean = (f: (s: (typeof clustered)[number]) => number) =>
      clustered.reduce((x, s) => x + f(s), 0) / clustered.length;
    const of = (key: string) => clustered.find((s) => s.key === key)!;
    const result = mean((s) => s.result[2022]);
    const contingent = mean((s) => s.contingent);
    for (const key of ["240", "269", "538", "608"]) {
      expect(of(key).result[2022]).toBeLessThan(result);
      expect(of(key).contingent).toBeGreaterThan(contingent);
    }
    for (const key of ["223", "386"]) {
      expect(of(key).result[2022]).toBeLessThan(result);
      expect(of(key).contingent).toBeLessThan(contingent);
    }
    expect(of("506").result[2022]).toBeGreaterThan(result);
    expect(of("223").staffing).toBeGreaterThan(mean((s) => s.staffing));
    expect(truth.specialKeys.sort()).toEqual(["ЦО 162", "интернат 2"]);
  });

  it("has shares of marks that add up to 100 within rounding and counts that add up to the participants", () => {
    for (const r of [...truth.data.vpr, ...truth.data.oge]) {
      expect(Math.abs(r.shares.reduce((s, v) => s + v, 0) - 100)).toBeLessThanOrEqual(0.25);
      expect(r.counts.reduce((s, v) => s + v, 0)).toBe(r.participants);
    }
    for (const r of truth.data.vpr.filter((x) => x.lowered !== null)) {
      expect((r.lowered ?? 0) + (r.confirmed ?? 0) + (r.raised ?? 0)).toBeCloseTo(100, 5);
      expect(r.raised).toBeLessThan(15);
    }
  });

  it("covers two years of ВПР, ОГЭ, ЕГЭ, contingent and staffing for every school", () => {
    expect(truth.data.vpr).toHaveLength(truth.schools.length * 2 * 10);
    expect(truth.data.contingent).toHaveLength(truth.schools.length * 2);
    expect(truth.data.staffing).toHaveLength(truth.schools.length * 2);
    expect(new Set(truth.data.ege.map((r) => r.key)).size).toBe(
      truth.schools.filter((s) => s.seniorGrades).length,
    );
    expect(truth.data.oge.length).toBe(truth.schools.length * 2 * 2 - 1); // one subject lost in a lookup: «#Н/Д»
  });
});

describe("generateSampleDistrict: messy in form", () => {
  const texts = allCells(sample).filter((v): v is string => typeof v === "string");

  it.each([
    ["totals «Итого по району»", (t: string) => t === "Итого по району"],
    ["totals «Среднее по району»", (t: string) => t === "Среднее по району"],
    ["numbers as text with a decimal comma", (t: string) => /^\d+,\d+$/u.test(t)],
    ["percents as text «45,5%»", (t: string) => /^\d+,\d%$/u.test(t)],
    ["a dash «-»", (t: string) => t === "-"],
    ["a dash «—»", (t: string) => t === "—"],
    ["«н/д»", (t: string) => t === "н/д"],
    ["«#Н/Д»", (t: string) => t === "#Н/Д"],
    ["«#ДЕЛ/0!»", (t: string) => t === "#ДЕЛ/0!"],
    ["a real error #DIV/0!", (t: string) => t === "#DIV/0!"],
    ["a thousands (no-break) space", (t: string) => /^\d\u00a0\d{3}$/u.test(t)],
    ["ФИС ОКО logins before names", (t: string) => /^sch78\d{4} ГБОУ/u.test(t)],
    ["ФИС ОКО aggregate «Вся выборка»", (t: string) => t === "Вся выборка"],
    [
      "a name with the district",
      (t: string) => /^ГБОУ СОШ № \d+ Кировского района Санкт-Петербурга$/u.test(t),
    ],
    ["«СОШ №221»-style names", (t: string) => /^СОШ №\d+$/u.test(t)],
    ["bare numbers as names", (t: string) => /^\d{3}$/u.test(t)],
    ["«гимназия 397»-style names", (t: string) => /^гимназия \d+$/u.test(t)],
    ["«школа-интернат № 2»", (t: string) => t === "школа-интернат № 2"],
  ])("has %s", (_, test) => {
    expect(texts.some(test)).toBe(true);
  });

  it("stores percents as fractions of one under a percent format on some sheets", () => {
    const vpr = sheet("ВПР 2023");
    expect(vpr.numberFormats.some((f) => f.format === "0.0%")).toBe(true);
    const fractions = vpr.values
      .slice(5)
      .map((r) => r[4])
      .filter((v): v is number => typeof v === "number");
    expect(fractions.length).toBeGreaterThan(100);
    expect(fractions.every((v) => v >= 0 && v <= 1)).toBe(true);
  });

  it("has title rows, merged two-row headers and spacer rows", () => {
    for (const name of ["ВПР 2022", "ОГЭ 2023", "Соц. паспорт"]) {
      const s = sheet(name);
      expect(s.merges.length).toBeGreaterThanOrEqual(3);
      expect(s.merges.some((m) => /^[A-Z]+(\d+):[A-Z]+\1$/u.test(m) && !m.startsWith("A1:"))).toBe(true); // a header group
      expect(s.merges.some((m) => /^([A-Z]+)(\d+):\1(\d+)$/u.exec(m))).toBe(true); // a cell over two header rows
      expect(s.values.some((r) => r.length === 0)).toBe(true);
    }
    expect(sample.sheets.every((s) => s.merges.length > 0 || s.values[0].length === 1)).toBe(true);
  });

  it("records every school name cell with its key, and each text is what the sheet holds", () => {
    for (const t of truth.sheets) {
      const values = sheet(t.name).values;
      for (const c of t.schoolCells) expect(values[c.row][c.column]).toBe(c.text);
      expect(new Set(t.schoolCells.map((c) => c.key)).size).toBe(
        t.kind === "ege" ? truth.schools.filter((s) => s.seniorGrades).length : truth.schools.length,
      );
    }
  });

  it("writes numbers that Russian parsing reads back as the true values", () => {
    const vpr2022 = truth.sheets.find((t) => t.name === "ВПР 2022")!;
    const values = sheet("ВПР 2022").values;
    for (const cell of vpr2022.schoolCells.slice(0, 50)) {
      const row = values[cell.row];
      const r = truth.data.vpr.find(
        (x) => x.key === cell.key && x.year === 2022 && x.grade === row[1] && x.subject === row[2],
      )!;
      const parsed = row.slice(4, 8).map((v) => parseNumber(v, { percent: true }));
      expect(parsed.map((p) => (p.ok ? p.value : NaN))).toEqual(r.shares);
    }
  });
});
