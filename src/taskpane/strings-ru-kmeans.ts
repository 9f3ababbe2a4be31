/**
 * Russian texts of k-means on the «Кластеры» screen and its sheet: part of the one catalogue `stringsRu`
 * (strings-ru.ts, as `stringsRu.clusters.kmeans`), kept here so each file stays readable.
 */
import type { VariableWords } from "../core/clusters";

const share = (x: number): string => `${Math.round(x * 100)} %`;
const decimal = (x: number): string => String(x).replace(".", ",");

export const KMEANS_RU = {
  option: "k-средних (по данным)",
  formulas: "Формулы =SHNOR.KMEANS(…; k; seed) — пересчитываются",
  intro:
    "Кластеры находятся по данным: школы группируются по близости выбранных показателей (в стандартных отклонениях от среднего по району). Номер 1 — кластер с наибольшим центром по первому показателю.",
  variable: (n: number) => (n <= 2 ? `Показатель ${n}` : `Показатель ${n} (необязательно)`),
  none: "— нет —",
  k: "Число кластеров k",
  seed: "Seed (начальное значение генератора)",
  seedHint: "Тот же seed на тех же данных даёт те же кластеры; он записывается на листе.",
  seedInvalid: "Введите целое число от 0 до 2 147 483 647.",
  descriptions: "Кластеры и их центры",
  size: (n: number) => `школ: ${n}`,
  centre: (label: string, value: number) =>
    `${label}: ${value.toLocaleString("ru-RU", { maximumFractionDigits: 2 })}`,
  stability: "Устойчивость",
  stabilityIntro: (runs: number, threshold: number) =>
    `Доля из ${runs} запусков с разными seed, в которых школа остаётся в своём кластере. Пограничные — ниже ${share(threshold)}.`,
  stable: (n: number, runs: number, threshold: number) =>
    `Пограничных школ нет: все ${n} школ остаются в своём кластере не менее чем в ${share(threshold)} из ${runs} запусков.`,
  borderline: (n: number) => `Пограничные школы: ${n}`,
  borderlineRow: (name: string, cluster: number, x: number) => `${name} — кластер ${cluster}, ${share(x)}`,
  duplicate: "Показатели повторяются: выберите разные.",
  /** Short names of the district indices, for the descriptions and the chart's axes. */
  words: {
    "index:results": { name: "результаты", lower: "низкие результаты" },
    "index:contingent": {
      name: "сложность контингента",
      higher: "контингент сложнее среднего",
      lower: "контингент благополучнее среднего",
    },
    "index:staffing": { name: "кадровое обеспечение" },
    "index:microdistrict": { name: "благоприятность микрорайона" },
    "index:sum": { name: "сумма трёх параметров" },
  } as Record<string, VariableWords>,
  chartDesc: (n: number, x: string, y: string) =>
    `Школ на диаграмме: ${n}. По оси X — ${x}, по оси Y — ${y}. Пунктир — средние по району; обведены пограничные школы.`,
  record: {
    method: (k: number, seed: number) =>
      `Метод: k-средних на стандартизированных показателях; k = ${k}; seed = ${seed}`,
    variable: (n: number, label: string, source: string) => `Показатель ${n}: ${label} [${source}]`,
    stability: (runs: number, first: number, last: number, threshold: number) =>
      `Устойчивость: ${runs} запусков, seed ${first}…${last}; пограничные — ниже ${decimal(threshold)}`,
    iterations: (iterations: number, converged: boolean, n: number) =>
      `Итераций: ${iterations}${converged ? "" : " (предел, без сходимости)"}; школ в модели: ${n}`,
    cluster: (label: number, size: number, description: string) =>
      `Кластер ${label} (школ: ${size}): ${description}`,
  },
  column: {
    cluster: "Кластер k-средних",
    stability: "Устойчивость (доля запусков)",
    description: "Описание кластера",
  },
} as const;
