import { a1 } from "../../../src/core/cells/a1";
import type { SheetValues } from "../../../src/core/cells/cell-value";
import { parseNumber } from "../../../src/core/cells/russian-number";
import { DEFAULT_CRITERIA_PROFILE, quality, success } from "../../../src/core/criteria";
import {
  buildMonitoringModel,
  monitoringFigures,
  monitoringSheetPlan,
  SUMMARY_ID,
  type MonitoringModel,
} from "../../../src/core/monitoring";
import { buildWorkbookMap, type WorkbookMap } from "../../../src/core/workbook/workbook-map";
import { XlsxHost } from "../../../src/hosts/xlsx-host";
import { generateSampleDistrict } from "../../../src/sample";

const OPTIONS = { profile: DEFAULT_CRITERIA_PROFILE, version: "0.1.0", createdAt: "2024-03-15T09:00:00Z" };
let sheets: SheetValues[];
let map: WorkbookMap;
let model: MonitoringModel;

beforeAll(async () => {
  sheets = await (await XlsxHost.open("examples/kirov-district-sample.xlsx")).readSheets();
  map = buildWorkbookMap(sheets);
  const built = buildMonitoringModel(map, OPTIONS);
  if (!built.ok) throw new Error(built.issue.code);
  model = built.value;
});

/** The value of an A1 cell of a sheet, through the sheet's offsets. */
function cellValue(sheet: string, address: string) {
  const s = sheets.find((x) => x.name === sheet)!;
  const m = /^([A-Z]+)(\d+)$/u.exec(address)!;
  const column = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return s.values[Number(m[2]) - 1 - s.firstRow]?.[column - s.firstColumn];
}

/** The number a source cell holds, read with its column's units (percent, fractions) from the map. */
function sourceNumber(sheet: string, address: string): number {
  const table = map.sheets.find((s) => s.name === sheet)!.table!;
  const column = table.columns.find(
    (c) => a1(0, c.index).replace(/\d+/u, "") === address.replace(/\d+/u, ""),
  )!;
  const parsed = parseNumber(cellValue(sheet, address), {
    percent: column.percent,
    fractions: column.fractions,
  });
  if (!parsed.ok) throw new Error(`${sheet}!${address}: ${parsed.issue.code}`);
  return parsed.value;
}

describe("buildMonitoringModel on the sample workbook", () => {
  it("takes the ШНОР list from the district's flag column and says so", () => {
    expect(model.list).toMatchObject({ kind: "flag", sheet: "Список ОО", year: 2023 });
    expect(new Set(model.schools.map((s) => s.key))).toEqual(
      new Set(generateSampleDistrict().truth.shnorKeys),
    );
    for (const school of model.schools) expect(cellValue("Список ОО", school.listCell!)).not.toBe("");
    expect(model.years).toEqual({ before: 2022, after: 2023 });
    expect(model.district).toBe("Кировский район");
  });

  it("traces every base value of every ШНОР to the cells it came from", () => {
    let checked = 0;
    for (const indicator of model.indicators) {
      if (indicator.def.id === SUMMARY_ID) continue;
      for (const pair of indicator.values.values())
        for (const v of pair) {
          if (!v) continue;
          const [source] = v.sources;
          const numbers = source.cells.map((c) => sourceNumber(source.sheet, c));
          let expected: number;
          if (source.cells.length === 4) {
            const marks = { n2: numbers[0], n3: numbers[1], n4: numbers[2], n5: numbers[3] };
            const r = indicator.def.id.endsWith("|success") ? success(marks) : quality(marks);
            expected = r.ok ? r.value : NaN;
          } else expected = numbers[0];
          expect(v.value).toBeCloseTo(expected, 9);
          checked++;
        }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it("weights the summary успеваемость by participants over procedures of both years", () => {
    const summary = model.indicators[0];
    expect(summary.def.id).toBe(SUMMARY_ID);
    for (const [before, after] of summary.values.values()) {
      expect(before!.sources.length).toBe(after!.sources.length);
      expect(before!.value).toBeGreaterThan(0);
      expect(after!.value).toBeLessThanOrEqual(100);
    }
    // District figure: weighted by participants, so it differs from the plain mean of schools in general.
    expect(summary.district[1]!.participants).toBeGreaterThan(1000);
  });

  it("computes the targets' figures consistently with the per-school figures", () => {
    const f = monitoringFigures(model);
    const n = model.schools.length;
    expect(f.shares.positiveDynamics).toBeCloseTo(f.schools.filter((s) => s.results === 1).length / n);
    for (const s of f.schools)
      expect(s.positiveChanges).toBe(s.results === 1 || (s.results !== -1 && s.positiveContext >= 2));
    expect(f.matrix["ШНОР"][4] + f.matrix["зона риска"][4] + f.matrix["ШНСУ"][4] + f.matrix["—"][4]).toBe(
      f.schools.filter((s) => s.statusRow !== undefined).length,
    );
  });

  it("falls back to the criteria profile (SHNOR.STATUS) when the book keeps no ШНОР flags", () => {
    const unflagged = sheets.map((s) =>
      s.name === "Список ОО"
        ? { ...s, values: s.values.map((row) => row.filter((_, c) => c + s.firstColumn !== 5)) }
        : s,
    );
    const built = buildMonitoringModel(buildWorkbookMap(unflagged), OPTIONS);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.value.list).toEqual({ kind: "status", year: 2022, profile: DEFAULT_CRITERIA_PROFILE.name });
    expect(built.value.schools.length).toBeGreaterThan(0);
    expect(monitoringSheetPlan(built.value).rows[1][0]).toMatchObject({
      text: expect.stringContaining("по профилю критериев"),
    });
  });

  it.each([
    ["no results", (s: SheetValues) => !/ВПР|ОГЭ|ЕГЭ/u.test(s.name), "monitoring-no-results"],
    ["one year", (s: SheetValues) => !/2022/u.test(s.name), "monitoring-one-year"],
  ])("fails with a reason on %s", (_, keep, code) => {
    const built = buildMonitoringModel(buildWorkbookMap(sheets.filter(keep)), OPTIONS);
    expect(built.ok ? undefined : built.issue.code).toBe(code);
  });
});
