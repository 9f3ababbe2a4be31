/**
 * Golden test of the custom functions' metadata (functions.json): the metadata Excel loads is generated from
 * the JSDoc of every `src/functions/*.ts` with a JSDoc line starting with the tag `@customfunction` — the same input list the webpack
 * CustomFunctionsMetadataPlugin uses — and compared with the reviewed file functions.golden.json.
 *
 * To change the golden file deliberately (a function added, a description edited), run
 *   UPDATE_GOLDEN=1 npx jest test/functions/metadata.test.ts
 * then read `git diff test/functions/functions.golden.json` and commit it with the change. Never in CI.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { join, relative } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const ROOT = join(__dirname, "..", "..");
const FUNCTIONS_DIR = join(ROOT, "src", "functions");
const GOLDEN = join(__dirname, "functions.golden.json");
const CYRILLIC = /[а-яё]/iu;

/** The 14 functions of the user-facing contract (contracts.md, «Custom functions»). */
const CONTRACT_FUNCTIONS = [
  "CLUSTER",
  "CLUSTERNAME",
  "RISK",
  "KMEANS",
  "ADJUSTED",
  "ISLOW",
  "FAILSHARE",
  "STATUS",
  "DYNAMICS",
  "SUCCESS",
  "QUALITY",
  "SCHOOLID",
  "MENTOR",
  "OBJECTIVITY",
] as const;

interface Metadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    parameters: { name: string; description?: string }[];
  }[];
}

/** A line of a JSDoc block that starts with the tag (a mention of the tag in prose does not count). */
const TAG_LINE = /^\s*\*\s*@customfunction\b/mu;

/** Every functions file with a custom function, sorted: the input list of the metadata generator. */
function functionFiles(): string[] {
  return readdirSync(FUNCTIONS_DIR)
    .filter((file) => file.endsWith(".ts"))
    .map((file) => join(FUNCTIONS_DIR, file))
    .filter((file) => TAG_LINE.test(readFileSync(file, "utf8")))
    .sort();
}

describe("functions.json", () => {
  let metadata: Metadata;
  let json: string;

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(functionFiles());
    expect(result.errors).toEqual([]);
    json = result.metadataJson;
    metadata = JSON.parse(json) as Metadata;
  });

  test("the input list holds the functions files and nothing else", () => {
    const files = functionFiles().map((file) => relative(ROOT, file).replace(/\\/gu, "/"));
    expect(files).toContain("src/functions/school-id.ts");
    expect(files).not.toContain("src/functions/index.ts");
    expect(files).not.toContain("src/functions/arrays.ts");
  });

  test("matches the reviewed golden file", () => {
    if (process.env.UPDATE_GOLDEN === "1" && process.env.CI !== "true")
      writeFileSync(GOLDEN, `${JSON.stringify(JSON.parse(json), null, 2)}\n`);
    expect(existsSync(GOLDEN)).toBe(true);
    expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(GOLDEN, "utf8")));
  });

  test("ids are unique, upper case and the names are the ids", () => {
    const ids = metadata.functions.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of metadata.functions) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]*$/u);
      expect(f.name).toBe(f.id);
    }
    expect(ids).toContain("SCHOOLID");
  });

  test("lists exactly the functions of contracts.md", () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual([...CONTRACT_FUNCTIONS].sort());
  });

  test("every description is one line (Excel's formula tooltip shows no line breaks)", () => {
    const multiline: string[] = [];
    for (const f of metadata.functions) {
      if (/[\r\n]/u.test(f.description ?? "")) multiline.push(f.id);
      for (const p of f.parameters)
        if (/[\r\n]/u.test(p.description ?? "")) multiline.push(`${f.id}.${p.name}`);
    }
    expect(multiline).toEqual([]);
  });

  test("every function and every parameter has a Russian description", () => {
    for (const f of metadata.functions) {
      expect([f.id, f.description]).toEqual([f.id, expect.stringMatching(CYRILLIC)]);
      for (const p of f.parameters) {
        expect([f.id, p.name, p.description]).toEqual([f.id, p.name, expect.stringMatching(CYRILLIC)]);
      }
    }
  });
});
