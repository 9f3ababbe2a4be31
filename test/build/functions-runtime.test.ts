/**
 * "The functions load in the shared runtime from the built add-in": runs the BUILT dist/runtime.js (what Excel
 * loads) in a Node `vm` context with the globals Excel's shared runtime provides — `CustomFunctions.associate`
 * and `CustomFunctions.Error`, `Office.onReady`, `Office.actions`, a page `document` — and checks that every id
 * of dist/functions.json gets a function, and that the registered functions compute the right values.
 * CI builds before `npm test`; locally dist/ is built once here when it is missing.
 */
import { execSync } from "child_process";
import fs from "fs";
import path from "path";
import vm from "vm";

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");

type Fn = (...args: unknown[]) => unknown;

class RuntimeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

function runtimeFile(): string {
  const find = () =>
    fs.existsSync(DIST) ? fs.readdirSync(DIST).find((f) => /^runtime.*\.js$/u.test(f)) : undefined;
  if (!find() || !fs.existsSync(path.join(DIST, "functions.json"))) {
    execSync("npx webpack --mode production", { cwd: ROOT, stdio: "inherit" });
  }
  const file = find();
  if (!file) throw new Error("dist/runtime*.js is missing after the build");
  return path.join(DIST, file);
}

describe("the built shared runtime", () => {
  const associated = new Map<string, Fn>();
  const commands = new Map<string, Fn>();
  const warnings: unknown[][] = [];
  let ids: string[];

  beforeAll(async () => {
    const file = runtimeFile();
    ids = (
      JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as {
        functions: { id: string }[];
      }
    ).functions.map((f) => f.id);
    const sandbox: Record<string, unknown> = {
      CustomFunctions: {
        associate: (id: string, fn: Fn) => {
          if (associated.has(id)) throw new Error(`${id} associated twice`);
          associated.set(id, fn);
        },
        Error: RuntimeError,
      },
      Office: {
        // A page outside Excel: the runtime registers the functions, then looks for the task pane container.
        onReady: () => Promise.resolve({ host: null }),
        actions: { associate: (id: string, fn: Fn) => commands.set(id, fn) },
      },
      document: {
        currentScript: { src: "https://localhost:3000/runtime.js", tagName: "SCRIPT" },
        getElementsByTagName: () => [],
        getElementById: () => null,
      },
      console: {
        log: () => undefined,
        warn: (...a: unknown[]) => warnings.push(a),
        error: (...a: unknown[]) => warnings.push(a),
      },
    };
    // A page's global object is also `self` and `window` (webpack keeps its chunk list on `self`).
    sandbox.self = sandbox;
    sandbox.window = sandbox;
    const context = vm.createContext(sandbox);
    vm.runInContext(fs.readFileSync(file, "utf8"), context, { filename: file });
    await new Promise((resolve) => setImmediate(resolve));
  });

  test("every function of functions.json is associated, and nothing else", () => {
    expect(ids.length).toBe(14);
    expect([...associated.keys()].sort()).toEqual([...ids].sort());
  });

  test("the ribbon command is associated and start-up logged no error", () => {
    expect([...commands.keys()]).toContain("generateMonitoring");
    expect(warnings).toEqual([]);
  });

  test("registered functions compute in the runtime", () => {
    expect(associated.get("SCHOOLID")!([["ГБОУ СОШ № 221"], ["ГБОУ ЦО № 162"]])).toEqual([
      ["221"],
      ["ЦО 162"],
    ]);
    expect(associated.get("SUCCESS")!([[6]], [[8]], [[4]], [[2]])).toEqual([[70]]);
    const results = [[40], [45], [55], [60]];
    const contexts = [[1], [3], [1], [3]];
    // Model A: low results and a difficult contingent → cluster 1; results above, favourable → 3.
    expect(associated.get("CLUSTER")!([[40], [55]], [[3], [1]], results, contexts, "контингент")).toEqual([
      [1],
      [3],
    ]);
    expect(associated.get("DYNAMICS")!([[50]], [[60]])).toEqual([[1]]);
  });

  test("a bad own value is the runtime's CustomFunctions.Error with a Russian message", () => {
    const [[error]] = associated.get("SCHOOLID")!([["221/223"]]) as unknown[][];
    expect(error).toBeInstanceOf(RuntimeError);
    expect(error).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/[а-яё]/iu) });
  });
});
