/**
 * A linear scale from data values to SVG coordinates with 5 % padding at both ends; a flat range maps to the
 * middle.
 * @example chartScale([0, 10], 0, 100)(5) // 50
 */
export function chartScale(values: readonly number[], from: number, to: number): (v: number) => number {
  const finite = values.filter(Number.isFinite);
  let lo = finite.length > 0 ? Math.min(...finite) : 0;
  let hi = finite.length > 0 ? Math.max(...finite) : 1;
  if (hi === lo) return () => (from + to) / 2;
  const pad = (hi - lo) * 0.05;
  lo -= pad;
  hi += pad;
  return (v) => from + ((v - lo) / (hi - lo)) * (to - from);
}
