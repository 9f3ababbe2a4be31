import { keyOf, rowCell } from "../context";
import { RESULT_KINDS } from "../kinds";
import type { Rule } from "../rule";

/**
 * `values.participants-above-students` (error): more participants of one procedure than the school has
 * students that year by its contingent sheet. Reported at the participants cell.
 * @example participantsAboveStudentsRule.run(context) // 950 participants, 612 students → finding at D7
 */
export const participantsAboveStudentsRule: Rule = {
  id: "values.participants-above-students",
  severity: "error",
  run(context) {
    const students = new Map<number, { value: number; sheet: string }>();
    for (const sheet of context.sheets) {
      if (sheet.map.kind !== "contingent") continue;
      const column = sheet.blocks[0]?.byRole.get("students");
      if (!column || column.column.percent) continue;
      for (let i = 0; i < column.values.length; i++) {
        const key = sheet.schoolKey[i] * 4096 + sheet.year[i];
        if (sheet.schoolKey[i] < 0 || sheet.year[i] === 0 || Number.isNaN(column.values[i])) continue;
        if (!students.has(key)) students.set(key, { value: column.values[i], sheet: sheet.map.name });
      }
    }
    if (students.size === 0) return;
    for (const sheet of context.sheets) {
      if (!RESULT_KINDS.has(sheet.map.kind)) continue;
      for (const block of sheet.blocks) {
        const participants = block.byRole.get("participants");
        if (!participants || participants.column.percent) continue;
        for (let i = 0; i < participants.values.length; i++) {
          if (sheet.schoolKey[i] < 0) continue;
          const known = students.get(sheet.schoolKey[i] * 4096 + sheet.year[i]);
          const value = participants.values[i];
          if (!known || !(value > known.value)) continue;
          const school = keyOf(context, sheet, i);
          context.report(
            this.id,
            sheet.map.name,
            rowCell(sheet, i, participants.column),
            {
              participants: value,
              students: known.value,
              school: school ?? "",
              year: sheet.year[i],
              source: known.sheet,
            },
            school,
          );
        }
      }
    }
  },
};
