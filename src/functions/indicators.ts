/**
 * Everyday indicators: SHNOR.SUCCESS, SHNOR.QUALITY, SHNOR.DYNAMICS, SHNOR.OBJECTIVITY, SHNOR.MENTOR.
 */
import type { CellValue } from "../core/cells/cell-value";
import { quality, success, type Marks } from "../core/criteria/marks";
import { objectivity } from "../core/criteria/objectivity";
import { dynamics } from "../core/dynamics/dynamics";
import { issue } from "../core/issue-codes";
import { findMentor } from "../core/mentors/mentor";
import { fail, ok, type Result } from "../core/result";
import { schoolId } from "../core/schools/school-id";
import { getActiveProfile } from "./active-profile";
import { toCellMatrix, zipCells } from "./arrays";
import { toExcelError } from "./excel-errors";
import {
  booleanArg,
  guarded,
  numberArg,
  omitted,
  optionalNumber,
  ownNumber,
  ownNumbers,
} from "./criteria-cells";

function marksFunction(
  n2: unknown[][],
  n3: unknown[][],
  n4: unknown[][],
  n5: unknown[][],
  indicator: (m: Marks) => Result<number>,
): unknown[][] {
  return guarded(() =>
    zipCells([n2, n3, n4, n5], (cells) => {
      const values = ownNumbers(cells);
      if (!values.ok) return values;
      const [a, b, c, d] = values.value;
      return indicator({ n2: a, n3: b, n4: c, n5: d });
    }),
  );
}

/**
 * Успеваемость, %: 100 − доля «2» (доля отметок «3», «4», «5»), по количествам или долям отметок.
 * @customfunction SUCCESS
 * @param n2 Количество (или доля) отметок «2».
 * @param n3 Количество (доля) отметок «3».
 * @param n4 Количество (доля) отметок «4».
 * @param n5 Количество (доля) отметок «5».
 * @returns Успеваемость, %.
 * @example =SHNOR.SUCCESS(C2; D2; E2; F2) → 70 при 6, 8, 4, 2
 */
export function successFunction(
  n2: unknown[][],
  n3: unknown[][],
  n4: unknown[][],
  n5: unknown[][],
): unknown[][] {
  return marksFunction(n2, n3, n4, n5, success);
}

/**
 * Качество знаний, %: доля отметок «4» и «5», по количествам или долям отметок.
 * @customfunction QUALITY
 * @param n2 Количество (или доля) отметок «2».
 * @param n3 Количество (доля) отметок «3».
 * @param n4 Количество (доля) отметок «4».
 * @param n5 Количество (доля) отметок «5».
 * @returns Качество знаний, %.
 * @example =SHNOR.QUALITY(C2; D2; E2; F2) → 30 при 6, 8, 4, 2
 */
export function qualityFunction(
  n2: unknown[][],
  n3: unknown[][],
  n4: unknown[][],
  n5: unknown[][],
): unknown[][] {
  return marksFunction(n2, n3, n4, n5, quality);
}

/**
 * Динамика показателя между двумя годами: 1 — положительная, 0 — стабильно (в пределах допуска), −1 — отрицательная.
 * @customfunction DYNAMICS
 * @param before Значение за прошлый год (ячейка или диапазон).
 * @param after Значение за текущий год (той же формы).
 * @param [higher_is_better] ИСТИНА (по умолчанию), если рост — улучшение; ЛОЖЬ — для доли «2».
 * @param [tolerance] Допуск в единицах показателя (по умолчанию 1 п.п. из профиля критериев).
 * @returns 1, 0 или −1.
 * @example =SHNOR.DYNAMICS(B2; C2) → 1 при 62 → 70
 */
export function dynamicsFunction(
  before: unknown[][],
  after: unknown[][],
  higher_is_better?: unknown,
  tolerance?: unknown,
): unknown[][] {
  return guarded(() => {
    const higher = booleanArg(higher_is_better, true, "больше — лучше");
    if (!higher.ok) return [[toExcelError(higher.issue)]];
    const tol = numberArg(tolerance, getActiveProfile().dynamicsTolerance, "допуск");
    if (!tol.ok) return [[toExcelError(tol.issue)]];
    return zipCells([before, after], ([a, b]) => {
      const x = ownNumber(a);
      if (!x.ok) return x;
      const y = ownNumber(b);
      if (!y.ok) return y;
      return ok<number>(dynamics(x.value, y.value, higher.value, tol.value));
    });
  });
}

