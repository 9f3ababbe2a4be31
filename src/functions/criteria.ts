/**
 * Criteria functions: SHNOR.ISLOW, SHNOR.FAILSHARE, SHNOR.STATUS. Thin wrappers: coerce the cells, call the
 * core with the active criteria profile, map the result to cells.
 */
import type { CellValue } from "../core/cells/cell-value";
import { failShareFromMarks } from "../core/criteria/marks";
import { failShareFromScores } from "../core/criteria/fail-share";
import { DistrictRanking } from "../core/criteria/is-low";
import { evaluateStatus, statusDetails } from "../core/criteria/status";
import { issue } from "../core/issue-codes";
import { ok } from "../core/result";
import { ContentCache } from "../core/stats/content-cache";
import { getActiveProfile } from "./active-profile";
import { toCellMatrix, zipCells, type CellResult } from "./arrays";
import { toExcelError } from "./excel-errors";
import {
  booleanArg,
  districtNumbers,
  guarded,
  numberArg,
  omitted,
  ownNumber,
  ownNumbers,
  rawGrid,
  scalar,
} from "./criteria-cells";
import { failScale, hasShape, ownOptionalValue, schoolProcedures, statusDistrict } from "./status-input";

const islowRankings = new ContentCache<DistrictRanking>(16);

/**
 * Показывает, входит ли значение в худшую часть района (по умолчанию — нижняя четверть).
 * @customfunction ISLOW
 * @param value Значение школы (ячейка или диапазон — тогда результат той же формы).
 * @param all_values Значения всех школ района; пустые ячейки, прочерки и текст пропускаются.
 * @param [worst_share] Доля худших школ района: 0,25 (по умолчанию) или 25 %.
 * @param [higher_is_better] ИСТИНА (по умолчанию), если большее значение лучше; ЛОЖЬ — для доли «2».
 * @returns ИСТИНА, если значение в худшей части района.
 * @example =SHNOR.ISLOW(B2; B$2:B$70) → ИСТИНА для школ нижней четверти
 */
export function isLowFunction(
  value: unknown[][],
  all_values: unknown[][],
  worst_share?: unknown,
  higher_is_better?: unknown,
): unknown[][] {
  return guarded(() => {
    const share = numberArg(worst_share, getActiveProfile().relativeWorstShare * 100, "доля худших");
    if (!share.ok) return [[toExcelError(share.issue)]];
    const fraction = share.value > 1 ? share.value / 100 : share.value;
    if (fraction < 0 || fraction > 1)
      return [[toExcelError(issue("out-of-range", { value: share.value, range: "0–1 или 0–100 %" }))]];
    const higher = booleanArg(higher_is_better, true, "больше — лучше");
    if (!higher.ok) return [[toExcelError(higher.issue)]];
    const grid = rawGrid(all_values);
    const ranking = islowRankings.getOrCompute([grid], "", () => new DistrictRanking(districtNumbers(grid)));
    if (ranking.size === 0) return [[toExcelError(issue("not-enough-data", { min: 1 }))]];
    return zipCells([value], ([cell]) => {
      const own = ownNumber(cell);
      return own.ok ? ok(ranking.isLow(own.value, fraction, higher.value)) : own;
    });
  });
}

/**
 * Доля не справившихся с процедурой, %: доля «2» по количествам или долям отметок «2»–«5» (ВПР, ОГЭ, РДР), либо доля участников ЕГЭ (ОГЭ) ниже минимального балла по их баллам.
 * @customfunction FAILSHARE
 * @param n2_or_scores Количество (или доля) отметок «2»; или баллы участников одной школы, если второй аргумент — предмет.
 * @param [n3_or_subject] Количество (доля) «3»; или предмет: «русский язык», «математика профильная», «ОГЭ математика»…
 * @param [n4_or_year] Количество (доля) «4»; или год экзамена (по умолчанию — последний год профиля).
 * @param [n5] Количество (доля) «5».
 * @returns Доля «2» (ниже минимального балла), %.
 * @example =SHNOR.FAILSHARE(C2; D2; E2; F2) → 30 при 6, 8, 4, 2 участниках
 * @example =SHNOR.FAILSHARE(B2:B31; "русский язык"; 2024) → % баллов ниже 24
 */
export function failShareFunction(
  n2_or_scores: unknown[][],
  n3_or_subject?: unknown[][],
  n4_or_year?: unknown[][],
  n5?: unknown[][],
): unknown[][] {
  return guarded(() => {
    const subject = scalar(n3_or_subject);
    const subjectMode = typeof subject === "string" && subject.trim() !== "" && !ownNumber(subject).ok;
    if (subjectMode) return [[failShareFromScoreCells(toCellMatrix(n2_or_scores), subject, n4_or_year)]];
    return zipCells([n2_or_scores, n3_or_subject, n4_or_year, n5], (cells) => {
      const values = ownNumbers(cells);
      if (!values.ok) return values;
      const [a, b, c, d] = values.value;
      return failShareFromMarks({ n2: a, n3: b, n4: c, n5: d });
    });
  });
}

