#!/usr/bin/env node
/**
 * Offline validation of the add-in manifest (`npm run validate`).
 *
 * `office-addin-manifest validate` sends the manifest to an online Microsoft service, so it cannot run without
 * internet. Instead this script:
 *   1. parses the manifest (well-formed XML) with libxml2 compiled to WebAssembly (package xmllint-wasm);
 *   2. validates it against Microsoft's XML schemas kept in schemas/office-addin-manifest/ (see its README) —
 *      those schemas date from 2019, so elements added later (listed in NEWER_ELEMENTS) are removed from a copy
 *      first, and the output says which;
 *   3. checks what no schema can see: the shared runtime's resid, the SHNOR namespace, every resid referenced is
 *      defined with the right kind, ids are unique, icon files have the declared pixel sizes, every URL maps to a
 *      file of assets/ or of the build (dist/), every ExecuteFunction has an Office.actions.associate in src/.
 *
 * Usage: node scripts/validate-manifest.js [manifest.xml] [--dist DIR] [--json]
 * Exit code 0: valid; 1: errors found; 2: the validator itself could not run.
 */
"use strict";

const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const SCHEMA_DIR = path.join(ROOT, "schemas", "office-addin-manifest");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";
const SCHEMA_DEPENDENCIES = [
  "OfficeAppBasicTypesV1_0.xsd",
  "TaskPaneAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_1.xsd",
];
const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};
/** Manifest elements newer than the 2019 schemas: removed from the copy that is schema-validated. */
const NEWER_ELEMENTS = [{ name: "Runtimes", since: "SharedRuntime 1.1 (2020)" }];
/** The dev-server origin every manifest URL lives on. */
const ORIGIN = "https://localhost:3000";
const EXPECTED = {
  namespace: "SHNOR",
  locale: "ru-RU",
  buttons: [
    { label: "Панель ШНОР", action: "ShowTaskpane" },
    { label: "Сформировать мониторинг", action: "ExecuteFunction" },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// A small XML parser: enough for manifests (elements, attributes, text, comments, PIs, CDATA, entities,
// namespaces). Well-formedness is also checked by libxml2; this parser throws on anything it does not accept.

const ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(text, line) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);|&/g, (match, ref) => {
    if (ref === undefined) throw new Error(`line ${line}: bare "&"`);
    if (ref[0] === "#") {
      const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return String.fromCodePoint(code);
    }
    if (!(ref in ENTITIES)) throw new Error(`line ${line}: unknown entity &${ref};`);
    return ENTITIES[ref];
  });
}

/**
 * Parses XML text into a tree of elements:
 * `{ name, prefix, local, ns, attrs: {name: value}, children: [element], text, line, parent }`.
 * Throws an Error with the line number on malformed input.
 */
