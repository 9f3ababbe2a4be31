/**
 * The built task pane in a real browser (Debian Chromium through playwright-core), in preview mode: no Office,
 * the sample district in memory. Serves dist/ from 127.0.0.1 on a random port and lets no request leave the
 * machine (office.js from the CDN is refused, as in a plain browser without network). Builds dist/ first when
 * it is missing or older than src/ (CI runs `npm run build` before `npm test`). Saves the screenshots of
 * docs/screenshots/. Skips, with a printed reason, only outside CI when /usr/bin/chromium is missing.
 */
import { execSync } from "child_process";
import fs from "fs";
import http from "http";
import path from "path";
import type { AddressInfo } from "net";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const SHOTS = path.join(ROOT, "docs", "screenshots");
const CHROMIUM = "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];
const TABS = [
  ["workbook", "Книга"],
  ["validation", "Проверка"],
  ["clusters", "Кластеры"],
  ["criteria", "ШНОР и наставники"],
  ["roadmap", "Дорожная карта"],
  ["monitoring", "Мониторинг"],
] as const;

/** «Лист»!E7 at the start of a finding. */
const ADDRESS = /^«(.+?)»!([A-Z]+\d+)/u;
const TOOL_SCREENS = new Set<string>(["validation", "roadmap", "monitoring"]);

const available = fs.existsSync(CHROMIUM);
if (!available && process.env.CI === "true")
  throw new Error(`${CHROMIUM} is missing: .ci/run installs chromium`);
if (!available)
  console.log(`Браузерные тесты пропущены: нет ${CHROMIUM} (вне CI). / Browser tests skipped: no Chromium.`);
const describeBrowser = available ? describe : describe.skip;

