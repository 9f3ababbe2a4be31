import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { bufferIo, EXIT } from "../../src/cli/io";
import { runCli } from "../../src/cli/run-cli";
import { XlsxHost } from "../../src/hosts/xlsx-host";
import { GENERATED_SHEETS_KEY } from "../../src/hosts/plan-writer";
import { templateActivities } from "../../src/core/roadmap/template";
import { kirovDistrictPlan } from "../../src/core/roadmap/templates";
import { generateSampleDistrict } from "../../src/sample";

const SAMPLE = path.resolve(__dirname, "..", "..", "examples", "kirov-district-sample.xlsx");
const truth = generateSampleDistrict().truth;
const shnor = truth.schools.filter((s) => s.shnor);

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), "shnor-roadmap-cli-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

async function run(...argv: string[]) {
  const io = bufferIo();
  const code = await runCli(["roadmap", ...argv], io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

async function sheetTexts(file: string, name: string): Promise<string[][]> {
  const [sheet] = await (await XlsxHost.open(file)).readSheets([name]);
  return sheet.values.map((r) => r.map((v) => (v === null || v === undefined ? "" : String(v))));
}

describe("shnor roadmap on the sample", () => {
  test("writes «Дорожная карта 2024» from the district plan into -o, leaving the input untouched", async () => {
    const before = hash(SAMPLE);
    const out = path.join(dir, "district.xlsx");
    const r = await run(SAMPLE, "--template", "district-plan", "--year", "2024", "-o", out);
    expect(r).toMatchObject({ code: EXIT.ok });
    expect(r.out).toContain("«Дорожная карта 2024»");
    expect(hash(SAMPLE)).toBe(before);
    const host = await XlsxHost.open(out);
    const names = await host.sheetNames();
    expect(names).toEqual([...truth.sheets.map((s) => s.name), "Дорожная карта 2024"]);
    expect(await host.getSetting(GENERATED_SHEETS_KEY)).toMatchObject({
      "Дорожная карта 2024": { generator: "roadmap:district-plan" },
    });
    const rows = await sheetTexts(out, "Дорожная карта 2024");
    const flat = rows.flat();
    expect(flat.some((t) => /Кировского района/u.test(t) && /2024/u.test(t))).toBe(true);
    const statuses = flat.filter((t) => t === "не начато");
    expect(statuses).toHaveLength(templateActivities(kirovDistrictPlan).length);
    const foot = flat.find((t) => t.startsWith("Школы ("))!;
    for (const s of shnor) expect(foot).toContain(`№ ${s.number}`);
    expect(foot).toContain("«Список ОО»");
  });

  test("regenerating into the same file replaces only the generated sheet", async () => {
    const file = path.join(dir, "again.xlsx");
    copyFileSync(SAMPLE, file);
    expect((await run(file, "--template", "district-plan", "--year", "2024", "-o", file)).code).toBe(EXIT.ok);
    expect((await run(file, "--template", "district-plan", "--year", "2024", "-o", file)).code).toBe(EXIT.ok);
    const names = await (await XlsxHost.open(file)).sheetNames();
    expect(names.filter((n) => n.startsWith("Дорожная карта"))).toEqual(["Дорожная карта 2024"]);
  });

  test("without -o writes next to the input", async () => {
    const file = path.join(dir, "район.xlsx");
    copyFileSync(SAMPLE, file);
    const before = hash(file);
    expect((await run(file, "--template", "leningrad-plan-graph", "--year", "2025")).code).toBe(EXIT.ok);
    expect(existsSync(path.join(dir, "район-roadmap.xlsx"))).toBe(true);
    expect(hash(file)).toBe(before);
  });

  test("the individual template gives one sheet per ШНОР with its cluster and status", async () => {
    const out = path.join(dir, "individual.xlsx");
    expect((await run(SAMPLE, "--template", "individual-school", "--year", "2024", "-o", out)).code).toBe(
      EXIT.ok,
    );
    const names = await (await XlsxHost.open(out)).sheetNames();
    expect(names.filter((n) => n.startsWith("Дорожная карта"))).toEqual(
      shnor.map((s) => `Дорожная карта 2024 ${s.key}`),
    );
    const school = shnor.find((s) => !s.special)!;
    const flat = (await sheetTexts(out, `Дорожная карта 2024 ${school.key}`)).flat();
    const line = flat.find((t) => t.startsWith("Кластер районной модели"))!;
    expect(line).toMatch(
      /^Кластер районной модели: [1-4]; статус: ШНОР; риск перехода в кластер: (нет|[1-4])$/u,
    );
    expect(flat.some((t) => t.startsWith("Кластер и риск перехода: модель A «контингент»"))).toBe(true);
    expect(
      flat.some((t) => t.startsWith("Результат — успеваемость по ВПР") && t.includes("«ВПР 2023»")),
    ).toBe(true);
  });

  test("the mentoring template pairs every ШНОР with a mentor that is not a ШНОР", async () => {
    const out = path.join(dir, "mentoring.xlsx");
    expect((await run(SAMPLE, "--template", "school-to-school", "--year", "2024", "-o", out)).code).toBe(
      EXIT.ok,
    );
    const rows = await sheetTexts(out, "Дорожная карта 2024");
    const header = rows.find((r) => r.includes("Школа-наставник"))!;
    const [m, e] = [header.indexOf("Школа-наставник"), header.indexOf("Школа-наставляемый")];
    const pairs = rows.filter((r) => /^1\.4\.\d+$/u.test(r[0])).map((r) => [r[m], r[e]]);
    expect(pairs).toHaveLength(shnor.length);
    expect(rows.flat().some((t) => t.startsWith("Пары «наставник — наставляемый»: SHNOR.MENTOR"))).toBe(true);
    const shnorNumbers = new Set(shnor.map((s) => `№ ${s.number}`));
    for (const [mentor, mentee] of pairs) {
      expect([...shnorNumbers].some((n) => mentee.includes(n))).toBe(true);
      expect(mentor).toMatch(/№ \d+/u);
      expect([...shnorNumbers].some((n) => new RegExp(`${n}(\\D|$)`, "u").test(mentor))).toBe(false);
    }
  });

  test("a template sheet written by --template-sheet generates a plan", async () => {
    const withTemplate = path.join(dir, "with-template.xlsx");
    const r1 = await run(SAMPLE, "--template", "district-plan", "--template-sheet", "-o", withTemplate);
    expect(r1.code).toBe(EXIT.ok);
    expect(r1.out).toContain("«Шаблон district-plan»");
    const out = path.join(dir, "from-sheet.xlsx");
    const r2 = await run(withTemplate, "--template", "шаблон DISTRICT-plan", "--year", "2026", "-o", out);
    expect(r2).toMatchObject({ code: EXIT.ok, err: "" });
    const flat = (await sheetTexts(out, "Дорожная карта 2026")).flat();
    expect(flat.some((t) => t.includes("лист книги «Шаблон district-plan»"))).toBe(true);
  });
});

describe("shnor roadmap: errors", () => {
  test("an invalid template sheet is refused with its cells and Russian messages, exit 2", async () => {
    const file = path.join(dir, "broken-template.xlsx");
    expect((await run(SAMPLE, "--template", "district-plan", "--template-sheet", "-o", file)).code).toBe(
      EXIT.ok,
    );
    const host = await XlsxHost.open(file);
    const sheet = host.workbook.getWorksheet("Шаблон district-plan")!;
    let row = 0;
    sheet.eachRow((r, n) => {
      if (row === 0 && r.getCell(1).value === "мероприятие") row = n;
    });
    sheet.getCell(`A${row}`).value = "меро";
    await host.save(file);
    const out = path.join(dir, "never.xlsx");
    const r = await run(file, "--template", "Шаблон district-plan", "-o", out);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain(`«Шаблон district-plan»!A${row}: ошибка:`);
    expect(r.err).toContain("«меро»");
    expect(r.err).toContain("не принят как шаблон");
    expect(existsSync(out)).toBe(false);
  });

  test.each([
    [["--template", "district-plan"], /Не указан файл/u],
    [[SAMPLE], /Не указан шаблон/u],
    [[SAMPLE, "--template", "нет-такого"], /Шаблон «нет-такого» не найден\. Встроенные: district-plan/u],
    [[SAMPLE, "--template", "district-plan", "--year", "24"], /Год «24» не подходит/u],
    [[path.join(__dirname, "нет.xlsx"), "--template", "district-plan"], /не найден/u],
    [[SAMPLE, "--template", "district-plan", "--bad"], /Неизвестный параметр «--bad»/u],
  ])("%j exits 2 with a Russian message", async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(message);
    expect(r.out).toBe("");
  });

  test("--help describes the templates and the individual layout", async () => {
    const r = await run("--help");
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain("individual-school");
    expect(r.out).toContain("отдельный лист на каждую ШНОР");
  });
});
