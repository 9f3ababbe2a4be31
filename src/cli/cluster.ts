import { foldText } from "../core/cells/cell-text";
import {
  cluster,
  clusterName,
  parseModel,
  riskDetail,
  type ClusterModel,
  type ClusterNumber,
} from "../core/clusters";
import { messageRu } from "../core/messages-ru";
import { isSpecialSchool } from "../core/schools/special-school";
import { schoolNames } from "../core/roadmap/sheet/workbook-schools";
import { computeDistrictStats, type DistrictStats } from "../core/stats/district-stats";
import type { TableColumn } from "../core/tables/table";
import {
  columnMeasure,
  contingentMeasure,
  microdistrictMeasure,
  resultMeasure,
  staffingMeasure,
  sumMeasure,
  type SchoolMeasure,
} from "../core/workbook/school-measures";
import { buildWorkbookMap, type SheetMap, type WorkbookMap } from "../core/workbook/workbook-map";
import { parseFileArgs } from "./file-args";
import type { CliCommand } from "./command";
import { EXIT, type CliIo } from "./io";
import { openForCommand } from "./workbook-file";
import { printJson } from "./write-output";

const USAGE =
  "shnor cluster <файл.xlsx> [--sheet ЛИСТ] [--results ЗАГОЛОВОК] [--context ЗАГОЛОВОК] [--model M] [--json]";

const HELP = `Использование: ${USAGE}
Кластеры школ по районной модели (A «контингент», B «кадры», C «микрорайон», D «сумма»): результат и параметр
контекста каждой школы сравниваются со средним по району; «риск» — номер соседнего кластера, если школа ближе
0,25 стандартного отклонения к его границе, иначе 0.
  --model M            «контингент» (A), «кадры» (B), «микрорайон» (C) или «сумма» (D, по умолчанию);
                       «, медиана» — делить по медиане
  --results ЗАГОЛОВОК  столбец результатов по тексту заголовка (достаточно однозначной части)
  --context ЗАГОЛОВОК  столбец параметра контекста так же
  --sheet ЛИСТ         искать столбцы и брать школы на этом листе (иначе — все листы и список ОО)
  --json               вывести результат одним документом JSON
Без --results результат — успеваемость по ВПР последнего года (100 − доля «2», взвешенно по участникам).
Без --context параметр берётся по модели из распознанных листов последнего года:
  A — сложность контингента: доля обучающихся с ОВЗ, инофонов, из малоимущих семей и на учёте, %;
  B — кадры: педагоги высшей и первой категории за вычетом стажа до 3 лет и старше 65 лет, на 100 педагогов;
  C — оценка особенностей микрорайона (больше — благоприятнее);
  D — сумма трёх параметров в стандартных отклонениях: −контингент + кадры + микрорайон.
  Столбец-индекс на листе («индекс сложности контингента», «индекс кадрового обеспечения») берётся вместо расчёта.
Особые ОО (ЦО, школа-интернат, ШРЯ и другие ОО особого вида) не участвуют в кластеризации «в силу вида и
уникальности», как в районной модели, и школы без результата или контекста выводятся без кластера с причиной.
Код выхода: 0 — готово; 2 — книгу или параметры нельзя использовать.
`;

/** One school of `cluster --json`. */
export interface ClusterSchoolJson {
  key: string;
  name: string;
  cluster: ClusterNumber | null;
  risk: ClusterNumber | 0 | null;
  result: number | null;
  context: number | null;
  /** Why the school has no cluster (Russian); only when `cluster` is null. */
  reason?: string;
}

/** `cluster --json` (contracts.md): the model, then one entry per school; extra fields record the parameters. */
export interface ClusterJson {
  model: string;
  modelName: string;
  centre: "mean" | "median";
  band: number;
  results: { label: string; sources: string[] };
  context: { label: string; sources: string[] };
  district: { n: number; resultCentre: number; contextCentre: number } | null;
  clusters: { cluster: ClusterNumber; name: string; schools: number }[];
  schools: ClusterSchoolJson[];
}

const BAND = 0.25;

/** A value, or a usage or data problem as a Russian message (the command then exits with 2). */
type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };
const unusable = (message: string): { ok: false; message: string } => ({ ok: false, message });

/** The column whose header contains `text` (folded); an exact header wins over partial ones. */
function findColumn(
  sheets: readonly SheetMap[],
  text: string,
  option: string,
): Outcome<{ sheet: SheetMap; column: TableColumn }> {
  const wanted = foldText(text);
  const found: { sheet: SheetMap; column: TableColumn }[] = [];
  for (const sheet of sheets)
    for (const column of sheet.table?.columns ?? [])
      if (foldText(column.header).includes(wanted)) found.push({ sheet, column });
  const exact = found.filter((f) => foldText(f.column.header) === wanted);
  const pick = exact.length === 1 ? exact : found;
  const where = (f: { sheet: SheetMap; column: TableColumn }) => `«${f.sheet.name}»: «${f.column.header}»`;
  if (pick.length === 0)
    return unusable(
      `Столбец с заголовком «${text}» (${option}) не найден${sheets.length === 1 ? ` на листе «${sheets[0].name}»` : ""}.`,
    );
  if (pick.length > 1)
    return unusable(
      `Заголовок «${text}» (${option}) неоднозначен — подходят столбцы:\n  ${pick.map(where).join("\n  ")}\nУточните заголовок или укажите лист (--sheet).`,
    );
  return { ok: true, value: pick[0] };
}