/**
 * Признаки необъективности по сравнению отметок ВПР с журнальными: ИСТИНА, если «повысили» не меньше порога.
 * @customfunction OBJECTIVITY
 * @param lowered «Понизили» (отметка ВПР ниже журнальной): количество или %.
 * @param confirmed «Подтвердили»: количество или %.
 * @param raised «Повысили» (отметка ВПР выше журнальной): количество или %.
 * @param [threshold] Порог доли «повысили», % (по умолчанию 15 из профиля критериев).
 * @returns ИСТИНА при признаках необъективности.
 * @example =SHNOR.OBJECTIVITY(10; 70; 20) → ИСТИНА
 */
export function objectivityFunction(
  lowered: unknown[][],
  confirmed: unknown[][],
  raised: unknown[][],
  threshold?: unknown,
): unknown[][] {
  return guarded(() => {
    const limit = numberArg(threshold, getActiveProfile().objectivity.raisedThreshold, "порог");
    if (!limit.ok) return [[toExcelError(limit.issue)]];
    return zipCells([lowered, confirmed, raised], (cells) => {
      const values = ownNumbers(cells);
      if (!values.ok) return values;
      const [a, b, c] = values.value;
      return objectivity(a, b, c, limit.value);
    });
  });
}

/** A school key from any spelling; the trimmed text when SCHOOLID cannot read it. */
function keyOf(cell: CellValue): string {
  if (cell === null || cell === undefined) return "";
  const id = schoolId(cell);
  return id.ok ? id.value : String(cell).trim();
}

/** Keys to exclude: TRUE or a status with «ШНОР» in a row aligned with `schools`, or listed keys. */
function excludedKeys(grid: CellValue[][] | undefined, keys: readonly string[]): Set<string> {
  const out = new Set<string>();
  if (!grid) return out;
  const cells = grid.flat();
  const aligned = cells.length === keys.length;
  cells.forEach((cell, i) => {
    const flag = cell === true || (typeof cell === "string" && /ШНОР/iu.test(cell));
    if (aligned && flag) out.add(keys[i]);
    else if (
      !flag &&
      cell !== false &&
      cell !== "" &&
      cell !== null &&
      cell !== undefined &&
      !(aligned && /^(ложь|false|0)$/iu.test(String(cell)))
    ) {
      const key = keyOf(cell);
      if (key !== "") out.add(key);
    }
  });
  return out;
}

/**
 * Школа-наставник для школы («Школа – школе»): из школ с результатом выше среднего по району (и положительной динамикой, если она указана), не исключённых и не ШНОР, — ближайшая по контексту (в стандартизованных показателях); при равенстве — с меньшим номером.
 * @customfunction MENTOR
 * @param school Школа, для которой ищется наставник (название или номер; диапазон — для нескольких школ).
 * @param schools Школы района (столбец названий или номеров).
 * @param contexts Показатели контекста школ района: строка на школу, столбец на показатель.
 * @param results Результаты школ района (больше — лучше).
 * @param [dynamics] Динамика результатов школ (1 — положительная); если указана, наставник — только с положительной.
 * @param [exclude] Исключить: столбец ИСТИНА/статусов (строки с «ШНОР» исключаются) или список номеров школ.
 * @returns Номер (ключ) школы-наставника.
 * @example =SHNOR.MENTOR(A2; A$2:A$70; C$2:E$70; B$2:B$70; ; S$2:S$70) → «223»
 */
export function mentorFunction(
  school: unknown[][],
  schools: unknown[][],
  contexts: unknown[][],
  results: unknown[][],
  dynamics?: unknown[][],
  exclude?: unknown[][],
): unknown[][] {
  return guarded(() => {
    const keyCells = toCellMatrix(schools).flat();
    const keys = keyCells.map(keyOf);
    const contextGrid = toCellMatrix(contexts);
    const resultCells = toCellMatrix(results).flat();
    const dynamicsCells = omitted(dynamics) ? undefined : toCellMatrix(dynamics).flat();
    if (
      contextGrid.length !== keys.length ||
      resultCells.length !== keys.length ||
      (dynamicsCells && dynamicsCells.length !== keys.length)
    ) {
      return [[toExcelError(issue("shape-mismatch"))]];
    }
    const district = {
      keys,
      contexts: contextGrid.map((row) => row.map((cell) => optionalNumber(cell) ?? NaN)),
      results: resultCells.map((cell) => optionalNumber(cell) ?? NaN),
      dynamics: dynamicsCells?.map((cell) => optionalNumber(cell) ?? NaN),
    };
    const excluded = excludedKeys(omitted(exclude) ? undefined : toCellMatrix(exclude), keys);
    return zipCells([school], ([cell]) => {
      const key = keyOf(cell);
      if (key === "") return fail<string>(issue("school-empty"));
      const choice = findMentor(key, district, excluded);
      return choice.ok ? ok(choice.value.key) : choice;
    });
  });
}
