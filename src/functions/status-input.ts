/**
 * Turns STATUS's ranges into the core's schools and district, with the district part cached by content
 * (Excel hands every cell fresh arrays; a district range shared by many cells is prepared once).
 */
import type { CellValue } from "../core/cells/cell-value";
import { DistrictRanking } from "../core/criteria/is-low";
import { prepareStatusDistrict, type ProcedureFigures, type StatusDistrict } from "../core/criteria/status";
import { issue } from "../core/issue-codes";
import { fail, ok, type Result } from "../core/result";
import { ContentCache } from "../core/stats/content-cache";
import { cellOf, districtNumbers, optionalNumber, ownNumber } from "./criteria-cells";

// Keyed by the ranges' content, compared exactly (one comparison pass per call, no hashing: see ContentCache).
const rankings = new ContentCache<DistrictRanking>(32);
const resultStats = new ContentCache<StatusDistrict["results"]>(16);
const columnRankings = new ContentCache<DistrictRanking[]>(16);

/** Forgets cached district preparations (tests, a workbook switch). */
export function clearStatusCache(): void {
  rankings.clear();
  resultStats.clear();
  columnRankings.clear();
}

/**
 * Whether failure shares arrive as fractions of one (cells formatted «%» reach a function as 0,35): only
 * decided when a district is present (several rows or district ranges), and only when every number is ≤ 1.
 */
export function failScale(
  grids: ReadonlyArray<CellValue[][] | undefined>,
  districtPresent: boolean,
): 1 | 100 {
  if (!districtPresent) return 1;
  let any = false;
  for (const grid of grids) {
    if (!grid) continue;
    for (const row of grid)
      for (const cell of row) {
        if (typeof cell !== "number" || !Number.isFinite(cell)) continue;
        if (cell > 1 || cell < 0) return 1;
        if (cell > 0) any = true;
      }
  }
  return any ? 100 : 1;
}

/** The district part of STATUS, from the cache when the same ranges were seen before. */
export function statusDistrict(
  contexts: CellValue[][] | undefined,
  results: CellValue[][] | undefined,
  failNow: CellValue[][] | undefined,
  failBefore: CellValue[][] | undefined,
  scale: number,
): StatusDistrict {
  const district: StatusDistrict = {};
  if (contexts)
    district.contexts = rankings.getOrCompute(
      [contexts],
      "",
      () => new DistrictRanking(districtNumbers(contexts)),
    );
  if (results) {
    district.results = resultStats.getOrCompute(
      [results],
      "",
      () => prepareStatusDistrict({ results: districtNumbers(results) }).results,
    );
  }
  const byColumn = (grid: CellValue[][]) =>
    columnRankings.getOrCompute([grid], `${scale}`, () => {
      const cols = grid[0]?.length ?? 0;
      const out: DistrictRanking[] = [];
      for (let c = 0; c < cols; c++) {
        const values: number[] = [];
        for (const row of grid) {
          const v = optionalNumber(row[c]);
          if (v !== undefined) values.push(v * scale);
        }
        out.push(new DistrictRanking(values));
      }
      return out;
    });
  if (failNow) district.failNow = byColumn(failNow);
  if (failBefore) district.failBefore = byColumn(failBefore);
  return district;
}

/** A school's own optional number: blank or dash → undefined (not held), text or an error → the issue. */
function ownOptional(raw: CellValue, scale: number): Result<number | undefined> {
  const cell = cellOf(raw);
  if (typeof cell === "number")
    return Number.isFinite(cell) ? ok(cell * scale) : fail(issue("not-a-number", { text: String(cell) }));
  const parsed = ownNumber(cell);
  if (parsed.ok) {
    const percentText = typeof cell === "string" && cell.includes("%");
    return ok(percentText ? parsed.value : parsed.value * scale);
  }
  return parsed.issue.code === "empty" ? ok(undefined) : fail(parsed.issue);
}

function ownCount(cell: CellValue): Result<number | undefined> {
  const parsed = ownNumber(cell);
  if (parsed.ok) {
    return parsed.value < 0
      ? fail(issue("out-of-range", { value: parsed.value, range: "0 и больше" }))
      : ok(parsed.value);
  }
  return parsed.issue.code === "empty" ? ok(undefined) : fail(parsed.issue);
}

/** One school's procedures from the same row of the four ranges (the last two years and their sizes). */
export function schoolProcedures(
  row: number,
  now: CellValue[][],
  before: CellValue[][] | undefined,
  nNow: CellValue[][] | undefined,
  nBefore: CellValue[][] | undefined,
  scale: number,
): Result<ProcedureFigures[]> {
  const procedures: ProcedureFigures[] = [];
  for (let c = 0; c < now[row].length; c++) {
    const a = ownOptional(now[row][c], scale);
    if (!a.ok) return a;
    const b = before ? ownOptional(before[row][c], scale) : ok(undefined);
    if (!b.ok) return b;
    const x = nNow ? ownCount(nNow[row][c]) : ok(undefined);
    if (!x.ok) return x;
    const y = nBefore ? ownCount(nBefore[row][c]) : ok(undefined);
    if (!y.ok) return y;
    procedures.push({ failNow: a.value, failBefore: b.value, nNow: x.value, nBefore: y.value });
  }
  return ok(procedures);
}

/** A school's own optional scalar (context, result): blank → undefined, bad text → the issue. */
export function ownOptionalValue(cell: CellValue): Result<number | undefined> {
  return ownOptional(cell, 1);
}

/** True when a grid has exactly `rows` rows and `cols` columns. */
export function hasShape(grid: CellValue[][], rows: number, cols: number): boolean {
  return grid.length === rows && grid.every((r) => r.length === cols);
}