/** The context measure a model uses when `--context` is not given. */
function modelContext(map: WorkbookMap, model: ClusterModel, among: string[]): SchoolMeasure {
  if (model.id === "A") return contingentMeasure(map);
  if (model.id === "B") return staffingMeasure(map);
  if (model.id === "C") return microdistrictMeasure(map);
  return sumMeasure(contingentMeasure(map), staffingMeasure(map), microdistrictMeasure(map), among);
}

/** The school keys taking part, in order: the rows of `--sheet`, else the registry. */
function schoolKeys(map: WorkbookMap, sheet: SheetMap | undefined): string[] {
  const keys = sheet ? sheet.schools.matched.map((m) => m.key) : map.registry.entries.map((e) => e.key);
  return [...new Set(keys)];
}

/**
 * Clusters the schools of a workbook by a district model: the whole `cluster` command except reading the file.
 * A wrong option or a workbook without the measures is a Russian message.
 */
function clusterWorkbook(map: WorkbookMap, options: Map<string, string>): Outcome<ClusterJson> {
  const parsed = parseModel(options.get("--model"));
  if (!parsed.ok)
    return unusable(`${messageRu(parsed.issue)} Модели: «контингент», «кадры», «микрорайон», «сумма» (A–D).`);
  const model = parsed.value;
  const sheetName = options.get("--sheet");
  const sheet =
    sheetName === undefined ? undefined : map.sheets.find((s) => foldText(s.name) === foldText(sheetName));
  if (sheetName !== undefined && !sheet)
    return unusable(
      `Лист «${sheetName}» не найден. Листы книги: ${map.sheets.map((s) => `«${s.name}»`).join(", ")}.`,
    );
  if (sheet && !sheet.table) return unusable(`На листе «${sheet.name}» не найдена таблица.`);
  const scope = sheet ? [sheet] : map.sheets.filter((s) => s.table);
  const keys = schoolKeys(map, sheet);
  const ordinary = keys.filter((k) => !isSpecialSchool(k));
  const measure = (
    option: "--results" | "--context",
    fallback: () => SchoolMeasure,
  ): Outcome<SchoolMeasure> => {
    const header = options.get(option);
    if (header === undefined) return { ok: true, value: fallback() };
    const found = findColumn(scope, header, option);
    return found.ok ? { ok: true, value: columnMeasure(found.value.sheet, found.value.column) } : found;
  };
  const resultsFound = measure("--results", () => resultMeasure(map));
  if (!resultsFound.ok) return resultsFound;
  const contextsFound = measure("--context", () => modelContext(map, model, ordinary));
  if (!contextsFound.ok) return contextsFound;
  const results = resultsFound.value;
  const contexts = contextsFound.value;
  if (results.values.size === 0)
    return unusable(
      "В книге не найдены результаты (листы ВПР с долей «2» и участниками): укажите столбец --results.",
    );
  if (contexts.values.size === 0)
    return unusable(
      `В книге не найден параметр контекста модели «${model.name}» (${model.context}): укажите столбец --context.`,
    );
  const taking = ordinary.filter((k) => results.values.has(k) && contexts.values.has(k));
  const stats = computeDistrictStats(
    taking.map((k) => [results.values.get(k)!]),
    taking.map((k) => [contexts.values.get(k)!]),
  );
  if (!stats.ok || stats.value.n < 2)
    return unusable(
      `Для кластеризации нужны хотя бы две школы с результатом и контекстом; найдено ${taking.length}.`,
    );
  const names = schoolNames(map);
  const schools = keys.map((key) =>
    placeSchool(key, names.get(key) ?? key, results, contexts, stats.value, model),
  );
  const clusters = ([1, 2, 3, 4] as const).map((n) => ({
    cluster: n,
    name: nameOf(n, model),
    schools: schools.filter((s) => s.cluster === n).length,
  }));
  const centreOf = (c: DistrictStats["results"]) => (model.centre === "median" ? c.median : c.mean);
  return {
    ok: true,
    value: {
      model: model.id,
      modelName: model.name,
      centre: model.centre,
      band: BAND,
      results: { label: results.label, sources: results.sources },
      context: { label: contexts.label, sources: contexts.sources },
      district: {
        n: stats.value.n,
        resultCentre: centreOf(stats.value.results),
        contextCentre: centreOf(stats.value.contexts),
      },
      clusters,
      schools,
    },
  };
}

const nameOf = (n: number, model: ClusterModel): string => {
  const name = clusterName(n, model);
  return name.ok ? name.value : "";
};

