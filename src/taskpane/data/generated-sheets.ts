/**
 * The sheets the add-in generated («Проверка», «Кластеры», «Мониторинг», «Дорожная карта», template sheets), as
 * the hosts record them (setting `generated-sheets`): they are output, never input of a validation or a plan.
 */
import type { GeneratedMark } from "../../core/plans/sheet-plan";
import { GENERATED_SHEETS_KEY } from "../../hosts/plan-writer";
import type { WorkbookHost } from "../../hosts/workbook-host";

/**
 * The generated sheets by name with their generator; a missing or hand-edited setting gives an empty map.
 * @example await generatedSheets(host) // Map { "Проверка" => "validation", "Дорожная карта 2024" => "roadmap:district-plan" }
 */
export async function generatedSheets(host: Pick<WorkbookHost, "getSetting">): Promise<Map<string, string>> {
  const raw = await host.getSetting(GENERATED_SHEETS_KEY);
  const out = new Map<string, string>();
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return out;
  for (const [name, mark] of Object.entries(raw as Record<string, Partial<GeneratedMark>>))
    if (typeof mark?.generator === "string") out.set(name, mark.generator);
  return out;
}
