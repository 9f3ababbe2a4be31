import type { CellValue } from "../core/cells/cell-value";
import { parseNumber } from "../core/cells/russian-number";
import { adjusted } from "../core/clusters/adjusted";
import { kmeans, type KMeansResult } from "../core/clusters/kmeans";
import { parseModel, type ClusterModel } from "../core/clusters/models";
import { cluster, clusterName, risk } from "../core/clusters/quadrant";
import { issue } from "../core/issue-codes";
import { fail, ok, type Result } from "../core/result";
import { ContentCache } from "../core/stats/content-cache";
import { districtStats, type DistrictStats } from "../core/stats/district-stats";
import { toCellMatrix, toCellValue, zipCells, type CellResult } from "./arrays";
import { toExcelError } from "./excel-errors";

// Thin wrappers: coerce the arguments, call the core, map issues to cell errors. District ranges are read
// through the content-keyed cache of src/core/stats (one hashing pass per call, statistics once per range).
// custom-functions-metadata turns the JSDoc below into functions.json; descriptions are Russian only.

/** The model argument, or the issue that makes every cell an error. */
function readModel(model: unknown): Result<ClusterModel> {
  const value = toCellValue(model);
  return parseModel(value === "" ? undefined : (value ?? undefined));
}

/** A school's own number: a clear error for a blank, a dash or text, never a silent 0. */
function own(value: CellValue): Result<number> {
  return parseNumber(value);
}

/** The per-school calculation over result × context cells against one district. */
function perSchool(
  result: unknown,
  context: unknown,
  allResults: unknown,
  allContexts: unknown,
  fn: (r: number, c: number, district: DistrictStats) => Result<number>,
): CellResult[][] {
  const district = districtStats(allResults, allContexts, toCellMatrix);
  if (!district.ok) return [[toExcelError(district.issue)]];
  return zipCells([result, context], ([r, c]) => {
    const x = own(r);
    if (!x.ok) return x;
    const y = own(c);
    if (!y.ok) return y;
    return fn(x.value, y.value, district.value);
  });
}

/**
 * Номер кластера школы (1–4) в районной модели кластеризации: результаты и параметр контекста школы сравниваются со средним по району (значение, равное среднему, считается «выше»). Нумерация кластеров — своя в каждой модели.
 * @customfunction CLUSTER
 * @param result Результат школы (средний балл, % и т. п.) или диапазон результатов — тогда ответ займёт диапазон того же размера.
 * @param context Параметр контекста школы по модели: сложность контингента, кадровое обеспечение, благоприятность микрорайона или сумма трёх параметров.
 * @param all_results Результаты всех школ района (диапазон); пустые ячейки, прочерки и текст пропускаются.
 * @param all_contexts Параметр контекста всех школ района, в тех же строках, что и результаты.
 * @param [model] Модель: «контингент» (A), «кадры» (B), «микрорайон» (C) или «сумма» (D, по умолчанию); добавьте «, медиана», чтобы делить по медиане.
 * @returns Номер кластера 1–4.
 */
export function clusterFunction(
  result: unknown[][],
  context: unknown[][],
  all_results: unknown[][],
  all_contexts: unknown[][],
  model?: string,
): unknown[][] {
  const m = readModel(model);
  if (!m.ok) return [[toExcelError(m.issue)]];
  return perSchool(result, context, all_results, all_contexts, (r, c, d) => ok(cluster(r, c, d, m.value)));
}

/**
 * Описание кластера районной модели словами, например «низкие результаты, сложный контингент».
 * @customfunction CLUSTERNAME
 * @param cluster Номер кластера 1–4 или диапазон номеров.
 * @param [model] Модель: «контингент» (A), «кадры» (B), «микрорайон» (C) или «сумма» (D, по умолчанию).
 * @returns Описание кластера на русском языке.
 */
export function clusterNameFunction(cluster: unknown[][], model?: string): unknown[][] {
  const m = readModel(model);
  if (!m.ok) return [[toExcelError(m.issue)]];
  return zipCells([cluster], ([value]) => {
    const n = own(value);
    return n.ok ? clusterName(n.value, m.value) : n;
  });
}