function failShareFromScoreCells(grid: CellValue[][], subject: string, yearArg: unknown): CellResult {
  const profile = getActiveProfile();
  const years = Object.keys(
    subject.toLowerCase().includes("огэ") ? profile.ogeScales : profile.egeMinimums,
  ).map(Number);
  const year = numberArg(yearArg, Math.max(...years.filter(Number.isFinite)), "год");
  if (!year.ok) return toExcelError(year.issue);
  const scores: number[] = [];
  for (const row of grid)
    for (const cell of row) {
      const parsed = ownNumber(cell);
      if (parsed.ok) scores.push(parsed.value);
      else if (parsed.issue.code !== "empty") return toExcelError(parsed.issue);
    }
  const share = failShareFromScores(scores, subject, year.value, profile);
  return share.ok ? share.value.share : toExcelError(share.issue);
}

/**
 * Все категории, к которым школа относится по действующему профилю критериев: «ШНОР», «зона риска», «ШНСУ» (самая серьёзная первой, через «; »); пусто, если ни одной. Строки — школы, столбцы — процедуры (в обоих годах в одном порядке).
 * @customfunction STATUS
 * @param fail_now Доли «2» (ниже минимального балла ЕГЭ), % — процедуры последнего года, строка школы (или строки всех школ).
 * @param [fail_before] Доли «2» тех же процедур за предыдущий год, в том же порядке.
 * @param [context] Индекс сложности контингента школы (больше — сложнее).
 * @param [all_contexts] Индексы контингента всех школ района (для ШНСУ — худшая четверть).
 * @param [n_now] Число участников процедур последнего года (менее 10 — не учитывается, 10–19 — «выборка ограничена»).
 * @param [n_before] Число участников процедур предыдущего года.
 * @param [result] Результат школы по модели кластеризации (для полосы риска у границы кластера).
 * @param [all_results] Результаты всех школ района.
 * @param [all_fail_now] Доли «2» всех школ района за последний год (для относительного режима профиля).
 * @param [all_fail_before] Доли «2» всех школ района за предыдущий год (для относительного режима).
 * @param [details] ИСТИНА — вывести и причины (какие процедуры, какое правило).
 * @returns Категории через «; » или пустая строка.
 * @example =SHNOR.STATUS(F2:K2; L2:Q2; C2; C$2:C$70) → «ШНОР; ШНСУ»
 */
export function statusFunction(
  fail_now: unknown[][],
  fail_before?: unknown[][],
  context?: unknown[][],
  all_contexts?: unknown[][],
  n_now?: unknown[][],
  n_before?: unknown[][],
  result?: unknown[][],
  all_results?: unknown[][],
  all_fail_now?: unknown[][],
  all_fail_before?: unknown[][],
  details?: unknown,
): unknown[][] {
  return guarded(() => {
    const profile = getActiveProfile();
    const now = rawGrid(fail_now);
    const rows = now.length;
    const cols = now[0]?.length ?? 0;
    const opt = (arg: unknown): CellValue[][] | undefined => (omitted(arg) ? undefined : rawGrid(arg));
    const before = opt(fail_before);
    const nNow = opt(n_now);
    const nBefore = opt(n_before);
    const contexts = opt(context);
    const results = opt(result);
    for (const g of [before, nNow, nBefore])
      if (g && !hasShape(g, rows, cols)) return [[toExcelError(issue("shape-mismatch"))]];
    for (const g of [contexts, results])
      if (g && !hasShape(g, rows, 1)) return [[toExcelError(issue("shape-mismatch"))]];
    const wantDetails = booleanArg(details, false, "подробно");
    if (!wantDetails.ok) return [[toExcelError(wantDetails.issue)]];

    const several = rows > 1;
    const districtOf = (arg: unknown, own: CellValue[][] | undefined) =>
      opt(arg) ?? (several ? own : undefined);
    const allContexts = districtOf(all_contexts, contexts);
    const allResults = districtOf(all_results, results);
    const allNow = districtOf(all_fail_now, now);
    const allBefore = districtOf(all_fail_before, before);
    for (const g of [allNow, allBefore])
      if (g && g !== now && g !== before && (g[0]?.length ?? 0) !== cols)
        return [[toExcelError(issue("shape-mismatch"))]];
    const scale = failScale([now, before, allNow, allBefore], several || allNow !== undefined);
    const district = statusDistrict(
      allContexts,
      allResults,
      profile.mode === "relative" ? allNow : undefined,
      profile.mode === "relative" ? allBefore : undefined,
      scale,
    );

    const out: CellResult[][] = [];
    for (let r = 0; r < rows; r++) {
      const procedures = schoolProcedures(r, now, before, nNow, nBefore, scale);
      const ctx = contexts ? ownOptionalValue(contexts[r][0]) : undefined;
      const res = results ? ownOptionalValue(results[r][0]) : undefined;
      const bad = !procedures.ok ? procedures : ctx && !ctx.ok ? ctx : res && !res.ok ? res : undefined;
      if (bad && !bad.ok) {
        out.push([toExcelError(bad.issue)]);
        continue;
      }
      if (ctx?.ok && ctx.value !== undefined && !allContexts) {
        out.push([
          toExcelError(
            issue("bad-argument", {
              name: "«all_contexts»",
              text: "для ШНСУ укажите контекст всех школ района",
            }),
          ),
        ]);
        continue;
      }
      const outcome = evaluateStatus(
        {
          procedures: procedures.ok ? procedures.value : [],
          context: ctx?.ok ? ctx.value : undefined,
          result: res?.ok ? res.value : undefined,
        },
        district,
        profile,
        { reasonTexts: wantDetails.value },
      );
      out.push([
        outcome.ok
          ? wantDetails.value
            ? statusDetails(outcome.value)
            : outcome.value.text
          : toExcelError(outcome.issue),
      ]);
    }
    return out;
  });
}
