/**
 * The pane's model on the sample district: corrections kept and applied, measures, procedures, the status
 * lists against the sample's ground truth, the what-if, clusters and the «Кластеры» sheet plan.
 */
import { buildWorkbookMap, INDEX_IDS, isSpecialSchool } from "../../src/core";
import { DEFAULT_CRITERIA_PROFILE, PROFILE_FIELDS, valueAt } from "../../src/core/criteria";
import { MemoryHost } from "../../src/hosts/memory-host";
import { generateSampleDistrict } from "../../src/sample";
import {
  applyPatch,
  loadCorrections,
  parseCorrections,
  saveCorrections,
} from "../../src/hosts/corrections-store";
import { readWorkbook } from "../../src/taskpane/data/workbook-data";
import { runClusters } from "../../src/taskpane/model/cluster-run";
import { clusterSheetPlan } from "../../src/taskpane/model/cluster-sheet";
import { chartScale } from "../../src/taskpane/model/chart-scale";
import { deriveDistrict, schoolAtRow } from "../../src/taskpane/model/pane-model";
import { setField } from "../../src/taskpane/model/profile-edit";
import { evaluateAll, whatIf } from "../../src/taskpane/model/status-run";

const sample = generateSampleDistrict();
const sheets = sample.sheets.map((s) => ({ name: s.name, firstRow: 0, firstColumn: 0, values: s.values }));
const map = buildWorkbookMap(sheets);
const district = deriveDistrict(map);
const input = {
  schools: district.schools,
  procedures: district.procedures,
  context: district.byId.get(INDEX_IDS.contingent),
  results: district.byId.get(INDEX_IDS.results),
};

describe("corrections", () => {
  test.each([
    [undefined, []],
    ["text", []],
    [[{ kind: "vpr" }], []],
    [[{ sheet: "Лист1", kind: "впр" }], [{ sheet: "Лист1" }]],
    [[{ sheet: "Лист1", kind: "oge", year: 2023.5 }], [{ sheet: "Лист1", kind: "oge" }]],
    [
      [
        {
          sheet: "Лист1",
          year: null,
          columns: [{ header: "Балл", role: "avgScore" }, { header: "X", role: "nope" }, 5],
        },
      ],
      [{ sheet: "Лист1", year: null, columns: [{ header: "Балл", role: "avgScore" }, { header: "X" }] }],
    ],
  ])("parseCorrections(%j)", (raw, expected) => {
    expect(parseCorrections(raw)).toEqual(expected);
  });

  test("patches merge per sheet, and an emptied correction disappears", () => {
    let list = applyPatch([], "Лист3", { kind: "oge" });
    list = applyPatch(list, " лист3 ", { year: 2023 });
    list = applyPatch(list, "Лист3", { column: { header: "Балл", role: "avgScore" } });
    expect(list).toEqual([
      { sheet: "Лист3", kind: "oge", year: 2023, columns: [{ header: "Балл", role: "avgScore" }] },
    ]);
    list = applyPatch(list, "Лист3", { column: { header: "балл", reset: true }, kind: null, year: "auto" });
    expect(list).toEqual([]);
    expect(applyPatch([{ sheet: "A", kind: "vpr" }], "A", { resetAll: true })).toEqual([]);
  });

  test("saved in the workbook and applied by readWorkbook", async () => {
    const host = new MemoryHost(sheets);
    await saveCorrections(host, [{ sheet: "Микрорайон", kind: "staffing", year: 2021 }]);
    expect(await loadCorrections(host)).toEqual([{ sheet: "Микрорайон", kind: "staffing", year: 2021 }]);
    const data = await readWorkbook(host);
    const sheet = data.map.sheets.find((s) => s.name === "Микрорайон")!;
    expect([sheet.kind, sheet.kindSource, sheet.year]).toEqual(["staffing", "correction", 2021]);
    await saveCorrections(host, []);
    expect(await host.getSetting("workbookCorrections")).toBeUndefined();
  });
});

