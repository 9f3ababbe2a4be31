/**
 * «Сформировать мониторинг» on any writable host (Excel, an .xlsx file, memory): read the workbook, build the
 * monitoring model and the «Мониторинг» plan, write it by the safety rules. No Office globals here, so the
 * command line and tests run the same steps as the ribbon button.
 */
import type { GeneratedMark, SheetPlan } from "../core/plans/sheet-plan";
import type { SheetTarget } from "../core/plans/sheet-name";
import { loadCriteriaProfile } from "../core/criteria";
import type { Issue } from "../core/issue-codes";
import { messageRu } from "../core/messages-ru";
import {
  buildMonitoringModel,
  findRoadmapProgress,
  monitoringFigures,
  monitoringSheetPlan,
  type MonitoringFigures,
  type MonitoringModel,
} from "../core/monitoring";
import { buildWorkbookMap } from "../core/workbook/workbook-map";
import { GENERATED_SHEETS_KEY } from "../hosts/plan-writer";
import type { WritableWorkbookHost } from "../hosts/workbook-host";
import type { MonitoringStep } from "./monitoring-pane";
import { loadCorrections } from "../hosts/corrections-store";

/** The add-in version recorded in the journal block. */
export const MONITORING_VERSION = "0.1.0";

export type { MonitoringStep } from "./monitoring-pane";

/** A monitoring written, or the step that needs the user, with a Russian message. */
export type MonitoringRun =
  | { ok: true; target: SheetTarget; model: MonitoringModel; figures: MonitoringFigures; plan: SheetPlan }
  | { ok: false; step: MonitoringStep; issue: Issue; message: string };

const STEP_OF: Partial<Record<Issue["code"], MonitoringStep>> = {
  "monitoring-no-results": "workbook-map",
  "monitoring-one-year": "workbook-map",
  "monitoring-no-shnor": "shnor-list",
};

/** Options of a run: the clock and the source notes (on by default). */
export interface MonitoringRunOptions {
  now?: () => Date;
  notes?: boolean;
}

/**
 * Builds and writes the «Мониторинг» tab on a host: the stored map corrections and criteria profile are used;
 * a generated roadmap sheet (the add-in's mark, else found by its «Статус» column) gives the roadmap progress.
 * When the map is not enough (no results, one year, no ШНОР), nothing is written and the step to open in the
 * task pane is returned with the Russian message.
 * @example await runMonitoring(new XlsxHost(book)) // { ok: true, target: { name: "Мониторинг", replaces: false }, … }
 */
export async function runMonitoring(
  host: WritableWorkbookHost,
  options: MonitoringRunOptions = {},
): Promise<MonitoringRun> {
  const sheets = await host.readSheets();
  const corrections = await loadCorrections(host);
  const loaded = await loadCriteriaProfile(host);
  const marks = ((await host.getSetting(GENERATED_SHEETS_KEY)) ?? {}) as Record<string, GeneratedMark>;
  const own = new Set(
    Object.entries(marks)
      .filter(([, m]) => m.generator === "monitoring")
      .map(([n]) => n),
  );
  const roadmaps = Object.entries(marks)
    .filter(([, m]) => m.generator.startsWith("roadmap"))
    .map(([n]) => n);
  // The earlier «Мониторинг» tabs are output, not input.
  const inputs = sheets.filter((s) => !own.has(s.name));
  const map = buildWorkbookMap(inputs, corrections);
  const roadmap = findRoadmapProgress(inputs, roadmaps);
  const model = buildMonitoringModel(map, {
    profile: loaded.profile,
    version: MONITORING_VERSION,
    createdAt: (options.now ?? (() => new Date()))().toISOString(),
    ...(roadmap ? { roadmap } : {}),
  });
  if (!model.ok) {
    const step = STEP_OF[model.issue.code] ?? "workbook-map";
    return { ok: false, step, issue: model.issue, message: messageRu(model.issue) };
  }
  const plan = monitoringSheetPlan(model.value, { notes: options.notes ?? true });
  const target = await host.writeSheetPlan(plan);
  return { ok: true, target, model: model.value, figures: monitoringFigures(model.value), plan };
}
