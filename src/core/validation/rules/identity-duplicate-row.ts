import { keyOf, schoolCell } from "../context";
import { NumberMap } from "../number-map";
import type { Rule } from "../rule";

/**
 * `identity.duplicate-row` (error): the same school twice in one table for the same year, grade and subject
 * (whatever the spelling of its name). Reported at the school cell of the repeated row, naming the first.
 * @example duplicateRowRule.run(context) // «СОШ №221» in row 9 after «ГБОУ СОШ № 221» in row 5 → A9
 */
export const duplicateRowRule: Rule = {
  id: "identity.duplicate-row",
  severity: "error",
  run(context) {
    for (const sheet of context.sheets) {
      const n = sheet.schoolKey.length;
      const seen = new NumberMap(n);
      for (let i = 0; i < n; i++) {
        const school = sheet.schoolKey[i];
        if (school < 0) continue;
        // A number key: school, year and procedure ids packed below 2^53 (no string per row).
        const key = (school * 4096 + (sheet.year[i] & 4095)) * 1048576 + sheet.procedure[i];
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, i);
          continue;
        }
        const grade = sheet.grade?.[i] ?? "";
        const subject = sheet.subject?.[i] ?? "";
        const parts = [grade && `${grade} класс`.replace(/класс класс$/u, "класс"), subject];
        if (sheet.map.rowYears && sheet.year[i] > 0) parts.push(`${sheet.year[i]} год`);
        const what = parts.filter((p) => p !== "").join(", ");
        context.report(
          this.id,
          sheet.map.name,
          schoolCell(sheet, i),
          {
            school: keyOf(context, sheet, i) ?? "",
            first: sheet.table.rows[first].sheetRow + 1,
            what: what === "" ? "" : ` (${what})`,
          },
          keyOf(context, sheet, i),
        );
      }
    }
  },
};
