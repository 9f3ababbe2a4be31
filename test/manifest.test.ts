/**
 * The add-in manifest: well-formed, unique ids, SHNOR namespace in a shared runtime, ru-RU, both ribbon buttons
 * with Russian labels, every resource present in assets/ or produced by the build, icon sizes right; and the
 * offline validator (scripts/validate-manifest.js) accepts it and rejects broken copies.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { validateXML } from "xmllint-wasm";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import webpackConfig from "../webpack.config";
import {
  allElements,
  parseXml,
  pngSize,
  stripNewerElements,
  type XmlElement,
} from "../scripts/validate-manifest";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const MANIFEST = fs.readFileSync(MANIFEST_PATH, "utf8");
const ORIGIN = "https://localhost:3000/";
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

const root = parseXml(MANIFEST);
const elements = allElements(root);
const byLocal = (local: string) => elements.filter((e) => e.local === local);
const child = (e: XmlElement, local: string) => e.children.find((c) => c.local === local);
const xsiType = (e: XmlElement) => e.attrs["xsi:type"];

/** bt:Images / bt:Urls / bt:ShortStrings / bt:LongStrings → id → DefaultValue. */
const resources = new Map<string, { kind: string; value: string }>();
for (const container of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
  for (const c of byLocal(container).filter((e) => e.ns === BT)) {
    for (const r of c.children) resources.set(r.attrs.id, { kind: container, value: r.attrs.DefaultValue });
  }
}
const resource = (e: XmlElement | undefined) => (e ? resources.get(e.attrs.resid)?.value : undefined);

