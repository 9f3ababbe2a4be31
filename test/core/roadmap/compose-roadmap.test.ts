import type { SheetValues } from "../../../src/core/cells/cell-value";
import type { PlanCell } from "../../../src/core/plans/sheet-plan";
import {
  builtInSource,
  composeRoadmapSheets,
  needsMentorPairs,
  resolveTemplate,
  shnorSchools,
  templateSheetPlan,
} from "../../../src/core/roadmap/sheet";
import { BUILT_IN_TEMPLATES, builtInTemplate } from "../../../src/core/roadmap/templates";
import { buildWorkbookMap, type WorkbookMap } from "../../../src/core/workbook/workbook-map";
import { memoryValue } from "../../../src/hosts/memory-host";
import { generateSampleDistrict } from "../../../src/sample";

const sampleSheets: SheetValues[] = generateSampleDistrict().sheets.map((s) => ({
  name: s.name,
  firstRow: 0,
  firstColumn: 0,
  values: s.values,
}));
const CREATED = "2024-09-02T09:00:00.000Z";

/** A template sheet as the user would have it after writing it to Excel (the plan's values). */
function templateSheet(id: string, name = `Шаблон ${id}`, edit?: (rows: SheetValues["values"]) => void) {
  const plan = templateSheetPlan(builtInTemplate(id)!, { version: "0.1.0", createdAt: CREATED });
  const values = plan.rows.map((row) => row.map((c: PlanCell) => memoryValue(c)));
  edit?.(values);
  return { name, firstRow: 0, firstColumn: 0, values } satisfies SheetValues;
}

const textsOf = (rows: readonly (readonly PlanCell[])[]) =>
  rows.flatMap((r) => r.map((c) => (c.kind === "text" ? c.text : "")));

describe("resolveTemplate", () => {
  test.each(BUILT_IN_TEMPLATES.map((t) => [t.id]))("built-in «%s» by id, with its document", (id) => {
    const found = resolveTemplate(id, sampleSheets);
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    expect(found.template.id).toBe(id);
    expect(found.source).toBe(builtInSource(found.template));
    expect(found.source).toMatch(/^встроенный шаблон; \S/u);
    expect(found.findings).toEqual([]);
  });

  test("an unknown name lists the built-in ids and the workbook's template sheets", () => {
    const sheets = [...sampleSheets, templateSheet("district-plan")];
    const found = resolveTemplate("план 2019", sheets);
    expect(found).toEqual({
      ok: false,
      reason: "not-found",
      builtIn: BUILT_IN_TEMPLATES.map((t) => t.id),
      templateSheets: ["Шаблон district-plan"],
    });
  });

  test("a template sheet by its name, in any case, with the edits the methodist made", () => {
    const sheet = templateSheet("district-plan", "Шаблон district-plan", (rows) => {
      const activity = rows.findIndex((r) => r[0] === "мероприятие");
      rows[activity][2] = "Выездной семинар для заместителей директоров ШНОР";
    });
    const found = resolveTemplate("шаблон DISTRICT-PLAN", [...sampleSheets, sheet]);
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    expect(found.sheet).toBe("Шаблон district-plan");
    expect(found.source).toBe("лист книги «Шаблон district-plan»");
    expect(JSON.stringify(found.template)).toContain("Выездной семинар для заместителей директоров ШНОР");
  });

  test("a sheet that is not a valid template: invalid, with findings at cells", () => {
    const broken: SheetValues = {
      name: "Мой план",
      firstRow: 2,
      firstColumn: 1,
      values: [
        ["Тип строки", "№ п/п", "Текст"],
        ["непонятно", "1", "что-то"],
      ],
    };
    const found = resolveTemplate("Мой план", [broken]);
    expect(found.ok).toBe(false);
    if (found.ok || found.reason !== "invalid") throw new Error("expected invalid");
    expect(found.sheet).toBe("Мой план");
    expect(found.findings.some((f) => f.severity === "error")).toBe(true);
    for (const f of found.findings) expect(f.cell).toMatch(/^[A-Z]+\d+$/u);
  });
});

describe("composeRoadmapSheets on the sample district", () => {
  let map: WorkbookMap;
  beforeAll(() => (map = buildWorkbookMap(sampleSheets)));
  const request = (id: string, schools = shnorSchools(map).schools) => ({
    template: builtInTemplate(id)!,
    source: builtInSource(builtInTemplate(id)!),
    year: 2025,
    district: "Кировский район",
    schools,
    schoolSource: shnorSchools(map).source,
    version: "0.1.0",
    createdAt: CREATED,
  });

  test("a district template: one sheet «Дорожная карта 2025» naming the chosen schools", () => {
    const chosen = shnorSchools(map).schools.slice(0, 3);
    const sheets = composeRoadmapSheets(map, request("district-plan", chosen));
    expect(sheets).toHaveLength(1);
    expect(sheets[0].plan.name).toBe("Дорожная карта 2025");
    const line = textsOf(sheets[0].plan.rows).find((t) => t.startsWith("Школы"));
    const listed = /: (.*)\.$/u.exec(line ?? "")?.[1].split("; ");
    expect(listed).toEqual(chosen.map((s) => s.name));
  });

  test("a school-scope template: one sheet per chosen school, keyed by the school", () => {
    const chosen = shnorSchools(map).schools.slice(0, 2);
    const sheets = composeRoadmapSheets(map, request("individual-school", chosen));
    expect(sheets.map((s) => s.plan.name)).toEqual(chosen.map((s) => `Дорожная карта 2025 ${s.key}`));
    expect(textsOf(sheets[0].plan.rows).join("\n")).toContain("модель A «контингент»");
  });

  test("a school-scope template with no school gives no sheet", () => {
    expect(composeRoadmapSheets(map, request("individual-school", []))).toEqual([]);
  });

  test("the mentoring template fills mentor pairs, never a ШНОР as a mentor", () => {
    expect(needsMentorPairs(builtInTemplate("school-to-school")!)).toBe(true);
    expect(needsMentorPairs(builtInTemplate("district-plan")!)).toBe(false);
    const sheets = composeRoadmapSheets(map, request("school-to-school"));
    expect(sheets).toHaveLength(1);
    expect(textsOf(sheets[0].plan.rows).join("\n")).toContain("SHNOR.MENTOR");
  });
});
