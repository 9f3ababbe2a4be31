import { validateWorkbook } from "../../../src/core/validation/validate";
import { RULES, RULE_SEVERITY } from "../../../src/core/validation/catalogue";
import { RULE_IDS } from "../../../src/core/validation/rule-ids";
import { RULE_TEXTS } from "../../../src/core/validation/messages-ru";
import type { Finding } from "../../../src/core/validation/finding";
import { cleanSheets, plantedWorkbook, type Expected } from "./planted-workbook";

const key = (f: Expected | Finding): string => `${f.rule} «${f.sheet}»!${f.cell}`;

describe("the rule catalogue", () => {
  it("lists one rule per id, in the order of the ids, each with Russian texts", () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
    for (const id of RULE_IDS) {
      expect(RULE_TEXTS[id].title).toMatch(/[а-я]/u);
      expect(["error", "warning", "info"]).toContain(RULE_SEVERITY[id]);
    }
  });
});

describe("validateWorkbook on the clean sample district", () => {
  const result = validateWorkbook(cleanSheets());

  it("finds no error", () => {
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.summary.error).toBe(0);
  });

  it("warns only of numbers written as text, one finding per column", () => {
    const warnings = result.findings.filter((f) => f.severity === "warning");
    expect(new Set(warnings.map((f) => f.rule))).toEqual(new Set(["values.number-as-text"]));
    const columns = warnings.map((f) => `${f.sheet}!${f.cell.replace(/\d+/u, "")}`);
    expect(new Set(columns).size).toBe(columns.length);
  });

  it("notes only the sample's many spellings of a school and its tiny ЕГЭ groups", () => {
    const infos = result.findings.filter((f) => f.severity === "info");
    expect(new Set(infos.map((f) => f.rule))).toEqual(
      new Set(["consistency.name-differs", "scales.small-sample"]),
    );
    // One note per school of the district.
    expect(infos.filter((f) => f.rule === "consistency.name-differs")).toHaveLength(60);
    for (const f of infos.filter((x) => x.rule === "scales.small-sample"))
      expect(f.message).toMatch(/меньше 10/u);
  });

  it("orders findings by sheet, row and column and summarises them", () => {
    const sheets = result.summary.sheets;
    const order = result.findings.map((f) => sheets.indexOf(f.sheet));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(result.summary.total).toBe(result.findings.length);
    expect(result.summary.byRule.reduce((s, r) => s + r.count, 0)).toBe(result.findings.length);
  });
});

describe("validateWorkbook on the sample with a planted defect of every rule", () => {
  const { clean, sheets, planted } = plantedWorkbook();
  const baseline = new Set(validateWorkbook(clean).findings.map(key));
  const result = validateWorkbook(sheets);
  const found = new Set(result.findings.map(key));

  it("plants at least one defect of every rule", () => {
    expect(new Set(planted.map((p) => p.rule))).toEqual(new Set(RULE_IDS));
  });

  it("adds exactly the planted findings to those of the clean sample: no more, no less", () => {
    const added = result.findings.filter((f) => !baseline.has(key(f))).map(key);
    expect(added.sort()).toEqual(planted.map(key).sort());
  });

  it("keeps every finding of the clean sample", () => {
    expect([...baseline].filter((k) => !found.has(k))).toEqual([]);
  });

  it("gives each planted finding its rule's severity and a Russian message naming what to do", () => {
    for (const p of planted) {
      const finding = result.findings.find((f) => key(f) === key(p))!;
      expect(finding.severity).toBe(RULE_SEVERITY[p.rule]);
      expect(finding.message).toMatch(/[А-Яа-я]/u);
      expect(finding.message).not.toMatch(/undefined|NaN/u);
    }
  });

  it("says error when an error rule fires", () => {
    expect(result.summary.error).toBeGreaterThan(0);
  });
});

describe("the per-rule limit", () => {
  it("keeps at most the limit of one rule on one sheet and counts the rest", () => {
    const rows = Array.from({ length: 30 }, (_, i) => [`СОШ № ${i + 1}`, 25, "сорок"]);
    const sheet = {
      name: "Кадры 2023",
      firstRow: 0,
      firstColumn: 0,
      values: [["ОО", "Всего обучающихся", "Всего педагогических работников, чел."], ...rows],
    };
    const result = validateWorkbook([sheet], { limitPerRuleAndSheet: 5 });
    expect(result.findings.filter((f) => f.rule === "values.not-a-number")).toHaveLength(5);
    expect(result.summary.omitted["values.not-a-number"]).toBe(25);
    expect(result.summary.byRule.find((r) => r.rule === "values.not-a-number")?.count).toBe(30);
  });
});
