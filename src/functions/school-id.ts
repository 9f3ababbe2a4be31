import { schoolId } from "../core/schools/school-id";
import { mapCells } from "./arrays";

// custom-functions-metadata turns the JSDoc below into functions.json: the text before the tags is the
// description Excel shows, so it stays Russian only; @example tags are ignored by the generator.
/**
 * Ключ школы по любому написанию названия: «ГБОУ СОШ № 221 Кировского района» → «221», «ГБОУ ЦО № 162» → «ЦО 162». Неоднозначное название — ошибка со списком вариантов, а не догадка.
 * @example =SHNOR.SCHOOLID("sch780221 ГБОУ СОШ №221") // "221"
 * @example =SHNOR.SCHOOLID(A2:B4) // a 3×2 spill of keys, #Н/Д with a Russian message for blank or unknown names
 * @customfunction SCHOOLID
 * @param name Название школы в любом написании (текст или номер) либо диапазон названий — тогда результат займёт диапазон того же размера.
 * @returns Ключ школы: номер («221») или вид и номер («ЦО 162»).
 */
export function schoolIdFunction(name: unknown[][]): unknown[][] {
  return mapCells(name, schoolId);
}