function parseXml(text) {
  const NAME = "[A-Za-z_][\\w.\\-]*(?::[A-Za-z_][\\w.\\-]*)?";
  const openTag = new RegExp(`^<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`);
  const attrRe = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, "g");
  let pos = 0;
  let line = 1;
  let root = null;
  const stack = [];
  const advance = (n) => {
    for (let i = pos; i < pos + n; i++) if (text.charCodeAt(i) === 10) line++;
    pos += n;
  };
  const skipUntil = (terminator, what) => {
    const end = text.indexOf(terminator, pos);
    if (end < 0) throw new Error(`line ${line}: unterminated ${what}`);
    advance(end + terminator.length - pos);
  };
  if (text.charCodeAt(0) === 0xfeff) pos = 1;
  while (pos < text.length) {
    const lt = text.indexOf("<", pos);
    const chunk = text.slice(pos, lt < 0 ? text.length : lt);
    if (chunk.length > 0) {
      if (stack.length === 0) {
        if (chunk.trim() !== "") throw new Error(`line ${line}: text outside the root element`);
      } else {
        stack[stack.length - 1].text += decodeEntities(chunk, line);
      }
      advance(chunk.length);
    }
    if (lt < 0) break;
    const rest = text.slice(pos, pos + 9);
    if (rest.startsWith("<?")) {
      skipUntil("?>", "processing instruction");
    } else if (rest.startsWith("<!--")) {
      skipUntil("-->", "comment");
    } else if (rest.startsWith("<![CDATA[")) {
      if (stack.length === 0) throw new Error(`line ${line}: CDATA outside the root element`);
      const end = text.indexOf("]]>", pos);
      if (end < 0) throw new Error(`line ${line}: unterminated CDATA`);
      stack[stack.length - 1].text += text.slice(pos + 9, end);
      advance(end + 3 - pos);
    } else if (rest.startsWith("<!")) {
      throw new Error(`line ${line}: DOCTYPE and declarations are not allowed in a manifest`);
    } else if (rest.startsWith("</")) {
      const m = new RegExp(`^</(${NAME})\\s*>`).exec(text.slice(pos));
      if (!m) throw new Error(`line ${line}: malformed end tag`);
      const open = stack.pop();
      if (!open || open.name !== m[1]) {
        throw new Error(`line ${line}: end tag </${m[1]}> does not match <${open ? open.name : "nothing"}>`);
      }
      advance(m[0].length);
    } else {
      const m = openTag.exec(text.slice(pos));
      if (!m) throw new Error(`line ${line}: malformed start tag`);
      if (stack.length === 0 && root) throw new Error(`line ${line}: more than one root element`);
      const attrs = {};
      for (const a of m[2].matchAll(attrRe)) {
        if (a[1] in attrs) throw new Error(`line ${line}: duplicate attribute ${a[1]}`);
        attrs[a[1]] = decodeEntities(a[2] !== undefined ? a[2] : a[3], line);
      }
      const parent = stack[stack.length - 1] || null;
      const [prefix, local] = m[1].includes(":") ? m[1].split(":") : ["", m[1]];
      const scope = Object.assign(
        {},
        parent ? parent.scope : { xml: "http://www.w3.org/XML/1998/namespace" },
      );
      for (const [k, v] of Object.entries(attrs)) {
        if (k === "xmlns") scope[""] = v;
        else if (k.startsWith("xmlns:")) scope[k.slice(6)] = v;
      }
      if (prefix && !(prefix in scope)) throw new Error(`line ${line}: undeclared prefix ${prefix}`);
      const element = {
        name: m[1],
        prefix,
        local,
        ns: scope[prefix] || "",
        attrs,
        children: [],
        text: "",
        line,
      };
      Object.defineProperty(element, "parent", { value: parent, enumerable: false });
      Object.defineProperty(element, "scope", { value: scope, enumerable: false });
      if (parent) parent.children.push(element);
      else root = element;
      advance(m[0].length);
      if (m[3] !== "/") stack.push(element);
    }
  }
  if (stack.length > 0) throw new Error(`line ${line}: <${stack[stack.length - 1].name}> is not closed`);
  if (!root) throw new Error("no root element");
  return root;
}

