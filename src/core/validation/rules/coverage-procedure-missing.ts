import { keyOf, rowCell } from "../context";
import { SHEET_KIND_RU } from "../../labels-ru";
import { RESULT_KINDS } from "../kinds";
import { NumberMap } from "../number-map";
import { CELL, procedureKey, subjectOf } from "../parsed-sheet";
import type { Rule } from "../rule";
import type { SheetKind } from "../../workbook/sheet-kind";

/**
 * Rows of a sheet below this (and sheets below 4096) fit in a packed place (`pack`); larger sheets hold far
 * more than Excel does and are not followed.
 */
const ROWS = 8388608;

/** Where a procedure was first seen, packed in one number: sheet, block, column of its first number, row. */
function pack(sheet: number, block: number, column: number, row: number): number {
  return ((sheet * 1024 + block) * 256 + column) * ROWS + row;
}

function unpack(place: number): { sheet: number; block: number; column: number; row: number } {
  const row = place % ROWS;
  const rest = Math.floor(place / ROWS);
  return { sheet: Math.floor(rest / 262144), block: Math.floor(rest / 256) % 1024, column: rest % 256, row };
}

/**
 * What one kind's sheets hold: the first place of each school × procedure × year (packed keys
 * `(school × 2^20 + procedure) × 4096 + year`), the years in the order met, the schools of each year.
 */
interface KindSeen {
  first: NumberMap;
  years: number[];
  schools: Map<number, Set<number>>;
}

/**
 * `coverage.procedure-missing-next-year` (info): a school that has a grade and subject one year (ВПР 5 класс
 * математика) has results of that kind the next year but not for that grade and subject. A note: subjects
 * chosen by students (ЕГЭ, ОГЭ by choice) come and go. Only tables whose rows name a grade or subject count.
 * Reported at the earlier year's cell of the procedure's first number.
 * @example procedureMissingRule.run(context) // 221 ВПР 2022 6 класс история, no 2023 row → «ВПР 2022»!D9
 */
export const procedureMissingRule: Rule = {
  id: "coverage.procedure-missing-next-year",
  severity: "info",
  run(context) {
    const procedureIds = new Map<string, number>();
    const byKind = new Map<SheetKind, KindSeen>();
    context.sheets.forEach((sheet, sheetIndex) => {
      const kind = sheet.map.kind;
      if (!RESULT_KINDS.has(kind) || sheet.schoolKey.length >= ROWS || sheetIndex >= 4096) return;
      let seen = byKind.get(kind);
      if (!seen) {
        const rows = context.sheets.reduce((n, s) => n + (s.map.kind === kind ? s.schoolKey.length : 0), 0);
        seen = { first: new NumberMap(rows), years: [], schools: new Map() };
        byKind.set(kind, seen);
      }
      const { first, years, schools } = seen;
      sheet.blocks.forEach((block, blockIndex) => {
        const columns = [...block.byRole.values()];
        const ids: number[] = [];
        let lastYear = -1;
        let inYear: Set<number> | undefined;
        for (let i = 0; i < sheet.schoolKey.length; i++) {
          const school = sheet.schoolKey[i];
          const year = sheet.year[i];
          if (school < 0 || school >= 2097152 || year <= 0 || year >= 4096) continue;
          let filled = -1;
          for (let c = 0; c < columns.length && filled < 0; c++)
            if (columns[c].status[i] <= CELL.textNumber) filled = c;
          if (filled < 0) continue;
          const local = sheet.procedure[i];
          let id = ids[local];
          if (id === undefined) {
            const text = procedureKey(sheet, block, i);
            id = text === "|" ? -1 : (procedureIds.get(text) ?? procedureIds.size);
            if (id >= 0) procedureIds.set(text, id);
            ids[local] = id;
          }
          if (id < 0) continue;
          if (year !== lastYear) {
            lastYear = year;
            inYear = schools.get(year);
            if (!inYear) {
              inYear = new Set<number>();
              schools.set(year, inYear);
              years.push(year);
            }
          }
          inYear!.add(school);
          const key = (school * 1048576 + id) * 4096 + year;
          if (!first.has(key)) first.set(key, pack(sheetIndex, blockIndex, filled, i));
        }
      });
    });
    for (const [kind, { first, years, schools }] of byKind) {
      for (const year of years) {
        const nextSchools = schools.get(year + 1);
        if (!nextSchools) continue;
        first.forEach((place, key) => {
          if (key % 4096 !== year || first.has(key + 1)) return;
          if (!nextSchools.has(Math.floor(key / 4294967296))) return;
          const where = unpack(place);
          const sheet = context.sheets[where.sheet];
          const row = where.row;
          const block = sheet.blocks[where.block];
          const column = [...block.byRole.values()][where.column].column;
          const grade = sheet.grade?.[row];
          const what = [
            grade ? `${grade} класс`.replace(/класс класс$/u, "класс") : "",
            subjectOf(sheet, block, row) ?? "",
          ]
            .filter((p) => p !== "")
            .join(", ");
          const school = keyOf(context, sheet, row);
          context.report(
            this.id,
            sheet.map.name,
            rowCell(sheet, row, column),
            { school: school ?? "", kind: SHEET_KIND_RU[kind], year, next: year + 1, what },
            school,
          );
        });
      }
    }
  },
};