function placeSchool(
  key: string,
  name: string,
  results: SchoolMeasure,
  contexts: SchoolMeasure,
  district: DistrictStats,
  model: ClusterModel,
): ClusterSchoolJson {
  const result = results.values.get(key) ?? null;
  const context = contexts.values.get(key) ?? null;
  const out = (reason: string): ClusterSchoolJson => ({
    key,
    name,
    cluster: null,
    risk: null,
    result,
    context,
    reason,
  });
  if (isSpecialSchool(key)) return out("не участвует в кластеризации в силу вида и уникальности ОО");
  if (result === null && context === null)
    return out(`нет результата и параметра контекста (${model.context})`);
  if (result === null) return out("нет результата");
  if (context === null) return out(`нет параметра контекста (${model.context})`);
  const detail = riskDetail(result, context, district, model, BAND);
  return {
    key,
    name,
    cluster: cluster(result, context, district, model),
    risk: detail.ok ? detail.value.neighbour : 0,
    result,
    context,
  };
}

const fmt = (v: number | null, digits = 1): string =>
  v === null ? "—" : v.toFixed(digits).replace(".", ",").replace(/^-/u, "−");

/**
 * The clusters as Russian text: the model and its parameters, then an aligned table of the schools, then
 * the clusters with their names and sizes.
 * @example clusterText("a.xlsx", json) // "Книга «a.xlsx», модель D «сумма» …"
 */
export function clusterText(file: string, json: ClusterJson): string {
  const centre = json.centre === "median" ? "медиана" : "среднее";
  const lines = [
    `Книга «${file}»: модель ${json.model} «${json.modelName}», граница — ${centre} по району, полоса риска ${fmt(json.band, 2)} ст. откл.`,
    `Результат: ${json.results.label} (${json.results.sources.map((s) => `«${s}»`).join(", ") || "—"}).`,
    `Контекст: ${json.context.label} (${json.context.sources.map((s) => `«${s}»`).join(", ") || "—"}).`,
  ];
  if (json.district)
    lines.push(
      `Школ в модели: ${json.district.n}; ${centre} результата ${fmt(json.district.resultCentre)}, контекста ${fmt(json.district.contextCentre, 2)}.`,
    );
  const names = new Map(json.clusters.map((c) => [c.cluster, c.name] as const));
  const rows = json.schools.map((s) => [
    s.key,
    s.name,
    fmt(s.result),
    fmt(s.context, 2),
    s.cluster === null ? "—" : String(s.cluster),
    s.risk === null || s.risk === 0 ? "" : `→ ${s.risk}`,
    s.cluster === null ? (s.reason ?? "") : (names.get(s.cluster) ?? ""),
  ]);
  const header = ["Ключ", "ОО", "Результат", "Контекст", "Кластер", "Риск", "Описание кластера / причина"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const right = new Set([2, 3, 4]);
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        i === cells.length - 1 ? c : right.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]),
      )
      .join("  ")
      .trimEnd();
  lines.push("", line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line), "");
  for (const c of json.clusters) lines.push(`Кластер ${c.cluster} — ${c.name}: школ ${c.schools}.`);
  const out = json.schools.filter((s) => s.cluster === null).length;
  if (out > 0) lines.push(`Без кластера: ${out}.`);
  return `${lines.join("\n")}\n`;
}

/**
 * `shnor cluster <файл.xlsx> [--sheet ЛИСТ] [--results ЗАГОЛОВОК] [--context ЗАГОЛОВОК] [--model M] [--json]`:
 * the schools of a workbook placed in the clusters of a district model (seed 003), with the risk of moving to
 * a neighbouring cluster; the same core as SHNOR.CLUSTER and SHNOR.RISK. Exit 0, or 2 when the file, a column
 * or an option cannot be used.
 * @example await clusterCommand.run(["examples/kirov-district-sample.xlsx", "--model", "A", "--json"], io) // 0
 */
export const clusterCommand: CliCommand = {
  name: "cluster",
  summary: "кластеры школ по районной модели (контингент, кадры, микрорайон, сумма) и риск перехода",
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const parsed = parseFileArgs(
      argv,
      {
        flags: ["--json"],
        options: ["--sheet", "--results", "--context", "--model"],
        usage: USAGE,
        help: HELP,
      },
      io,
    );
    if (!parsed.ok) return parsed.exit;
    const { file, args } = parsed;
    const model = parseModel(args.options.get("--model"));
    if (!model.ok) {
      io.stderr(`${messageRu(model.issue)} Модели: «контингент», «кадры», «микрорайон», «сумма» (A–D).\n`);
      return EXIT.usage;
    }
    const opened = await openForCommand(file, io);
    if (!opened) return EXIT.usage;
    const clustered = clusterWorkbook(buildWorkbookMap(opened.sheets), args.options);
    if (!clustered.ok) {
      io.stderr(`${clustered.message}\n`);
      return EXIT.usage;
    }
    const json = clustered.value;
    if (args.flags.has("--json")) printJson(io, json);
    else io.stdout(clusterText(file, json));
    const out = json.schools.filter((s) => s.cluster === null).length;
    if (out > 0) io.stderr(`Школ без кластера: ${out} (причины — в выводе).\n`);
    return EXIT.ok;
  },
};
