import { chooseSheetName, type SheetTarget } from "../core/plans/sheet-name";
import type { GeneratedMark, SheetPlan } from "../core/plans/sheet-plan";
import type { WorkbookHost } from "./workbook-host";

/** The setting that records which sheets the add-in generated: sheet name → mark. */
export const GENERATED_SHEETS_KEY = "generated-sheets";

/** The steps a host provides to write a plan; `writePlanSafely` orders them by the safety rules. */
export interface SheetBuilder {
  /** Every worksheet name, hidden ones included, without the settings sheet. */
  names(): Promise<string[]>;
  /** Builds the whole plan as a new sheet named `tempName` (at the end of the workbook). */
  build(tempName: string, plan: SheetPlan): Promise<void>;
  /** Deletes `name` when `replaces`, then renames `tempName` to `name` (at the deleted sheet's place). */
  swap(tempName: string, name: string, replaces: boolean): Promise<void>;
  /** Deletes the temporary sheet after a failed build, if it exists. */
  discard(tempName: string): Promise<void>;
}

/**
 * Writes a generated sheet by the safety rules: a user sheet is never touched (a free name is chosen instead),
 * only a sheet this generator made is replaced (marks kept in the settings sheet), and the sheet is built under
 * a temporary name and swapped in at the end, so a failure half-way leaves no half-built sheet.
 *
 * @example const { name } = await writePlanSafely(host, builder, plan) // "Мониторинг (2)" next to a user's «Мониторинг»
 */
export async function writePlanSafely(
  host: Pick<WorkbookHost, "getSetting" | "setSetting">,
  builder: SheetBuilder,
  plan: SheetPlan,
): Promise<SheetTarget> {
  const existing = await builder.names();
  const lower = new Set(existing.map((name) => name.toLowerCase()));
  const stored = (await host.getSetting(GENERATED_SHEETS_KEY)) as Record<string, GeneratedMark> | undefined;
  // A mark whose sheet is gone (deleted or renamed by the user) no longer protects that name.
  const marks = Object.fromEntries(
    Object.entries(stored ?? {}).filter(([name]) => lower.has(name.toLowerCase())),
  );
  const target = chooseSheetName(plan.name, existing, marks, plan.mark.generator);
  const tempName = temporaryName(lower);
  try {
    await builder.build(tempName, plan);
  } catch (error) {
    await builder.discard(tempName);
    throw error;
  }
  await builder.swap(tempName, target.name, target.replaces);
  await host.setSetting(GENERATED_SHEETS_KEY, { ...marks, [target.name]: plan.mark });
  return target;
}

/** A sheet name that no sheet has, for building: "ШНОР_сборка_1", "ШНОР_сборка_2", … */
function temporaryName(taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const name = `ШНОР_сборка_${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
