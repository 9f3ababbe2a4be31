import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { a1 } from "../../src/core/cells/a1";
import { DEFAULT_CRITERIA_PROFILE } from "../../src/core/criteria";
import {
  buildMonitoringModel,
  changeOf,
  COLUMNS,
  MATRIX,
  monitoringFigures,
  monitoringLayout,
  signOf,
  STATUS_ROWS,
  TARGET_ROWS,
} from "../../src/core/monitoring";
import { buildWorkbookMap } from "../../src/core/workbook/workbook-map";
import { monitorCommand } from "../../src/cli/monitor";
import type { CliIo } from "../../src/cli/io";
import { XlsxHost } from "../../src/hosts/xlsx-host";
import { cachedValue, libreOfficeSkipReason, readRecalculated, recalcXlsx } from "../libreoffice/recalc";

const SAMPLE = "examples/kirov-district-sample.xlsx";

function captureIo(): CliIo & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
  };
  return io;
}

const digest = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("shnor monitor", () => {
  const dir = mkdtempSync(join(tmpdir(), "shnor-monitor-"));
  const input = join(dir, "район.xlsx");
  const output = join(dir, "итог.xlsx");
  copyFileSync(SAMPLE, input);
  const before = digest(input);

  it("writes the «Мониторинг» tab to -o and leaves the input untouched", async () => {
    const io = captureIo();
    expect(await monitorCommand.run([input, "-o", output], io)).toBe(0);
    expect(io.out).toContain("лист «Мониторинг»");
    expect(digest(input)).toBe(before);
    const book = await XlsxHost.open(output);
    expect(await book.sheetNames()).toContain("Мониторинг");
    const zip = await JSZip.loadAsync(readFileSync(output));
    expect(Object.keys(zip.files).some((f) => /^xl\/charts\/chart.*\.xml$/u.test(f))).toBe(true);
  });

  it("exits 2 with a Russian reason for a missing file or extra arguments", async () => {
    const io = captureIo();
    expect(await monitorCommand.run([join(dir, "нет.xlsx")], io)).toBe(2);
    expect(io.err).toContain("не найден");
    expect(await monitorCommand.run([input, input], captureIo())).toBe(2);
  });

  const reason = libreOfficeSkipReason();
  if (reason) console.warn(reason);
  (reason ? it.skip : it)(
    "gives the core's own changes, signs, shares, marks and status × change view after LibreOffice recalculates",
    async () => {
      const io = captureIo();
      const file = join(dir, "пересчёт.xlsx");
      expect(await monitorCommand.run([input, "-o", file], io)).toBe(0);
      const recalculated = await readRecalculated(await recalcXlsx(file));
      const tab = recalculated.getWorksheet("Мониторинг")!;
      const map = buildWorkbookMap(await (await XlsxHost.open(input)).readSheets());
      const built = buildMonitoringModel(map, {
        profile: DEFAULT_CRITERIA_PROFILE,
        version: "t",
        createdAt: "t",
      });
      if (!built.ok) throw new Error(built.issue.code);
      const model = built.value;
      const figures = monitoringFigures(model);
      const layout = monitoringLayout(model);
      const at = (row: number, column: number) => cachedValue(tab, a1(row, column));
      let compared = 0;
      model.schools.forEach((school, i) => {
        const row = layout.schoolRows[i];
        const f = figures.schools[i];
        expect(at(row, COLUMNS.key)).toBe(school.key);
        expect(at(row, COLUMNS.exit)).toBe(f.exit ? 1 : 0);
        expect(at(row, COLUMNS.positive)).toBe(f.positiveChanges ? 1 : 0);
        expect(at(row, COLUMNS.contextCount)).toBe(f.positiveContext);
        for (const c of layout.columns) {
          const pair = c.indicator.values.get(school.key)!;
          const change = changeOf(pair);
          const sign = signOf(c.indicator.def, pair, model.profile.tolerance);
          if (change === undefined) {
            expect(at(row, c.change)).toBe("");
            continue;
          }
          expect(at(row, c.change) as number).toBeCloseTo(change, 6);
          expect(at(row, c.sign)).toBe(sign);
          compared++;
        }
      });
      expect(compared).toBeGreaterThan(200);
      const share = (row: number) => at(row, 2) as number;
      expect(share(TARGET_ROWS.positiveDynamics)).toBeCloseTo(figures.shares.positiveDynamics, 9);
      expect(share(TARGET_ROWS.positiveChanges)).toBeCloseTo(figures.shares.positiveChanges, 9);
      expect(share(TARGET_ROWS.exit)).toBeCloseTo(figures.shares.exit, 9);
      const mark = (met: boolean) => (met ? "достигнут" : "не достигнут");
      expect(at(TARGET_ROWS.positiveDynamics, 4)).toBe(mark(figures.met.positiveDynamics));
      expect(at(TARGET_ROWS.positiveChanges, 4)).toBe(mark(figures.met.positiveChanges));
      expect(at(TARGET_ROWS.exit, 4)).toBe(mark(figures.met.exit));
      STATUS_ROWS.forEach((status, i) =>
        figures.matrix[status].forEach((count, j) =>
          expect(at(MATRIX.firstRow + i, MATRIX.column + 1 + j)).toBe(count),
        ),
      );
    },
    180_000,
  );
});
