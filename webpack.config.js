/**
 * Webpack: one page (taskpane.html) hosts the shared runtime. Its only bundle, `runtime.js`, registers the
 * custom functions and ribbon commands and then loads the task pane UI lazily (a separate chunk), so formulas
 * work before any UI code is fetched. The production build reports gzipped sizes against the budgets below and
 * fails when one is exceeded.
 *
 *   npx webpack --mode production        → dist/ (taskpane.html, runtime.js, taskpane chunks, functions.json,
 *                                           manifest.xml, assets/)
 *   npx webpack serve --mode development → https://localhost:3000 (npm start does this and sideloads)
 *
 * Env: ADDIN_URL=https://example.org/shnor rewrites https://localhost:3000 in the copied dist/manifest.xml.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const ROOT = __dirname;
const DEV_ORIGIN = "https://localhost:3000";
const DEV_PORT = 3000;
/** Gzipped budgets (bytes): the code loaded before the functions register, and the task pane chunks. */
const BUDGETS = { startup: 40 * 1024, taskpane: 250 * 1024 };
/** Files the build always emits at the root of dist/ (manifest URLs point at them). */
const BUILD_OUTPUTS = ["taskpane.html", "runtime.js", "functions.json", "manifest.xml"];

/** Every src/functions/*.ts whose text contains "@customfunction": the inputs of the metadata generator. */
function customFunctionSources() {
  const dir = path.join(ROOT, "src", "functions");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .sort()
    .map((f) => path.join(dir, f))
    .filter((f) => fs.readFileSync(f, "utf8").includes("@customfunction"));
}

/** True for a lazy chunk that only the preview outside Excel loads (named "preview-…", see src/taskpane/data/session.ts). */
function isPreviewChunk(chunk) {
  return typeof chunk.name === "string" && chunk.name.startsWith("preview-");
}

/** Formats bytes as KB with one decimal. */
function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * Prints the gzipped size of the startup code (the `runtime` entry's initial files) and of the lazily loaded
 * task pane chunks after a production build, marks what is over budget and fails the build then.
 */
class BundleBudgetPlugin {
  constructor(budgets) {
    this.budgets = budgets;
  }

  apply(compiler) {
    const name = "BundleBudgetPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ANALYSE },
        () => {
          const gz = (file) => {
            const asset = compilation.getAsset(file);
            return asset ? zlib.gzipSync(asset.source.buffer(), { level: 9 }).length : 0;
          };
          const isCode = (file) => /\.(js|css)$/.test(file);
          const entry = compilation.entrypoints.get("runtime");
          const startupFiles = entry ? [...entry.getFiles()].filter(isCode) : [];
          const lazyFiles = [];
          const previewFiles = [];
          for (const chunk of compilation.chunks) {
            if (chunk.canBeInitial()) continue;
            // Chunks named "preview-…" load only outside Excel (the sample district): reported, not budgeted.
            const into = isPreviewChunk(chunk) ? previewFiles : lazyFiles;
            for (const file of chunk.files) if (isCode(file) && !into.includes(file)) into.push(file);
          }
          const groups = [
            {
              key: "startup",
              title: "до регистрации функций / before functions register",
              files: startupFiles,
            },
            { key: "taskpane", title: "панель / task pane (lazy)", files: lazyFiles.sort() },
            {
              key: "preview",
              title: "предпросмотр вне Excel / preview outside Excel (not loaded in Excel)",
              files: previewFiles.sort(),
            },
          ];
          const lines = ["", "Размеры (gzip) / Bundle sizes (gzipped):"];
          for (const g of groups) {
            const sizes = g.files.map((f) => [f, gz(f)]);
            const total = sizes.reduce((sum, [, s]) => sum + s, 0);
            const budget = this.budgets[g.key];
            const over = budget !== undefined && total > budget;
            lines.push(
              budget === undefined
                ? `  ${g.title}: ${kb(total)}`
                : `  ${g.title}: ${kb(total)} / бюджет budget ${kb(budget)}${over ? "  ✗ ПРЕВЫШЕН / OVER BUDGET" : "  ✓"}`,
            );
            for (const [f, s] of sizes) lines.push(`      ${f}  ${kb(s)}`);
            if (over) {
              compilation.errors.push(
                new webpack.WebpackError(
                  `Бюджет превышен / budget exceeded: ${g.key} ${kb(total)} > ${kb(budget)}`,
                ),
              );
            }
          }
          console.log(lines.join("\n") + "\n");
        },
      );
    });
  }
}

/** HTTPS options for the dev server: office-addin-dev-certs' trusted localhost certificate, else self-signed. */
async function httpsServer() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options };
  } catch (error) {
    console.warn(
      [
        "Не удалось создать или установить доверенный сертификат для https://localhost (office-addin-dev-certs);",
        "сервер использует самоподписанный сертификат: откройте https://localhost:3000/taskpane.html в браузере и",
        "примите предупреждение, иначе Excel не загрузит надстройку.",
        "Could not create or trust the office-addin-dev-certs localhost certificate; the server uses a self-signed",
        "one: open https://localhost:3000/taskpane.html in the browser and accept the warning first.",
        `(${error && error.message ? error.message.split("\n")[0] : error})`,
      ].join("\n"),
    );
    return { type: "https" };
  }
}

/**
 * The webpack configuration (webpack-cli calls this with env and argv).
 * @param {Record<string, unknown>} env
 * @param {{ mode?: string }} argv
 */
async function config(env = {}, argv = {}) {
  const production = argv.mode === "production";
  const functionSources = customFunctionSources();
  const addinUrl = typeof process.env.ADDIN_URL === "string" ? process.env.ADDIN_URL.replace(/\/$/, "") : "";
  if (functionSources.length === 0) {
    console.warn(
      "Нет файлов с @customfunction в src/functions: functions.json не будет создан. / No custom functions.",
    );
  }
  return {
    mode: production ? "production" : "development",
    context: ROOT,
    devtool: production ? false : "eval-cheap-module-source-map",
    entry: { runtime: "./src/runtime/runtime.ts" },
    output: {
      path: path.join(ROOT, "dist"),
      filename: "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { noEmit: false, module: "esnext", sourceMap: !production },
            },
          },
        },
      ],
    },
    optimization: {
      // Libraries used only by the lazy task pane go to one named async chunk, never into runtime.js.
      splitChunks: {
        chunks: "async",
        cacheGroups: {
          defaultVendors: {
            test: /[\\/]node_modules[\\/]/,
            name: "taskpane-vendor",
            priority: -10,
            reuseExistingChunk: true,
          },
        },
      },
    },
    performance: { hints: false }, // our own budgets below replace webpack's generic size hints
    plugins: [
      ...(functionSources.length > 0
        ? [new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionSources })]
        : []),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["runtime"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "[path][name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              addinUrl ? content.toString().split(DEV_ORIGIN).join(addinUrl) : content,
          },
        ],
      }),
      ...(production ? [new BundleBudgetPlugin(BUDGETS)] : []),
    ],
    devServer: {
      host: "localhost",
      port: DEV_PORT,
      server: env.WEBPACK_SERVE ? await httpsServer() : { type: "https" },
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false } },
    },
  };
}

module.exports = config;
module.exports.buildOutputs = BUILD_OUTPUTS;
module.exports.budgets = BUDGETS;
module.exports.customFunctionSources = customFunctionSources;
module.exports.httpsServer = httpsServer;
module.exports.BundleBudgetPlugin = BundleBudgetPlugin;
module.exports.isPreviewChunk = isPreviewChunk;
