import { columnLetters } from "../../cells/a1";
import type { IndicatorColumns } from "./layout";
import { TOLERANCE_CELL } from "./layout";

const at = (column: number, row: number) => `${columnLetters(column)}${row + 1}`;

/**
 * The change of an indicator on a row: latest minus earlier, rounded to 6 decimals; "" without both years.
 * @example changeFormula(cols, 14) // 'IF(COUNT(G15:H15)<2,"",ROUND(H15-G15,6))'
 */
export function changeFormula(c: IndicatorColumns, row: number): string {
  const [a, b] = [at(c.before, row), at(c.after, row)];
  return `IF(COUNT(${a}:${b})<2,"",ROUND(${b}-${a},6))`;
}

/**
 * The sign of the change as the improvement it means: 1, 0 or −1 ("" without a change). Results use the
 * tolerance cell; other indicators any change (SIGN); a fall is an improvement where lower is better.
 * @example signFormula(cols, 14) // 'IF(I15="","",IF(I15>$C$3,1,IF(I15<-$C$3,-1,0)))'
 */
export function signFormula(c: IndicatorColumns, row: number): string {
  const d = at(c.change, row);
  const down = c.indicator.def.higherIsBetter === false;
  if (c.indicator.def.tolerant) {
    const [good, bad] = down
      ? [`${d}<-${TOLERANCE_CELL}`, `${d}>${TOLERANCE_CELL}`]
      : [`${d}>${TOLERANCE_CELL}`, `${d}<-${TOLERANCE_CELL}`];
    return `IF(${d}="","",IF(${good},1,IF(${bad},-1,0)))`;
  }
  return `IF(${d}="","",SIGN(${down ? `0-${d}` : d}))`;
}

/** Number format of a sign cell: ▲ improvement, ▼ worsening, ● stable. */
export const SIGN_FORMAT = '"▲";"▼";"●"';
/** Number format of a 1/0 flag cell. */
export const YES_NO_FORMAT = '"да";"да";"нет"';
/** Number format of a change. */
export const CHANGE_FORMAT = "+0.0;-0.0;0.0";