/** Every element of the tree, depth first, the root included. */
function allElements(root) {
  const out = [];
  const walk = (e) => {
    out.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return out;
}

/** The value of an `xsi:type` attribute (local part), or "". */
function xsiType(element) {
  for (const [k, v] of Object.entries(element.attrs)) {
    const [p, l] = k.includes(":") ? k.split(":") : ["", k];
    if (l === "type" && p && element.scope[p] === NS.xsi) return v.includes(":") ? v.split(":")[1] : v;
  }
  return "";
}

// ---------------------------------------------------------------------------------------------------------------
// Schema validation of a copy without the newer elements.

/**
 * Removes NEWER_ELEMENTS (with their content) from the manifest text, keeping line numbers (the removed text is
 * replaced by as many newlines). Returns `{ text, removed: [{ name, line }] }`.
 */
function stripNewerElements(text) {
  const removed = [];
  let out = text;
  for (const { name } of NEWER_ELEMENTS) {
    const re = new RegExp(`<((?:[A-Za-z_][\\w.\\-]*:)?${name})\\b[^>]*?(?:/>|>[\\s\\S]*?</\\1\\s*>)`, "g");
    out = out.replace(re, (match, _tag, offset) => {
      removed.push({ name, line: out.slice(0, offset).split("\n").length });
      return "\n".repeat(match.split("\n").length - 1);
    });
  }
  return { text: out, removed };
}

/** Loads xmllint-wasm lazily (it starts a worker thread). */
function xmllint() {
  return require("xmllint-wasm");
}

/** Well-formedness check by libxml2. Returns a list of error messages (empty when well-formed). */
async function checkWellFormed(text, fileName) {
  const result = await xmllint().validateXML({
    xml: [{ fileName, contents: text }],
    normalization: "format",
  });
  return result.errors.map((e) => e.rawMessage);
}

/** XSD validation against the 2019 Microsoft schemas. Returns a list of error messages. */
async function checkSchema(text, fileName) {
  const read = (f) => fs.readFileSync(path.join(SCHEMA_DIR, f), "utf8");
  const result = await xmllint().validateXML({
    xml: [{ fileName, contents: text }],
    schema: [{ fileName: MAIN_SCHEMA, contents: read(MAIN_SCHEMA) }],
    preload: SCHEMA_DEPENDENCIES.map((f) => ({ fileName: f, contents: read(f) })),
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

// ---------------------------------------------------------------------------------------------------------------
// Checks the schema cannot see.

/** Width and height of a PNG file from its IHDR chunk, or null when the file is not a PNG. */
function pngSize(buffer) {
  const signature = "89504e470d0a1a0a";
  if (buffer.length < 24 || buffer.subarray(0, 8).toString("hex") !== signature) return null;
  if (buffer.subarray(12, 16).toString("ascii") !== "IHDR") return null;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** Files the production build emits (from webpack.config.js), used when dist/ has not been built. */
function declaredBuildOutputs() {
  try {
    const config = require(path.join(ROOT, "webpack.config.js"));
    return Array.isArray(config.buildOutputs) ? config.buildOutputs : [];
  } catch {
    return [];
  }
}

/** Source text of every .ts/.tsx file under a directory. */
function sourceTexts(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
}

/**
 * Semantic checks on the parsed manifest. Returns findings `{ level: "error"|"warning"|"info", ru, en }`.
 * options: `{ rootDir, distDir, srcDir }`.
 */
function checkManifest(root, options) {
  const rootDir = options.rootDir || ROOT;
  const distDir = options.distDir || path.join(rootDir, "dist");
  const srcDir = options.srcDir || path.join(rootDir, "src");
  const findings = [];
  const error = (ru, en) => findings.push({ level: "error", ru, en });
  const warn = (ru, en) => findings.push({ level: "warning", ru, en });
  const info = (ru, en) => findings.push({ level: "info", ru, en });
  const all = allElements(root);
  const byLocal = (local, ns) => all.filter((e) => e.local === local && (ns === undefined || e.ns === ns));
  const first = (local, ns) => byLocal(local, ns)[0];

  if (root.local !== "OfficeApp" || root.ns !== NS.app) {
    error("корневой элемент не OfficeApp", "the root element is not OfficeApp");
    return findings;
  }
  if (xsiType(root) !== "TaskPaneApp")
    error("тип надстройки не TaskPaneApp", "the add-in type is not TaskPaneApp");
  const id = first("Id", NS.app);
  if (!id || !id.text.trim()) error("нет <Id>", "<Id> is missing");
  const locale = first("DefaultLocale", NS.app);
  if (!locale || locale.text.trim() !== EXPECTED.locale) {
    error(`язык по умолчанию не ${EXPECTED.locale}`, `the default locale is not ${EXPECTED.locale}`);
  }

  // Resources: unique ids, kinds.
  const kinds = { Images: "image", Urls: "url", ShortStrings: "short", LongStrings: "long" };
  const resources = new Map();
  for (const [container, kind] of Object.entries(kinds)) {
    for (const c of byLocal(container, NS.bt)) {
      for (const r of c.children) {
        const rid = r.attrs.id;
        if (resources.has(rid)) error(`ресурс ${rid} определён дважды`, `resource ${rid} is defined twice`);
        resources.set(rid, { kind, value: r.attrs.DefaultValue, element: r });
      }
    }
  }
  const ids = new Map();
  for (const e of all) {
    if (e.attrs.id === undefined || e.local === "Image" || e.local === "Url" || e.local === "String")
      continue;
    const key = e.attrs.id;
    if (ids.has(key)) error(`id «${key}» повторяется`, `id "${key}" is not unique`);
    ids.set(key, e);
  }
  const expectedKind = (e) => {
    if (e.local === "Image") return "image";
    if (e.local === "SourceLocation" || e.local === "FunctionFile" || e.local === "Runtime") return "url";
    if (e.local === "Description") return "long";
    return "short";
  };
  const used = new Set();
  for (const e of all) {
    if (e.attrs.resid === undefined) continue;
    const rid = e.attrs.resid;
    used.add(rid);
    const r = resources.get(rid);
    if (!r)
      error(
        `ссылка на неопределённый ресурс ${rid} (строка ${e.line})`,
        `resid ${rid} is not defined (line ${e.line})`,
      );
    else if (r.kind !== expectedKind(e)) {
      error(
        `ресурс ${rid} не того вида для <${e.local}>`,
        `resource ${rid} is the wrong kind for <${e.local}>`,
      );
    }
  }
  for (const rid of resources.keys()) {
    if (!used.has(rid)) warn(`ресурс ${rid} нигде не используется`, `resource ${rid} is never used`);
  }

  // Shared runtime.
  const runtimes = byLocal("Runtime", NS.ov);
  if (runtimes.length !== 1) error("нужен ровно один <Runtime>", "exactly one <Runtime> is needed");
  for (const rt of runtimes) {
    if (rt.attrs.lifetime !== "long")
      error('<Runtime> должен иметь lifetime="long"', '<Runtime> needs lifetime="long"');
    const pageSource = byLocal("Page", NS.ov).flatMap((p) =>
      p.children.filter((c) => c.local === "SourceLocation"),
    );
    const fnFile = first("FunctionFile", NS.ov);
    for (const [what, e] of [
      ["Page", pageSource[0]],
      ["FunctionFile", fnFile],
    ]) {
      if (!e || e.attrs.resid !== rt.attrs.resid) {
        error(
          `${what} не совпадает с общей средой выполнения`,
          `${what} does not use the shared runtime's page`,
        );
      }
    }
  }
  const sets = byLocal("Set", NS.app).map((s) => s.attrs.Name);
  for (const set of ["SharedRuntime", "CustomFunctionsRuntime"]) {
    if (!sets.includes(set))
      error(`в <Requirements> нет набора ${set}`, `<Requirements> lacks the ${set} set`);
  }

  // Custom functions namespace.
  const namespace = first("Namespace", NS.ov);
  const nsValue = namespace && resources.get(namespace.attrs.resid);
  if (!nsValue || nsValue.value !== EXPECTED.namespace) {
    error(
      `пространство имён функций не ${EXPECTED.namespace}`,
      `the functions namespace is not ${EXPECTED.namespace}`,
    );
  }

  // Ribbon: group on TabHome with both buttons.
  const tab = byLocal("OfficeTab", NS.ov).find((t) => t.attrs.id === "TabHome");
  const controls = tab ? allElements(tab).filter((e) => e.local === "Control") : [];
  const label = (e) => {
    const l = e.children.find((c) => c.local === "Label");
    return l && resources.get(l.attrs.resid) ? resources.get(l.attrs.resid).value : undefined;
  };
  for (const b of EXPECTED.buttons) {
    const c = controls.find((x) => label(x) === b.label);
    const action = c && c.children.find((x) => x.local === "Action");
    if (!c || !action || xsiType(action) !== b.action) {
      error(
        `на вкладке «Главная» нет кнопки «${b.label}» (${b.action})`,
        `no "${b.label}" ${b.action} button on TabHome`,
      );
    }
  }
  const sources = sourceTexts(srcDir).join("\n");
  for (const fn of byLocal("FunctionName", NS.ov)) {
    const name = fn.text.trim();
    if (!new RegExp(`Office\\.actions\\.associate\\(\\s*["'\`]${name}["'\`]`).test(sources)) {
      error(
        `команда ${name} не связана в src/ (Office.actions.associate)`,
        `command ${name} is not associated in src/`,
      );
    }
  }

  // URLs → files; icon sizes.
  const builtDist = fs.existsSync(path.join(distDir, "taskpane.html"));
  const outputs = builtDist ? [] : declaredBuildOutputs();
  const urls = [];
  for (const e of all) {
    for (const [k, v] of Object.entries(e.attrs)) {
      if ((k === "DefaultValue" || k === "Value") && /^https?:\/\//.test(v))
        urls.push({ url: v, element: e });
    }
  }
  for (const s of byLocal("SourceLocation", NS.app)) {
    if (s.attrs.DefaultValue) urls.push({ url: s.attrs.DefaultValue, element: s });
  }
  const seen = new Set();
  for (const { url, element } of urls) {
    if (seen.has(url)) continue;
    seen.add(url);
    if (!url.startsWith(`${ORIGIN}/`)) {
      error(`адрес ${url} не на ${ORIGIN}`, `URL ${url} is not on ${ORIGIN}`);
      continue;
    }
    const rel = url.slice(ORIGIN.length + 1).split(/[?#]/)[0];
    const candidates = [];
    if (rel.startsWith("assets/")) candidates.push(path.join(rootDir, rel));
    if (builtDist) candidates.push(path.join(distDir, rel));
    const missing = candidates.filter((f) => !fs.existsSync(f));
    if (!rel.startsWith("assets/") && !builtDist) {
      if (outputs.includes(rel))
        info(`${rel} создаётся сборкой (dist/ ещё нет)`, `${rel} is produced by the build (no dist/ yet)`);
      else error(`${url}: сборка не создаёт ${rel}`, `${url}: the build does not produce ${rel}`);
    } else if (missing.length > 0) {
      error(
        `${url}: нет файла ${missing.map((f) => path.relative(rootDir, f)).join(", ")}`,
        `${url}: file missing`,
      );
    }
    if (rel.endsWith(".png") && fs.existsSync(path.join(rootDir, rel))) {
      const dims = pngSize(fs.readFileSync(path.join(rootDir, rel)));
      const declared = /icon-(\d+)\.png$/.exec(rel);
      if (!dims) error(`${rel} не PNG`, `${rel} is not a PNG`);
      else if (declared && (dims.width !== +declared[1] || dims.height !== +declared[1])) {
        error(
          `${rel}: ${dims.width}×${dims.height} вместо ${declared[1]}×${declared[1]}`,
          `${rel} has the wrong size`,
        );
      }
    }
  }
  // <bt:Image size="N" resid=...> in ribbon icons must point at an N×N picture.
  for (const img of byLocal("Image", NS.bt).filter((e) => e.attrs.size !== undefined)) {
    const r = resources.get(img.attrs.resid);
    if (!r || !r.value.startsWith(`${ORIGIN}/`)) continue;
    const file = path.join(rootDir, r.value.slice(ORIGIN.length + 1));
    const dims = fs.existsSync(file) ? pngSize(fs.readFileSync(file)) : null;
    if (dims && (dims.width !== +img.attrs.size || dims.height !== +img.attrs.size)) {
      error(
        `значок ${img.attrs.resid} размера ${dims.width}, а заявлен ${img.attrs.size}`,
        `icon ${img.attrs.resid} size mismatch`,
      );
    }
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * Validates a manifest file. Returns `{ ok, wellFormed: [msg], schema: [msg], removed: [{name, line}], findings }`.
 */
async function validateManifest(manifestPath, options = {}) {
  const text = fs.readFileSync(manifestPath, "utf8");
  const fileName = path.basename(manifestPath);
  const report = { ok: false, wellFormed: [], schema: [], removed: [], findings: [] };
  report.wellFormed = await checkWellFormed(text, fileName);
  let root = null;
  try {
    root = parseXml(text);
  } catch (e) {
    if (report.wellFormed.length === 0) report.wellFormed.push(String(e.message));
  }
  if (report.wellFormed.length > 0) return report;
  const stripped = stripNewerElements(text);
  report.removed = stripped.removed;
  report.schema = await checkSchema(stripped.text, fileName);
  report.findings = checkManifest(root, options);
  report.ok = report.schema.length === 0 && !report.findings.some((f) => f.level === "error");
  return report;
}

function printReport(report, manifestPath) {
  const rel = path.relative(process.cwd(), manifestPath) || manifestPath;
  console.log(`Проверка манифеста / Validating manifest: ${rel} (offline, xmllint-wasm + 2019 XSD)`);
  if (report.wellFormed.length > 0) {
    console.log("✗ XML построен с ошибками / XML is not well-formed:");
    report.wellFormed.forEach((m) => console.log(`    ${m}`));
    return;
  }
  console.log("✓ XML корректен / XML is well-formed");
  if (report.removed.length > 0) {
    const names = report.removed.map((r) => `<${r.name}> (строка/line ${r.line})`).join(", ");
    console.log(
      `  Для проверки по схеме 2019 г. удалены новые элементы / removed for the 2019 schema: ${names}`,
    );
  }
  if (report.schema.length === 0) console.log("✓ Соответствует схеме / Valid against the XSD");
  else {
    console.log("✗ Ошибки схемы / Schema errors:");
    report.schema.forEach((m) => console.log(`    ${m}`));
  }
  const mark = { error: "✗", warning: "!", info: "·" };
  for (const f of report.findings) console.log(`${mark[f.level]} ${f.ru} / ${f.en}`);
  const errors = report.schema.length + report.findings.filter((f) => f.level === "error").length;
  console.log(
    report.ok
      ? "Итог: манифест в порядке. / Summary: the manifest is valid."
      : `Итог: ошибок — ${errors}. / Summary: ${errors} error(s).`,
  );
}

async function main() {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const distIndex = args.indexOf("--dist");
  const distDir = distIndex >= 0 ? path.resolve(args[distIndex + 1]) : undefined;
  const positional = args.filter((a, i) => !a.startsWith("--") && (distIndex < 0 || i !== distIndex + 1));
  const manifestPath = path.resolve(positional[0] || path.join(ROOT, "manifest.xml"));
  const report = await validateManifest(manifestPath, { rootDir: ROOT, distDir });
  if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else printReport(report, manifestPath);
  process.exitCode = report.ok ? 0 : 1;
}

if (require.main === module) {
  main().catch((e) => {
    console.error(`Проверка не выполнена / validation could not run: ${e && e.stack ? e.stack : e}`);
    process.exit(2);
  });
}

module.exports = {
  parseXml,
  allElements,
  stripNewerElements,
  checkManifest,
  validateManifest,
  pngSize,
  NEWER_ELEMENTS,
};
