import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { columnLetters } from "../../src/core/cells/a1";
import { planFromTemplate } from "../../src/core/roadmap/plan";
import {
  DONE_STATUS,
  excelDateSerial,
  overdueFormula,
  roadmapSheetPlan,
  type RoadmapLayout,
} from "../../src/core/roadmap/sheet";
import { kirovDistrictPlan, schoolToSchoolMentoring } from "../../src/core/roadmap/templates";
import type { RoadmapTemplate } from "../../src/core/roadmap/template";
import { XlsxHost } from "../../src/hosts/xlsx-host";
import { cachedValue, libreOfficeSkipReason, readRecalculated, recalcXlsx } from "./recalc";

const skip = libreOfficeSkipReason();
if (skip) console.warn(skip);
const maybe = skip ? describe.skip : describe;

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "shnor-lo-roadmap-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PAST = "2001-03-31";
const FUTURE = "2099-12-31";

/** A deterministic choice of statuses and due dates over the activities: every combination occurs. */
function scenario(layout: RoadmapLayout) {
  return layout.activities.map((a, i) => ({
    ...a,
    status: i % 3 === 0 ? DONE_STATUS : i % 3 === 1 ? "в работе" : "не начато",
    due: i % 4 === 3 ? undefined : i % 2 === 0 ? PAST : FUTURE,
  }));
}

maybe("LibreOffice recalculates the roadmap's native formulas", () => {
  test.each([
    ["district-plan", kirovDistrictPlan],
    ["school-to-school", schoolToSchoolMentoring],
  ] as [string, RoadmapTemplate][])(
    "%s: progress by section, overall share and the overdue rule match the core's figures",
    async (id, template) => {
      const plan = planFromTemplate(template, {
        year: 2024,
        district: "Кировский район",
        schools: [],
        mentorPairs: [
          { mentor: "ГБОУ СОШ № 391", mentee: "ГБОУ СОШ № 223" },
          { mentor: "ГБОУ СОШ № 509", mentee: "ГБОУ СОШ № 240" },
          { mentor: "ГБОУ СОШ № 221", mentee: "ГБОУ СОШ № 386" },
        ],
      });
      const { plan: sheetPlan, layout } = roadmapSheetPlan(plan, {
        version: "0.1.0",
        createdAt: "2024-01-15T09:30:00Z",
        source: "встроенный шаблон",
      });
      const host = new XlsxHost();
      const { name } = await host.writeSheetPlan(sheetPlan);
      const sheet = host.workbook.getWorksheet(name)!;
      const rows = scenario(layout);
      const cell = (row: number, column: number) => sheet.getCell(row + 1, column + 1);
      for (const a of rows) {
        cell(a.row, layout.columns.status).value = a.status;
        cell(a.row, layout.columns.due).value = a.due ? excelDateSerial(a.due) : null;
      }
      // The overdue rule, evaluated in a helper column right of the table for every body row.
      const probe = layout.width + 1;
      for (let r = layout.body.first; r <= layout.body.last; r++)
        cell(r, probe).value = { formula: overdueFormula(layout.columns, r) };
      const file = join(dir, `${id}.xlsx`);
      await host.save(file);

      const book = await readRecalculated(await recalcXlsx(file, { outDir: join(dir, "out") }));
      const recalculated = book.getWorksheet(name)!;
      const value = (row: number, column: number) =>
        cachedValue(recalculated, `${columnLetters(column)}${row + 1}`);

      const overdue = (a: (typeof rows)[number]) => a.due === PAST && a.status !== DONE_STATUS;
      const { summary } = layout;
      layout.sections.forEach((section, i) => {
        const mine = rows.filter((a) => a.section === section.index);
        const done = mine.filter((a) => a.status === DONE_STATUS).length;
        const row = summary.sectionRows[i].row;
        expect({
          section: section.label,
          total: value(row, summary.columns.total),
          done: value(row, summary.columns.done),
          share: Number(value(row, summary.columns.share)),
          overdue: value(row, summary.columns.overdue),
        }).toEqual({
          section: section.label,
          total: mine.length,
          done,
          share: expect.closeTo(mine.length ? done / mine.length : 0, 10),
          overdue: mine.filter(overdue).length,
        });
      });
      const done = rows.filter((a) => a.status === DONE_STATUS).length;
      expect(value(summary.totalRow, summary.columns.total)).toBe(rows.length);
      expect(value(summary.totalRow, summary.columns.done)).toBe(done);
      expect(Number(value(summary.totalRow, summary.columns.share))).toBeCloseTo(done / rows.length, 10);
      expect(value(summary.totalRow, summary.columns.overdue)).toBe(rows.filter(overdue).length);
      expect(rows.filter(overdue).length).toBeGreaterThan(0);

      // The sheet's own rule survives LibreOffice's load and save unchanged, over the whole body.
      const formats = (
        recalculated as unknown as {
          conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[];
        }
      ).conditionalFormattings;
      expect(formats.map((f) => [f.ref, f.rules.flatMap((r) => r.formulae ?? [])])).toContainEqual([
        `A${layout.body.first + 1}:${columnLetters(layout.width - 1)}${layout.body.last + 1}`,
        [overdueFormula(layout.columns, layout.body.first)],
      ]);

      const byRow = new Map(rows.map((a) => [a.row, a]));
      for (let r = layout.body.first; r <= layout.body.last; r++) {
        const a = byRow.get(r);
        expect({ row: r + 1, overdue: value(r, probe) }).toEqual({
          row: r + 1,
          overdue: a ? overdue(a) : false,
        });
      }
    },
  );
});