describe("measures and procedures", () => {
  test("special schools are recognised by key", () => {
    expect(["ЦО 162", "интернат 2", "221", "цо162x"].map(isSpecialSchool)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  test("the composite indices cover every school; the ФИС ОКО export does not double a procedure", () => {
    for (const id of Object.values(INDEX_IDS)) expect(district.byId.get(id)?.values.size).toBe(60);
    const labels = district.procedures.map((p) => p.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toEqual(
      expect.arrayContaining(["ВПР 5 кл. математика", "ОГЭ математика", "ЕГЭ русский язык"]),
    );
  });
});

describe("status, what-if, mentors' input", () => {
  const byDefault = evaluateAll(input, DEFAULT_CRITERIA_PROFILE);
  const keysOf = (list: typeof byDefault, c: "ШНОР" | "зона риска" | "ШНСУ") =>
    list
      .filter((s) => s.outcome?.categories.includes(c))
      .map((s) => s.key)
      .sort();

  test("the default profile finds the sample's ШНОР list exactly", () => {
    expect(keysOf(byDefault, "ШНОР")).toEqual([...sample.truth.shnorKeys].sort());
  });

  test("the sample's зона риска schools are in the зона риска", () => {
    expect(keysOf(byDefault, "зона риска")).toEqual(expect.arrayContaining(sample.truth.riskKeys));
  });

  test("a lower threshold only adds ШНОР; the what-if names who enters", () => {
    const field = PROFILE_FIELDS.find((f) => f.path === "failShareThreshold")!;
    const edited = setField(DEFAULT_CRITERIA_PROFILE, field, "20")!;
    const change = whatIf(byDefault, evaluateAll(input, edited)).find((c) => c.category === "ШНОР")!;
    expect(change.before).toBe(8);
    expect(change.after).toBe(8 + change.entering.length);
    expect(change.entering.length).toBeGreaterThan(0);
    expect(change.leaving).toEqual([]);
  });

  test.each([
    ["failShareThreshold", "25,5", 25.5],
    ["failShareThreshold", "120", undefined],
    ["failShareThreshold", "abc", undefined],
    ["minLowProcedures", "1,5", undefined],
    ["sampleSize.limited", "5", 5],
  ])("setField %s ← %s", (path, text, expected) => {
    const field = PROFILE_FIELDS.find((f) => f.path === path)!;
    const next = setField(DEFAULT_CRITERIA_PROFILE, field, text);
    expect(next === undefined ? undefined : valueAt(next, path)).toBe(expected);
  });
});

describe("clusters", () => {
  const results = district.byId.get(INDEX_IDS.results)!;
  const context = district.byId.get(INDEX_IDS.sum)!;
  const run = runClusters(district.schools, results, context, "D", 0.25);

  test("special schools are left out with a reason; the rest are clustered 1–4", () => {
    if (!run.ok) throw new Error("run failed");
    const left = run.value.rows.filter((r) => r.cluster === undefined);
    expect(left.map((r) => r.key).sort()).toEqual([...sample.truth.specialKeys].sort());
    expect(left.every((r) => r.reason)).toBe(true);
    expect(run.value.clusters.reduce((n, c) => n + c.count, 0)).toBe(58);
    // Seed 003, model D: the ШНОР are in the low-results clusters (3 or 4) or at a boundary.
    for (const key of ["240", "269", "386", "538", "608"])
      expect(run.value.rows.find((r) => r.key === key)?.cluster).toBe(3);
  });

  test("the sheet plan: formulas over the participating rows, or values; the record at the foot", () => {
    if (!run.ok) throw new Error("run failed");
    const now = new Date("2024-09-01T10:00:00Z");
    const formulas = clusterSheetPlan(run.value, "formulas", now);
    expect(formulas.rows[1][4]).toEqual({
      kind: "formula",
      formula: '=SHNOR.CLUSTER(C2,D2,C$2:C$59,D$2:D$59,"сумма")',
    });
    expect(formulas.rows[1][5]).toEqual({
      kind: "formula",
      formula: '=SHNOR.RISK(C2,D2,C$2:C$59,D$2:D$59,0.25,"сумма")',
    });
    const values = clusterSheetPlan(run.value, "values", now);
    expect(values.rows[1][4]).toEqual({ kind: "number", value: run.value.rows[0].cluster });
    const text = values.rows
      .flat()
      .map((c) => (c.kind === "text" ? c.text : ""))
      .join("\n");
    expect(text).toContain("Модель: D «сумма»");
    expect(text).toContain("2024-09-01T10:00:00.000Z");
    expect(values.mark.generator).toBe("clusters");
  });
});

describe("helpers", () => {
  test("chartScale pads 5 % and maps a flat range to the middle", () => {
    expect(chartScale([0, 10], 0, 110)(5)).toBeCloseTo(55);
    expect(chartScale([3, 3], 0, 100)(3)).toBe(50);
  });

  test("schoolAtRow finds the school of a row, and nothing for a header row", () => {
    const sheet = map.sheets.find((s) => s.name === "ОГЭ 2023")!;
    const m = sheet.schools.matched[3];
    expect(schoolAtRow(map, { sheet: "ОГЭ 2023", row: m.row })).toBe(m.key);
    expect(schoolAtRow(map, { sheet: "ОГЭ 2023", row: 0 })).toBeUndefined();
    expect(schoolAtRow(map, { sheet: "Нет такого", row: 5 })).toBeUndefined();
  });
});