/** The newest modification time of the files under a directory. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(file) : fs.statSync(file).mtimeMs);
  }
  return latest;
}

function ensureBuilt(): void {
  const html = path.join(DIST, "taskpane.html");
  const hasPreview = fs.existsSync(DIST) && fs.readdirSync(DIST).some((f) => f.startsWith("preview-sample"));
  if (fs.existsSync(html) && hasPreview && fs.statSync(html).mtimeMs >= newest(path.join(ROOT, "src")))
    return;
  console.log("Сборка dist/ для браузерных тестов (npx webpack --mode production)…");
  execSync("npx webpack --mode production", { cwd: ROOT, stdio: "ignore" });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

function serve(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = path.normalize(path.join(DIST, decodeURIComponent(url.pathname)));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

describeBrowser("task pane in Chromium (preview on the sample district)", () => {
  let browser: Browser;
  let server: http.Server;
  let base: string;
  const errors: string[] = [];

  beforeAll(async () => {
    ensureBuilt();
    fs.mkdirSync(SHOTS, { recursive: true });
    server = await serve();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function open(query = "", colorScheme: "light" | "dark" = "light"): Promise<Page> {
    // A page of its own context: @axe-core/playwright needs one made by browser.newContext().
    const context = await browser.newContext({
      viewport: { width: 400, height: 860 },
      colorScheme,
      locale: "ru-RU",
    });
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    await page.route("**/*", (route) =>
      route.request().url().startsWith(base) ? route.continue() : route.abort(),
    );
    await page.goto(`${base}/taskpane.html${query}`);
    await page.getByTestId("sheet-card").first().waitFor();
    return page;
  }

  async function tab(page: Page, name: string): Promise<void> {
    await page.getByRole("tab", { name, exact: true }).click();
  }

  /**
   * axe on the page, without Tabster's focus-management dummies: Fluent v9 puts `<i tabindex="0" aria-hidden
   * data-tabster-dummy>` around focus groups on purpose (they hand focus on and are never read out), which axe's
   * aria-hidden-focus rule cannot know. Everything else of the page is checked.
   */
  const axeOf = (page: Page) => new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();

  const setting = (page: Page, key: string) =>
    page.evaluate((k) => window.shnorPreview!.host.getSetting(k), key);

  test("every screen renders; screenshots (light) and axe: no serious or critical violations", async () => {
    const page = await open();
    const violations: string[] = [];
    for (const [id, name] of TABS) {
      await tab(page, name);
      await page.getByTestId(`screen-${id}`).waitFor();
      await expectVisibleText(page, id);
      // The tool screens are photographed with their results, in their own flows below.
      if (!TOOL_SCREENS.has(id))
        await page.screenshot({ path: path.join(SHOTS, `${id}.png`), fullPage: false });
      const axe = await axeOf(page);
      for (const v of axe.violations)
        if (v.impact === "serious" || v.impact === "critical")
          violations.push(
            `${id}: ${v.id} (${v.impact}) ${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 3)
              .join("; ")}`,
          );
    }
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  /** axe's serious and critical violations, as «rule (impact) targets» lines. */
  async function seriousViolations(page: Page): Promise<string[]> {
    const axe = await axeOf(page);
    return axe.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v) =>
          `${v.id} (${v.impact}) ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join("; ")}`,
      );
  }

  async function expectVisibleText(page: Page, id: string): Promise<void> {
    const screen = page.getByTestId(`screen-${id}`);
    const text = await screen.innerText();
    expect(text.trim().length).toBeGreaterThan(20);
    expect(text).not.toMatch(/undefined|NaN|\[object/u);
  }

  test("dark theme screenshot, with readable text (axe colour contrast included)", async () => {
    const page = await open("?theme=dark", "dark");
    await tab(page, "Кластеры");
    await page.getByTestId("scatter").waitFor();
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector("main")!).backgroundColor,
    );
    expect(background).not.toBe("rgb(255, 255, 255)");
    await page.screenshot({ path: path.join(SHOTS, "clusters-dark.png") });
    expect(await seriousViolations(page)).toEqual([]);
    // The findings list and the monitoring targets (coloured text) stay readable in the dark theme too.
    await tab(page, "Проверка");
    await page.getByRole("button", { name: "Проверить книгу" }).click();
    await page.getByTestId("findings-warning").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await tab(page, "Мониторинг");
    await page.getByRole("button", { name: "Сформировать мониторинг" }).click();
    await page.getByTestId("monitoring-summary").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  test("Книга: the map of the sample; a corrected kind is saved in the workbook and used", async () => {
    const page = await open();
    await expectLocator(page.getByTestId("sheet-card")).toHaveCount(12);
    const card = page
      .getByTestId("sheet-card")
      .filter({ has: page.locator("summary", { hasText: /^Микрорайон —/u }) });
    await card.locator("summary").click();
    await card.getByRole("combobox", { name: "Вид листа" }).selectOption("staffing");
    await expectLocator(card.locator("summary")).toContainText("Кадры");
    await expectLocator(card.locator("summary")).toContainText("исправлено вами");
    expect(await setting(page, "workbookCorrections")).toEqual([{ sheet: "Микрорайон", kind: "staffing" }]);
    await page.context().close();
  });

  test("Кластеры: chart with mean lines, legend by keyboard, the sheet written with SHNOR formulas", async () => {
    const page = await open();
    await tab(page, "Кластеры");
    const chart = page.getByTestId("scatter");
    await chart.waitFor();
    expect(await chart.locator("circle").count()).toBe(58); // 60 schools less ЦО 162 and the boarding school
    await expectLocator(page.getByTestId("mean-x")).toHaveCount(1);
    await expectLocator(page.getByTestId("cluster-descriptions")).toContainText("низкие результаты");
    const legend = page.getByRole("button", { name: /Кластер 3/u });
    await legend.focus();
    await page.keyboard.press("Enter");
    await expectLocator(legend).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("button", { name: "Записать лист «Кластеры»" }).click();
    await expectLocator(page.getByTestId("task-outcome")).toContainText("Лист «Кластеры» создан");
    const written = await page.evaluate(async () => {
      const host = window.shnorPreview!.host;
      return { plan: host.plans.get("Кластеры"), names: await host.sheetNames() };
    });
    expect(written.names).toContain("Кластеры");
    const cell = written.plan!.rows[1][4];
    expect(cell.kind).toBe("formula");
    expect(cell.kind === "formula" ? cell.formula : "").toMatch(
      /^=SHNOR\.CLUSTER\(C2,D2,C\$2:C\$59,D\$2:D\$59,"сумма"\)$/u,
    );
    await page.context().close();
  });

  test("Кластеры, k-средних: measures, k and seed; descriptions, stability; the sheet with its record", async () => {
    const page = await open();
    await tab(page, "Кластеры");
    await page.getByRole("combobox", { name: "Модель" }).selectOption("kmeans");
    const seed = page.getByRole("textbox", { name: "Seed (начальное значение генератора)" });
    await expectLocator(seed).toHaveValue("1");
    await expectLocator(page.getByRole("combobox", { name: "Число кластеров k" })).toHaveValue("4");
    const descriptions = page.getByTestId("kmeans-descriptions");
    await expectLocator(descriptions.locator("li")).toHaveCount(4);
    await expectLocator(descriptions).toContainText("низкие результаты");
    await expectLocator(descriptions).toContainText("контингент сложнее среднего");
    const stability = page.getByTestId("kmeans-stability");
    await expectLocator(stability).toContainText("из 50 запусков");
    await expectLocator(stability).toContainText("Пограничные школы");
    const borderline = await page.getByTestId("kmeans-borderline").locator("li").allInnerTexts();
    expect(borderline.length).toBeGreaterThan(0);
    for (const line of borderline) expect(line).toMatch(/— кластер [1-4], \d+ %$/u);
    const chart = page.getByTestId("scatter");
    expect(await chart.locator("circle").count()).toBe(58);
    expect(await chart.locator("circle[data-cluster='4']").count()).toBeGreaterThan(0);
    // A third measure and another seed: the descriptions speak of it, the seed is what the sheet records.
    await page.getByRole("combobox", { name: "Показатель 3 (необязательно)" }).selectOption("index:staffing");
    await expectLocator(descriptions).toContainText("кадровое обеспечение");
    await seed.fill("7");
    await page.screenshot({ path: path.join(SHOTS, "clusters-kmeans.png"), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Записать лист «Кластеры»" }).click();
    await expectLocator(page.getByTestId("task-outcome")).toContainText("Лист «Кластеры» создан");
    const plan = await page.evaluate(() => window.shnorPreview!.host.plans.get("Кластеры"));
    const cell = plan!.rows[1][5];
    expect(cell.kind === "formula" ? cell.formula : cell.kind).toBe("=SHNOR.KMEANS(C2:E59,4,7)");
    const texts = plan!.rows.flat().map((c) => (c.kind === "text" ? c.text : ""));
    expect(texts).toContain("Метод: k-средних на стандартизированных показателях; k = 4; seed = 7");
    expect(texts).toContain("Устойчивость: 50 запусков, seed 7…56; пограничные — ниже 0,8");
    expect(texts.some((t) => /^Надстройка ШНОР \d+\.\d+\.\d+; формулы SHNOR\.KMEANS$/u.test(t))).toBe(true);
    expect(texts.filter((t) => t.startsWith("Показатель "))).toHaveLength(3);
    expect(plan!.rows[0].map((c) => (c.kind === "text" ? c.text : ""))).toContain(
      "Устойчивость (доля запусков)",
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("ШНОР и наставники: the what-if counts move with the threshold before anything is written", async () => {
    const page = await open();
    await tab(page, "ШНОР и наставники");
    const shnor = page.getByTestId("whatif-ШНОР");
    await expectLocator(shnor).toContainText("8 → 8");
    const threshold = page.getByRole("textbox", { name: /Порог доли «2»/u });
    await threshold.fill("20");
    await expectLocator(shnor).not.toContainText("8 → 8");
    const text = await shnor.innerText();
    const [, before, after] = /(\d+) → (\d+)/u.exec(text)!;
    expect(Number(before)).toBe(8);
    expect(Number(after)).toBeGreaterThan(8);
    expect(text).toContain("войдут");
    expect(await setting(page, "criteriaProfile")).toBeUndefined(); // nothing written yet
    await expectLocator(page.getByTestId("mentor-pairs").locator("li").first()).toContainText("наставник");
    await page.getByRole("button", { name: "Сохранить профиль в книге" }).click();
    await expectLocator(page.getByTestId("task-outcome")).toContainText("Профиль сохранён");
    expect(await setting(page, "criteriaProfile")).toMatchObject({ failShareThreshold: 20 });
    await page.context().close();
  });

  test("selection followed: a school row shows its cluster and status", async () => {
    const page = await open();
    const row = await page.evaluate(async () => {
      const [sheet] = await window.shnorPreview!.host.readSheets(["ОГЭ 2023"]);
      return sheet.values.findIndex((r) =>
        r.some((v) => typeof v === "string" && /(?:^|\D)240(?:\D|$)/u.test(v)),
      );
    });
    expect(row).toBeGreaterThan(0);
    await page.evaluate((r) => window.shnorPreview!.select("ОГЭ 2023", r), row);
    const card = page.getByTestId("selection-card");
    await expectLocator(card).toContainText("(240)");
    await expectLocator(card).toContainText("Кластер");
    await expectLocator(card).toContainText("ШНОР");
    await page.context().close();
  });

  test("Проверка: validate → findings by severity → select a cell (click, Enter) → the «Проверка» sheet", async () => {
    const page = await open();
    await tab(page, "Проверка");
    await page.getByRole("button", { name: "Проверить книгу" }).click();
    const totals = page.getByTestId("validation-totals");
    await expectLocator(totals).toContainText("Найдено");
    // The sample district has numbers written as text (warnings) and names spelt differently (notes).
    const warnings = page.getByTestId("findings-warning");
    const notes = page.getByTestId("findings-info");
    await expectLocator(warnings.locator("summary")).toContainText("Предупреждения (");
    const count = Number(/\((\d+)\)/u.exec(await warnings.locator("summary").innerText())![1]);
    expect(count).toBeGreaterThan(0);
    expect(await warnings.locator("li").count()).toBe(Math.min(count, 200));
    await expectLocator(notes.locator("summary")).toContainText("Замечания (");
    await expectLocator(page.getByTestId("findings-error")).toHaveCount(0);

    const first = warnings.locator("li button").first();
    const [, sheet, cell] = ADDRESS.exec(await first.innerText())!;
    await first.click();
    await expectLocator(page.getByTestId("task-outcome")).toContainText(`Выделена ячейка ${cell}`);
    expect(await page.evaluate(() => window.shnorPreview!.host.selection)).toEqual({ sheet, address: cell });

    const second = warnings.locator("li button").nth(1);
    const [, sheetNext, cellNext] = ADDRESS.exec(await second.innerText())!;
    await second.focus();
    await page.keyboard.press("Enter");
    await expectLocator(page.getByTestId("task-outcome")).toContainText(`Выделена ячейка ${cellNext}`);
    expect(await page.evaluate(() => window.shnorPreview!.host.selection)).toEqual({
      sheet: sheetNext,
      address: cellNext,
    });
    await page.screenshot({ path: path.join(SHOTS, "validation.png") });
    expect(await seriousViolations(page)).toEqual([]);

    // Highlights: fills and notes on the offending cells, values untouched; removed in one click.
    const valuesBefore = await page.evaluate(() => window.shnorPreview!.host.readSheets());
    await page.getByRole("button", { name: "Подсветить ячейки с ошибками и предупреждениями" }).click();
    await expectLocator(page.getByTestId("task-outcome")).toContainText("Подсвечено");
    const marked = await page.evaluate(() => [...window.shnorPreview!.host.looks.all().keys()]);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked).toContain(`${sheet}!${cell}`);
    expect(await page.evaluate(() => window.shnorPreview!.host.readSheets())).toEqual(valuesBefore);
    await page.getByRole("button", { name: "Снять подсветку" }).click();
    await expectLocator(page.getByTestId("task-outcome")).toContainText("Подсветка снята");
    expect(await page.evaluate(() => window.shnorPreview!.host.looks.all().size)).toBe(0);

    await page.getByRole("button", { name: "Записать лист «Проверка»" }).click();
    await expectLocator(page.getByTestId("task-outcome")).toContainText("Отчёт «Проверка» создан");
    const report = await page.evaluate(async () => {
      const host = window.shnorPreview!.host;
      const plan = host.plans.get("Проверка");
      return { names: await host.sheetNames(), title: plan?.rows[0][0], rows: plan?.rows.length ?? 0 };
    });
    expect(report.names).toContain("Проверка");
    expect(report.title).toEqual({ kind: "text", text: "Проверка данных книги" });
    expect(report.rows).toBeGreaterThan(count);
    // Validating again leaves the report sheet out: the same totals.
    const before = await totals.innerText();
    const rerun = page.getByRole("button", { name: "Проверить снова" });
    await rerun.click();
    await expectLocator(rerun).toBeEnabled();
    await expectLocator(totals).toContainText(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("Дорожная карта: template, year, district, schools → plan sheet; template sheet → findings at cells", async () => {
    const page = await open();
    await tab(page, "Дорожная карта");
    const screen = page.getByTestId("screen-roadmap");
    await expectLocator(screen.getByRole("textbox", { name: /Район/u })).toHaveValue("Кировский район");
    const schools = page.getByTestId("roadmap-schools").getByRole("checkbox");
    await expectLocator(schools).toHaveCount(8);
    await screen.getByRole("textbox", { name: /Год плана/u }).fill("2025");
    await schools.first().uncheck();
    await expectLocator(page.getByTestId("roadmap-schools")).toContainText("Выбрано 7 из 8");
    await page.screenshot({ path: path.join(SHOTS, "roadmap.png") });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Создать дорожную карту" }).click();
    await expectLocator(page.getByTestId("task-outcome")).toContainText("Лист «Дорожная карта 2025» записан");
    const listed = await page.evaluate(() => {
      const plan = window.shnorPreview!.host.plans.get("Дорожная карта 2025");
      const texts = plan?.rows.flat().map((c) => (c.kind === "text" ? c.text : "")) ?? [];
      return texts.find((t) => t.startsWith("Школы")) ?? "";
    });
    expect(listed.split("; ")).toHaveLength(7);

    await page.getByRole("button", { name: "Создать лист-шаблон для правки" }).click();
    await expectLocator(page.getByTestId("task-outcome")).toContainText(
      "Лист-шаблон «Шаблон district-plan» создан",
    );
    const chooser = screen.getByRole("combobox", { name: "Шаблон" });
    await chooser.selectOption("Шаблон district-plan");
    await expectLocator(screen).toContainText("Лист-шаблон прочитан без замечаний");
    // The methodist mistypes a row type in Excel; the pane reads the sheet again and points at the cell.
    const row = await page.evaluate(() => {
      const host = window.shnorPreview!.host as unknown as {
        sheets: { name: string; values: unknown[][] }[];
      };
      const sheet = host.sheets.find((s) => s.name === "Шаблон district-plan")!;
      const r = sheet.values.findIndex((v) => v[0] === "мероприятие");
      sheet.values[r][0] = "мероприятия?";
      return r;
    });
    await screen.getByRole("button", { name: "Перечитать книгу" }).click();
    const findings = page.getByTestId("template-findings");
    await expectLocator(findings).toContainText(`«Шаблон district-plan»!A${row + 1}`);
    await expectLocator(screen.getByRole("button", { name: "Создать дорожную карту" })).toHaveAttribute(
      "disabled",
      "",
    );
    await findings.locator("li button").first().click();
    expect(await page.evaluate(() => window.shnorPreview!.host.selection?.sheet)).toBe(
      "Шаблон district-plan",
    );
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("Мониторинг: one click → the «Мониторинг» tab, with the plan's targets in the pane", async () => {
    const page = await open();
    await tab(page, "Мониторинг");
    await page.getByRole("button", { name: "Сформировать мониторинг" }).click();
    await expectLocator(page.getByTestId("task-outcome")).toContainText("Лист «Мониторинг» создан");
    const summary = page.getByTestId("monitoring-summary");
    await expectLocator(summary).toContainText("ШНОР: 8");
    await expectLocator(summary).toContainText("цель 50 %");
    expect(await page.evaluate(() => window.shnorPreview!.host.sheetNames())).toContain("Мониторинг");
    await page.screenshot({ path: path.join(SHOTS, "monitoring.png") });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Сформировать мониторинг" }).click();
    await expectLocator(page.getByTestId("task-outcome")).toContainText("Лист «Мониторинг» обновлён");
    // A map without results (every result sheet corrected to «не распознан»): nothing written, the step shown.
    await page.evaluate(async () => {
      const host = window.shnorPreview!.host;
      const names = (await host.sheetNames()).filter((n) => /ВПР|ОГЭ|ЕГЭ|РДР/u.test(n));
      await host.setSetting(
        "workbookCorrections",
        names.map((sheet) => ({ sheet, kind: "unknown" })),
      );
    });
    await page.getByRole("button", { name: "Сформировать мониторинг" }).click();
    const problem = page.getByTestId("monitoring-problem");
    await expectLocator(problem).toContainText("Нужен ответ");
    await problem.getByRole("button", { name: /Открыть раздел «Книга»/u }).click();
    await expectLocator(page.getByRole("tab", { name: "Книга", exact: true })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("progress and cancel: a slow read can be cancelled, with a message saying what happened", async () => {
    const page = await (await browser.newContext({ viewport: { width: 400, height: 860 } })).newPage();
    await page.route("**/*", (route) =>
      route.request().url().startsWith(base) ? route.continue() : route.abort(),
    );
    await page.goto(`${base}/taskpane.html?slow=1`);
    await page.getByRole("progressbar").waitFor();
    await page.getByRole("button", { name: "Отменить" }).click();
    await expectLocator(page.getByTestId("task-outcome")).toContainText("Операция отменена");
    await page.getByRole("button", { name: "Повторить" }).click();
    await page.getByTestId("sheet-card").first().waitFor({ timeout: 20000 });
    // Validation reads the workbook again, with the same progress and cancel.
    await tab(page, "Проверка");
    await page.getByRole("button", { name: "Проверить книгу" }).click();
    await page.getByRole("progressbar").waitFor();
    await page.getByRole("button", { name: "Отменить" }).click();
    await expectLocator(page.getByTestId("task-outcome")).toContainText("Операция отменена");
    await expectLocator(page.getByTestId("validation-totals")).toHaveCount(0);
    await page.context().close();
  });
});

// Playwright's web-first assertions without @playwright/test: poll until the condition holds (5 s).
function expectLocator(locator: Locator) {
  const poll = async (check: () => Promise<boolean>, what: string) => {
    const end = Date.now() + 5000;
    for (;;) {
      if (await check().catch(() => false)) return;
      if (Date.now() > end)
        throw new Error(
          `${what} (${locator.toString()}): ${(await locator.allInnerTexts().catch(() => [])).join(" | ")}`,
        );
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return {
    toContainText: (text: string) =>
      poll(async () => (await locator.innerText()).includes(text), `no text «${text}»`),
    toHaveCount: (n: number) => poll(async () => (await locator.count()) === n, `count is not ${n}`),
    toBeEnabled: () => poll(() => locator.isEnabled(), "disabled"),
    toHaveValue: (value: string) =>
      poll(async () => (await locator.inputValue()) === value, `value ≠ ${value}`),
    toHaveAttribute: (name: string, value: string) =>
      poll(async () => (await locator.getAttribute(name)) === value, `${name} ≠ ${value}`),
    not: {
      toContainText: (text: string) =>
        poll(async () => !(await locator.innerText()).includes(text), `still «${text}»`),
    },
  };
}