/**
 * Зона риска перехода: номер соседнего кластера, в который школа может опуститься (или подняться), если она ближе к границе кластера, чем на band стандартных отклонений по району; иначе 0. Если школа близка к обеим границам, берётся ближайшая.
 * @customfunction RISK
 * @param result Результат школы или диапазон результатов.
 * @param context Параметр контекста школы по модели.
 * @param all_results Результаты всех школ района (диапазон); пустые ячейки, прочерки и текст пропускаются.
 * @param all_contexts Параметр контекста всех школ района, в тех же строках.
 * @param [band] Ширина пограничной полосы в стандартных отклонениях по району (по умолчанию 0,25).
 * @param [model] Модель: «контингент» (A), «кадры» (B), «микрорайон» (C) или «сумма» (D, по умолчанию).
 * @returns Номер соседнего кластера или 0, если школа далеко от границ.
 */
export function riskFunction(
  result: unknown[][],
  context: unknown[][],
  all_results: unknown[][],
  all_contexts: unknown[][],
  band?: number,
  model?: string,
): unknown[][] {
  const m = readModel(model);
  if (!m.ok) return [[toExcelError(m.issue)]];
  const b = readOptionalNumber(band, 0.25, "band");
  if (!b.ok) return [[toExcelError(b.issue)]];
  return perSchool(result, context, all_results, all_contexts, (r, c, d) => risk(r, c, d, m.value, b.value));
}

/**
 * Результат с поправкой на контекст: среднее по району плюс отклонение школы от линии регрессии результатов на параметр контекста по району («с поправкой на контингент»).
 * @customfunction ADJUSTED
 * @param result Результат школы или диапазон результатов.
 * @param context Параметр контекста школы (например, сложность контингента).
 * @param all_results Результаты всех школ района (диапазон); пустые ячейки, прочерки и текст пропускаются.
 * @param all_contexts Параметр контекста всех школ района, в тех же строках.
 * @returns Скорректированный результат в единицах результата.
 */
export function adjustedFunction(
  result: unknown[][],
  context: unknown[][],
  all_results: unknown[][],
  all_contexts: unknown[][],
): unknown[][] {
  return perSchool(result, context, all_results, all_contexts, (r, c, d) => adjusted(r, c, d));
}

const kmeansCache = new ContentCache<Result<KMeansResult>>(4);

/**
 * Кластеры школ методом k-средних по стандартизированным показателям: столбец номеров 1…k для строк данных. Кластер 1 — с наибольшим центром по первому столбцу, и так далее по убыванию. Результат воспроизводим при том же seed.
 * @customfunction KMEANS
 * @param data Таблица «школы × показатели» (строка — школа, столбец — показатель). Полностью пустая строка даёт пустую ячейку; строка с пропуском или текстом — ошибку.
 * @param [k] Число кластеров (по умолчанию 4).
 * @param [seed] Начальное значение генератора случайных чисел (по умолчанию 1); запишите его рядом с результатом.
 * @returns Столбец номеров кластеров той же высоты, что и данные.
 */
export function kmeansFunction(data: unknown[][], k?: number, seed?: number): unknown[][] {
  const kk = readOptionalNumber(k, 4, "k");
  if (!kk.ok) return [[toExcelError(kk.issue)]];
  const s = readOptionalNumber(seed, 1, "seed");
  if (!s.ok) return [[toExcelError(s.issue)]];
  const rows = toCellMatrix(data).map(readRow);
  const valid = rows
    .filter((r): r is { ok: true; value: number[] } => r !== "blank" && r.ok)
    .map((r) => r.value);
  const run = kmeansCache.getOrCompute([data], `k=${kk.value}|seed=${s.value}`, () =>
    kmeans(valid, kk.value, s.value),
  );
  if (!run.ok) return [[toExcelError(run.issue)]];
  let next = 0;
  return rows.map((r) => [r === "blank" ? "" : r.ok ? run.value.labels[next++] : toExcelError(r.issue)]);
}

/** A row of the k-means table: its numbers, "blank" when every cell is empty, or the first cell's issue. */
function readRow(row: CellValue[]): Result<number[]> | "blank" {
  const values: number[] = [];
  let blanks = 0;
  let firstIssue: Result<number[]> | undefined;
  for (const cell of row) {
    const n = parseNumber(cell);
    if (n.ok) values.push(n.value);
    else {
      if (n.issue.code === "empty" && (cell === null || cell === undefined || cell === "")) blanks++;
      firstIssue ??= fail(n.issue);
    }
  }
  if (row.length > 0 && blanks === row.length) return "blank";
  return firstIssue ?? ok(values);
}

/** An optional numeric argument: its default when omitted or blank. */
function readOptionalNumber(value: unknown, fallback: number, name: string): Result<number> {
  const cell = toCellValue(value);
  if (cell === null || cell === "") return ok(fallback);
  const n = parseNumber(cell);
  return n.ok ? n : fail(issue("bad-argument", { name, text: String(cell) }));
}
