#!/usr/bin/env node
/**
 * `npm start`: builds the add-in (development), serves it on https://localhost:3000 (dist/ is written too), then
 * tries to sideload manifest.xml into desktop Excel with `office-addin-debugging start manifest.xml desktop`.
 * Where there is no desktop Excel (Linux, or sideloading fails), it keeps serving and prints, in Russian and
 * English, how to load manifest.xml into Excel on the web. `npm run stop` stops it: the server's process id is
 * recorded where `office-addin-debugging stop` looks for it.
 *
 * Options: --no-sideload (serve only).
 */
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn } = require("child_process");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const configFactory = require("../webpack.config.js");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const TASKPANE_URL = "https://localhost:3000/taskpane.html";
/** Where office-addin-debugging keeps the dev server's process id (`npm run stop` reads it). */
const DEBUG_INFO = path.join(os.tmpdir(), "office-addin-debugging.json");

const WEB_INSTRUCTIONS = `
Надстройка ШНОР запущена: ${TASKPANE_URL}
Загрузить в Excel для компьютера не удалось (или его здесь нет). Чтобы открыть надстройку в Excel в Интернете:
  1. Откройте книгу в Excel в Интернете (office.com) в том же браузере, где открывается ${TASKPANE_URL}
     (если браузер предупреждает о сертификате, откройте этот адрес и подтвердите переход).
  2. Вставка → Надстройки → Мои надстройки → Отправить мою надстройку.
  3. Выберите файл ${MANIFEST} и нажмите «Отправить».
  4. На вкладке «Главная» появится группа «ШНОР»: «Панель ШНОР» и «Сформировать мониторинг»;
     функции SHNOR.* доступны в формулах.
Остановить: npm run stop (или Ctrl+C).

The SHNOR add-in is being served at ${TASKPANE_URL}
Could not sideload into desktop Excel (or there is none here). To load the add-in into Excel on the web:
  1. Open a workbook in Excel on the web (office.com) in the browser that opens ${TASKPANE_URL}
     (if it warns about the certificate, open that address once and accept it).
  2. Insert → Add-ins → My Add-ins → Upload My Add-in.
  3. Choose ${MANIFEST} and press Upload.
  4. The Home tab gets a «ШНОР» group («Панель ШНОР», «Сформировать мониторинг»); SHNOR.* functions work.
Stop with: npm run stop (or Ctrl+C).
`;

function saveProcessId() {
  fs.writeFileSync(DEBUG_INFO, JSON.stringify({ devServer: { processId: process.pid } }, null, 4));
}

function clearProcessId() {
  try {
    const info = JSON.parse(fs.readFileSync(DEBUG_INFO, "utf8"));
    if (info && info.devServer && info.devServer.processId === process.pid) fs.unlinkSync(DEBUG_INFO);
  } catch {
    // nothing recorded, or recorded by another session: leave it
  }
}

/**
 * Runs `office-addin-debugging start manifest.xml desktop`; resolves to true when it reports success. (It exits
 * with code 0 even when it fails, e.g. "The current platform is not supported: linux", so its output decides.)
 */
function sideloadDesktop() {
  const pkg = require.resolve("office-addin-debugging/package.json");
  const { bin } = JSON.parse(fs.readFileSync(pkg, "utf8"));
  const cli = path.join(path.dirname(pkg), typeof bin === "string" ? bin : bin["office-addin-debugging"]);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, "start", MANIFEST, "desktop"], { cwd: ROOT, stdio: "pipe" });
    let output = "";
    const relay = (data) => {
      output += data.toString();
      data
        .toString()
        .split("\n")
        .filter((line) => line.trim() !== "")
        .forEach((line) => console.log(`[office-addin-debugging] ${line}`));
    };
    child.stdout.on("data", relay);
    child.stderr.on("data", relay);
    child.on("error", () => resolve(false));
    child.on("exit", (code) => {
      const failed = /\b(error|unable|not supported)\b/i.test(output);
      resolve(code === 0 && !failed && /^(Debugging started|Started)\.\s*$/m.test(output));
    });
  });
}

async function main() {
  const args = process.argv.slice(2);
  const sideload = !args.includes("--no-sideload");
  console.log(
    "Сборка (development) и запуск https-сервера… / Building (development) and starting the https server…",
  );
  const config = await configFactory({ WEBPACK_SERVE: true }, { mode: "development" });
  const compiler = webpack(config);
  let firstBuildDone;
  const firstBuild = new Promise((resolve) => (firstBuildDone = resolve));
  compiler.hooks.done.tap("shnor-start", (stats) => firstBuildDone(stats));
  const server = new WebpackDevServer(
    { ...config.devServer, devMiddleware: { writeToDisk: true } },
    compiler,
  );

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nОстановка сервера (${signal}) / Stopping the server…`);
    clearProcessId();
    await server.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  await server.start();
  saveProcessId();
  const stats = await firstBuild;
  if (stats.hasErrors()) {
    console.error(stats.toString({ all: false, errors: true, colors: true }));
    console.error(
      "Сборка с ошибками: сервер работает, исправьте и сохраните файл. / Build has errors; still serving.",
    );
  } else {
    console.log(`Сборка готова, dist/ записан. / Build ready, dist/ written. Serving ${TASKPANE_URL}`);
  }

  let sideloaded = false;
  if (sideload) {
    console.log("Загрузка в Excel для компьютера… / Sideloading into desktop Excel…");
    sideloaded = await sideloadDesktop();
  }
  if (sideloaded) {
    console.log(`Надстройка загружена в Excel; сервер работает: ${TASKPANE_URL}. Остановить: npm run stop.`);
    console.log(`The add-in is sideloaded into Excel; serving ${TASKPANE_URL}. Stop with npm run stop.`);
  } else {
    console.log(WEB_INSTRUCTIONS);
  }
}

main().catch((error) => {
  console.error(`Не удалось запустить / could not start: ${error && error.stack ? error.stack : error}`);
  clearProcessId();
  process.exit(1);
});
