import type { SourcedValue } from "./types";

/**
 * The district's figure of an indicator in one year: the mean over the schools that have a value, weighted by
 * participants where asked (results: criteria.md, «district figures weighted by participants») and every value
 * has them, else the plain mean. Its sources are the sheets of the values (no single cell).
 * @example districtValue([{ value: 30, sources: [], participants: 10 }, { value: 10, sources: [], participants: 90 }], true)?.value // 12
 */
export function districtValue(
  values: readonly (SourcedValue | undefined)[],
  weighted: boolean,
): SourcedValue | undefined {
  const present = values.filter((v): v is SourcedValue => v !== undefined && Number.isFinite(v.value));
  if (present.length === 0) return undefined;
  const byWeight = weighted && present.every((v) => v.participants !== undefined && v.participants > 0);
  let sum = 0;
  let weight = 0;
  for (const v of present) {
    const w = byWeight ? v.participants! : 1;
    sum += v.value * w;
    weight += w;
  }
  const sheets = [...new Set(present.flatMap((v) => v.sources.map((s) => s.sheet)))];
  return {
    value: sum / weight,
    sources: sheets.map((sheet) => ({ sheet, cells: [] })),
    ...(byWeight ? { participants: weight } : {}),
    how: byWeight
      ? `среднее по ${present.length} ОО района, взвешенное по числу участников (${weight})`
      : `среднее по ${present.length} ОО района`,
  };
}