function runValidator(manifest: string) {
  const result = spawnSync(process.execPath, [path.join(ROOT, "scripts", "validate-manifest.js"), manifest], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

function writeTemp(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shnor-manifest-"));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe("manifest.xml", () => {
  test("is well-formed XML (libxml2)", async () => {
    const result = await validateXML({
      xml: [{ fileName: "manifest.xml", contents: MANIFEST }],
      normalization: "format",
    });
    expect(result.errors).toEqual([]);
    expect(root.local).toBe("OfficeApp");
    expect(xsiType(root)).toBe("TaskPaneApp");
  });

  test("has a GUID <Id> and a four-part version", () => {
    expect(child(root, "Id")?.text.trim()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(child(root, "Version")?.text.trim()).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  test("ids are unique: resources, and groups/controls", () => {
    const resourceIds = elements
      .filter((e) => e.ns === BT && e.attrs.id !== undefined)
      .map((e) => e.attrs.id);
    expect(resourceIds.length).toBeGreaterThan(5);
    expect(new Set(resourceIds).size).toBe(resourceIds.length);
    const uiIds = elements.filter((e) => e.ns !== BT && e.attrs.id !== undefined).map((e) => e.attrs.id);
    expect(new Set(uiIds).size).toBe(uiIds.length);
  });

  test("every resid refers to a defined resource", () => {
    const refs = elements.filter((e) => e.attrs.resid !== undefined);
    expect(refs.length).toBeGreaterThan(10);
    const undefinedRefs = refs.filter((e) => !resources.has(e.attrs.resid)).map((e) => e.attrs.resid);
    expect(undefinedRefs).toEqual([]);
  });

  test("ru-RU is the default locale, with Russian name and description", () => {
    expect(child(root, "DefaultLocale")?.text.trim()).toBe("ru-RU");
    expect(child(root, "DisplayName")?.attrs.DefaultValue).toMatch(/ШНОР/);
    expect(child(root, "Description")?.attrs.DefaultValue).toMatch(/[а-яё]{5,}/i);
  });

  test("asks for ReadWriteDocument, nothing broader", () => {
    expect(child(root, "Permissions")?.text.trim()).toBe("ReadWriteDocument");
  });

  test("custom functions live in namespace SHNOR in one long-lived shared runtime", () => {
    const extension = byLocal("ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions");
    expect(extension).toBeDefined();
    expect(resource(child(extension!, "Namespace"))).toBe("SHNOR");
    const runtimes = byLocal("Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].attrs.lifetime).toBe("long");
    const page = child(child(extension!, "Page")!, "SourceLocation")!;
    const functionFile = byLocal("FunctionFile")[0];
    const paneAction = byLocal("Action").find((a) => xsiType(a) === "ShowTaskpane")!;
    // functions page, command functions and task pane are one page: the shared runtime's.
    for (const e of [page, functionFile, child(paneAction, "SourceLocation")!]) {
      expect(e.attrs.resid).toBe(runtimes[0].attrs.resid);
    }
    expect(resource(runtimes[0])).toBe(`${ORIGIN}taskpane.html`);
    const sets = byLocal("Set").map((s) => `${s.attrs.Name} ${s.attrs.MinVersion}`);
    expect(sets).toEqual(expect.arrayContaining(["SharedRuntime 1.1", "CustomFunctionsRuntime 1.1"]));
  });

  test("the Home tab has a «ШНОР» group with both buttons, labelled in Russian", () => {
    const tab = byLocal("OfficeTab").find((t) => t.attrs.id === "TabHome");
    expect(tab).toBeDefined();
    const group = tab!.children.find((g) => resource(child(g, "Label")) === "ШНОР");
    expect(group).toBeDefined();
    const buttons = group!.children
      .filter((c) => c.local === "Control" && xsiType(c) === "Button")
      .map((c) => ({ label: resource(child(c, "Label")), action: xsiType(child(c, "Action")!) }));
    expect(buttons).toEqual([
      { label: "Панель ШНОР", action: "ShowTaskpane" },
      { label: "Сформировать мониторинг", action: "ExecuteFunction" },
    ]);
  });

  test("the ExecuteFunction is associated by that name in the commands code", () => {
    const names = byLocal("FunctionName").map((f) => f.text.trim());
    expect(names).toEqual(["generateMonitoring"]);
    const commands = fs.readFileSync(path.join(ROOT, "src", "commands", "commands.ts"), "utf8");
    expect(commands).toMatch(/Office\.actions\.associate\(\s*"generateMonitoring"/);
  });

  test("every URL is on https://localhost:3000 and maps to assets/ or a file the build emits", async () => {
    const urls = elements.flatMap((e) =>
      Object.entries(e.attrs)
        .filter(([k, v]) => (k === "DefaultValue" || k === "Value") && /^https?:/.test(v))
        .map(([, v]) => v),
    );
    expect(urls.length).toBeGreaterThan(5);
    const config = await webpackConfig({}, { mode: "production" });
    const plugins = config.plugins ?? [];
    // What the build emits, read from the configuration itself (not from a hand-kept list).
    const emitted = new Set<string>();
    for (const name of Object.keys(config.entry as Record<string, unknown>)) {
      emitted.add(String(config.output?.filename).replace("[name]", name));
    }
    for (const p of plugins) {
      if (p instanceof HtmlWebpackPlugin) emitted.add(String(p.userOptions.filename));
      if (p instanceof CustomFunctionsMetadataPlugin)
        emitted.add((p as unknown as { options: { output: string } }).options.output);
    }
    for (const url of new Set(urls)) {
      expect(url.startsWith(ORIGIN)).toBe(true);
      const rel = url.slice(ORIGIN.length);
      if (rel.startsWith("assets/")) expect(fs.existsSync(path.join(ROOT, rel))).toBe(true);
      else expect([...emitted]).toContain(rel);
    }
  });

  test("icons exist at 16/32/64/80 px and every declared size matches the picture", () => {
    for (const size of [16, 32, 64, 80]) {
      const dims = pngSize(fs.readFileSync(path.join(ROOT, "assets", `icon-${size}.png`)));
      expect(dims).toEqual({ width: size, height: size });
    }
    const fileOf = (url: string) => path.join(ROOT, url.slice(ORIGIN.length));
    const sized = byLocal("Image").filter((e) => e.attrs.size !== undefined);
    expect(sized.length).toBeGreaterThanOrEqual(9);
    for (const img of sized) {
      const dims = pngSize(fs.readFileSync(fileOf(resource(img)!)));
      expect(dims).toEqual({ width: Number(img.attrs.size), height: Number(img.attrs.size) });
    }
    expect(pngSize(fs.readFileSync(fileOf(child(root, "IconUrl")!.attrs.DefaultValue)))?.width).toBe(32);
    expect(
      pngSize(fs.readFileSync(fileOf(child(root, "HighResolutionIconUrl")!.attrs.DefaultValue)))?.width,
    ).toBe(64);
  });

  test("the committed icons are exactly what scripts/make-icons.js draws", () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, "scripts", "make-icons.js"), "--check"], {
      encoding: "utf8",
    });
    expect(result.stdout).not.toMatch(/DIFF/);
    expect(result.status).toBe(0);
  });
});

describe("scripts/validate-manifest.js", () => {
  test("accepts the project manifest (exit 0, offline)", () => {
    const { code, out } = runValidator(MANIFEST_PATH);
    expect(out).toMatch(/Valid against the XSD/);
    expect(out).toMatch(/removed for the 2019 schema: <Runtimes>/);
    expect(code).toBe(0);
  });

  test.each([
    ["a missing <Id>", (m: string) => m.replace(/\s*<Id>[^<]*<\/Id>/, ""), /Expected is \( \{[^}]+\}Id \)/],
    [
      "an unknown element in the ribbon",
      (m: string) => m.replace('<OfficeTab id="TabHome">', '<OfficeTab id="TabHome"><Bogus/>'),
      /Bogus/,
    ],
    [
      "an undefined resid",
      (m: string) => m.replace('resid="Shnor.Group.Label"', 'resid="Shnor.Nope"'),
      /Shnor\.Nope/,
    ],
    [
      "another namespace",
      (m: string) => m.replace('DefaultValue="SHNOR"/>', 'DefaultValue="CONTOSO"/>'),
      /namespace is not SHNOR/,
    ],
    [
      "a command nobody associates",
      (m: string) => m.replace(">generateMonitoring<", ">doSomethingElse<"),
      /doSomethingElse/,
    ],
    [
      "an icon file that does not exist",
      (m: string) => m.replace("assets/icon-80.png", "assets/icon-81.png"),
      /icon-81/,
    ],
    [
      "a URL off localhost:3000",
      (m: string) => m.replace(`${ORIGIN}runtime.js`, "https://example.com/runtime.js"),
      /example\.com/,
    ],
    ["broken XML", (m: string) => m.replace("</Hosts>", "</Host>"), /not well-formed/],
  ])("rejects a manifest with %s (exit 1)", (_name, mutate, message) => {
    const broken = mutate(MANIFEST);
    expect(broken).not.toBe(MANIFEST);
    const { code, out } = runValidator(writeTemp("manifest.xml", broken));
    expect(out).toMatch(message);
    expect(code).toBe(1);
  });

  test("strips only the post-2019 elements and keeps line numbers", () => {
    const { text, removed } = stripNewerElements(MANIFEST);
    expect(removed.map((r) => r.name)).toEqual(["Runtimes"]);
    expect(text).not.toMatch(/<Runtimes?\b/);
    expect(text.split("\n").length).toBe(MANIFEST.split("\n").length);
    expect(text.indexOf("<AllFormFactors>")).toBeGreaterThan(0);
  });
});

describe("the validator's XML parser", () => {
  test.each([
    ["<a><b></a>", /does not match/],
    ["<a>", /not closed/],
    ["<a/><b/>", /more than one root/],
    ['<a x="1" x="2"/>', /duplicate attribute/],
    ["<p:a/>", /undeclared prefix/],
    ["<a>&nbsp;</a>", /unknown entity/],
    ["text<a/>", /outside the root/],
  ])("refuses %s", (xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });

  test("decodes entities and resolves namespaces", () => {
    const tree = parseXml(
      '<?xml version="1.0"?><!-- c --><r xmlns="urn:a" xmlns:q="urn:q"><q:s v="&lt;&#x42;&amp;"/>x<![CDATA[<y>]]></r>',
    );
    expect(tree.ns).toBe("urn:a");
    expect(tree.children[0]).toMatchObject({ local: "s", prefix: "q", ns: "urn:q", attrs: { v: "<B&" } });
    expect(tree.text).toBe("x<y>");
  });
});
