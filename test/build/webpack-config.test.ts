/**
 * The build configuration: what loads before the custom functions register (nothing of the UI), the lazily
 * loaded task pane, the functions metadata inputs, and the budget plugin failing an over-budget build.
 */
import fs from "fs";
import os from "os";
import path from "path";
import webpack from "webpack";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import webpackConfig from "../../webpack.config";

const ROOT = path.resolve(__dirname, "..", "..");
const SRC = path.join(ROOT, "src");

/** Static import specifiers of a TypeScript file (`import … from`, `import "…"`, `export … from`), in order. */
function staticImports(file: string): string[] {
  const text = fs.readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, "");
  const re = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^;"'`]*?\sfrom\s+)?["']([^"']+)["']/gm;
  const typeOnly = /^\s*(?:import|export)\s+type\s/;
  return [...text.matchAll(re)].filter((m) => !typeOnly.test(m[0])).map((m) => m[1]);
}

function resolveLocal(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every project file and every package reached by static imports from an entry. */
function staticGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of staticImports(file)) {
      if (spec.startsWith(".")) {
        const target = resolveLocal(file, spec);
        if (!target) throw new Error(`${path.relative(ROOT, file)}: cannot resolve ${spec}`);
        visit(target);
      } else packages.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]);
    }
  };
  visit(entry);
  return { files: [...files].map((f) => path.relative(ROOT, f)), packages: [...packages] };
}

describe("startup: functions register before any UI code", () => {
  const runtime = path.join(SRC, "runtime", "runtime.ts");

  test("the import graph of runtime.ts holds no UI library and no task pane file", () => {
    const { files, packages } = staticGraph(runtime);
    expect(files).toEqual(expect.arrayContaining(["src/functions/index.ts", "src/commands/commands.ts"]));
    for (const ui of ["react", "react-dom", "@fluentui/react-components", "exceljs"])
      expect(packages).not.toContain(ui);
    expect(files.filter((f) => f.startsWith("src/taskpane/"))).toEqual([]);
  });

  test("runtime.ts imports the guard, then the functions, then commands, and loads the pane last", () => {
    const imports = staticImports(runtime);
    expect(imports.slice(0, 3)).toEqual([
      "./custom-functions-guard",
      "../functions/index",
      "../commands/commands",
    ]);
    const text = fs.readFileSync(runtime, "utf8");
    expect(text.indexOf("associateCommands();")).toBeLessThan(text.indexOf("loadTaskpane(document)"));
  });

  test("the task pane is a dynamic import (its own chunk)", () => {
    const loader = fs.readFileSync(path.join(SRC, "runtime", "load-taskpane.ts"), "utf8");
    expect(loader).toMatch(
      /import\(\s*\/\*\s*webpackChunkName:\s*"taskpane"\s*\*\/\s*"\.\.\/taskpane\/index"\s*\)/,
    );
  });
});

describe("webpack.config.js", () => {
  test("one entry, runtime, injected into taskpane.html after office.js from the CDN", async () => {
    const config = await webpackConfig({}, { mode: "production" });
    expect(Object.keys(config.entry as object)).toEqual(["runtime"]);
    const html = (config.plugins ?? []).find((p) => p instanceof HtmlWebpackPlugin) as HtmlWebpackPlugin;
    expect(html.userOptions).toMatchObject({ filename: "taskpane.html", chunks: ["runtime"] });
    const template = fs.readFileSync(path.join(ROOT, String(html.userOptions.template)), "utf8");
    const scripts = [...template.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  });

  test("functions.json is generated from exactly the src/functions files that contain @customfunction", async () => {
    const dir = path.join(SRC, "functions");
    const expected = fs
      .readdirSync(dir)
      .filter(
        (f) => /\.ts$/.test(f) && fs.readFileSync(path.join(dir, f), "utf8").includes("@customfunction"),
      )
      .map((f) => path.join(dir, f))
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const config = await webpackConfig({}, { mode: "production" });
    const plugin = (config.plugins ?? []).find(
      (p) => p instanceof CustomFunctionsMetadataPlugin,
    ) as unknown as {
      options: { input: string[]; output: string };
    };
    expect(plugin.options.output).toBe("functions.json");
    expect([...plugin.options.input].sort()).toEqual(expected);
  });

  test("the dev server is https on localhost:3000", async () => {
    const config = await webpackConfig({}, { mode: "development" });
    expect(config.devServer).toMatchObject({ host: "localhost", port: 3000, server: { type: "https" } });
  });

  test("budgets are 40 KB (startup) and 250 KB (task pane) gzipped", () => {
    expect(webpackConfig.budgets).toEqual({ startup: 40 * 1024, taskpane: 250 * 1024 });
  });
});

describe("BundleBudgetPlugin", () => {
  /** Deterministic, poorly compressible text of n characters (a linear congruential generator). */
  function noise(n: number): string {
    let x = 12345;
    let out = "";
    for (let i = 0; i < n; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      out += String.fromCharCode(97 + (x % 26));
    }
    return out;
  }

  async function build(budgets: { startup: number; taskpane: number }) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shnor-budget-"));
    fs.writeFileSync(
      path.join(dir, "runtime.js"),
      'import("./lazy").then((m) => console.log(m.text.length));\n',
    );
    fs.writeFileSync(path.join(dir, "lazy.js"), `export const text = ${JSON.stringify(noise(6000))};\n`);
    const logs: string[] = [];
    const spy = jest
      .spyOn(console, "log")
      .mockImplementation((...args: unknown[]) => void logs.push(args.join(" ")));
    try {
      const stats = await new Promise<webpack.Stats>((resolve, reject) => {
        webpack(
          {
            mode: "production",
            context: dir,
            entry: { runtime: "./runtime.js" },
            output: { path: path.join(dir, "dist") },
            plugins: [new webpackConfig.BundleBudgetPlugin(budgets)],
          },
          (err, result) => (err || !result ? reject(err ?? new Error("no stats")) : resolve(result)),
        );
      });
      return { stats, printed: logs.join("\n") };
    } finally {
      spy.mockRestore();
    }
  }

  test("prints both groups' gzipped sizes and passes within budget", async () => {
    const { stats, printed } = await build({ startup: 10_000, taskpane: 10_000 });
    expect(stats.hasErrors()).toBe(false);
    expect(printed).toMatch(/before functions register: [\d.]+ KB/);
    expect(printed).toMatch(/runtime\.js/);
    expect(printed).toMatch(/task pane \(lazy\): [3-9]\.\d KB/); // ~6000 random letters gzip to ~3.6 KB
    expect(printed).not.toMatch(/OVER BUDGET/);
  });

  test("fails the build and marks the group when the lazy chunk is over budget", async () => {
    const { stats, printed } = await build({ startup: 10_000, taskpane: 1_000 });
    expect(stats.hasErrors()).toBe(true);
    expect(stats.compilation.errors.map((e) => e.message).join("\n")).toMatch(/budget exceeded: taskpane/);
    expect(printed).toMatch(/task pane \(lazy\).*OVER BUDGET/);
    expect(printed).not.toMatch(/before functions register.*OVER BUDGET/);
  });
});
