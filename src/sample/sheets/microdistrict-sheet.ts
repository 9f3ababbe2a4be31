import { SheetBuilder } from "../sheet-builder";
import { commaText } from "../text-format";
import type { SampleSheet, SheetTruth } from "../types";
import { nameIn, type SampleContext } from "./context";

/**
 * «Микрорайон»: the neighbourhood of each school (an overall score, share of new housing, transport access,
 * culture and extra-curricular institutions nearby), numbers typed as text with a decimal comma; no year.
 * @example microdistrictSheet(context).truth.year // null
 */
export function microdistrictSheet(context: SampleContext): { sheet: SampleSheet; truth: SheetTruth } {
  const b = new SheetBuilder("Микрорайон", "microdistrict", null, []);
  b.title("Особенности микрорайонов общеобразовательных организаций", 5);
  b.spacer();
  b.row(
    [
      "ОО",
      "Оценка особенностей микрорайона, баллы",
      "Доля новостроек, %",
      "Транспортная доступность, баллы",
      "Учреждения культуры и дополнительного образования рядом, ед.",
    ],
    { bold: true },
  );
  for (const school of context.schools) {
    const r = context.data.microdistrict.find((x) => x.key === school.key);
    if (!r) continue;
    b.school(
      b.row([
        nameIn(context, school, ["compact", "short"]),
        commaText(r.index),
        commaText(r.newHousing),
        commaText(r.transport),
        r.culture,
      ]),
      0,
      school.key,
    );
  }
  b.columnWidths([36, 18, 14, 16, 22]);
  return b.build();
}
