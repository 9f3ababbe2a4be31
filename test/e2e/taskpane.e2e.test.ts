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
    const axe = await axeOf(page);
    expect(
      axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id),
    ).toEqual([]);
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
    toHaveAttribute: (name: string, value: string) =>
      poll(async () => (await locator.getAttribute(name)) === value, `${name} ≠ ${value}`),
    not: {
      toContainText: (text: string) =>
        poll(async () => !(await locator.innerText()).includes(text), `still «${text}»`),
    },
  };
}
