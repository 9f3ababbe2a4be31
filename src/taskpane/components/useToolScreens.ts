/**
 * The state and actions of «Проверка», «Дорожная карта» and «Мониторинг»: kept at the pane's level so a result
 * survives switching tabs; every long step runs as the pane's task (progress, cancel, message).
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import type { CriteriaProfile } from "../../core/criteria";
import { messageRu } from "../../core";
import { highlightPlan, type ValidationResult } from "../../core/validation";
import { subscribeMonitoringPane } from "../../commands/monitoring-pane";
import { runMonitoring } from "../../commands/monitoring-run";
import { generatedSheets } from "../data/generated-sheets";
import { isWritable, withOperation } from "../data/operation-host";
import type { PaneSession } from "../data/session";
import { readWorkbook, type WorkbookData } from "../data/workbook-data";
import {
  editableTemplate,
  roadmapDefaults,
  roadmapSheets,
  templateFindings,
  templateOptions,
  type RoadmapChoice,
} from "../model/roadmap-choice";
import { runValidation, validationReport } from "../model/validation-run";
import type { MonitoringDone, MonitoringProblem } from "../screens/MonitoringScreen";
import { stringsRu } from "../strings-ru";
import type { PaneWriter } from "./usePaneWriter";
import type { Task } from "./useTask";

/** What the tool screens need from the pane. */
export interface ToolContext {
  session: PaneSession;
  task: Task;
  data: WorkbookData | undefined;
  profile: CriteriaProfile | undefined;
  setData: (data: WorkbookData) => void;
  write: PaneWriter;
}

/**
 * Selecting a cell in Excel (the memory host records it), with a short message; a host without a user
 * interface cannot.
 * @example const select = useCellSelect(context); select("ВПР 2023", "E7");
 */
export function useCellSelect(context: Pick<ToolContext, "session" | "task">) {
  const { session, task } = context;
  const can = typeof session.host.selectCell === "function";
  const select = useCallback(
    (sheet: string, cell: string) =>
      void task.run(
        stringsRu.validation.where(sheet, cell),
        async () => session.host.selectCell?.(sheet, cell),
        stringsRu.validation.selected(sheet, cell),
      ),
    [session, task.run],
  );
  return { can, select };
}

/**
 * «Проверка»: the workbook read again (progress, cancel), validated, the result kept; the report written.
 * @example const v = useValidation(context); v.run(); v.result?.summary.warning
 */
export function useValidation(context: ToolContext) {
  const { session, task, profile, setData, write } = context;
  const [result, setResult] = useState<ValidationResult>();
  const run = useCallback(() => {
    if (!profile) return;
    void task.run(stringsRu.validation.running, async (signal, progress) => {
      const fresh = await readWorkbook(session.host, { signal, onProgress: progress });
      const generated = await generatedSheets(session.host);
      const found = runValidation(fresh, profile, new Set(generated.keys()));
      if (signal.aborted) return;
      setData(fresh);
      setResult(found);
    });
  }, [session, task.run, profile, setData]);
  const writeReport = useCallback(() => {
    if (!result || !profile) return;
    void write([validationReport(result, profile, new Date())], ([t]) =>
      stringsRu.validation.written(t.name, t.replaces),
    );
  }, [result, profile, write]);
  const host = session.host;
  const canHighlight =
    isWritable(host) &&
    typeof host.applyHighlights === "function" &&
    typeof host.removeHighlights === "function";
  const highlight = useCallback(() => {
    if (!result || !isWritable(host) || !host.applyHighlights) return;
    const marks = highlightPlan(result.findings).marks;
    const apply = host.applyHighlights.bind(host);
    void task.run(
      stringsRu.validation.highlighting,
      (signal, onProgress) => apply(marks, { signal, onProgress }),
      (outcome) =>
        [stringsRu.validation.highlighted(outcome.cells), ...outcome.issues.map((i) => messageRu(i))].join(
          " ",
        ),
    );
  }, [result, host, task.run]);
  const unhighlight = useCallback(() => {
    if (!isWritable(host) || !host.removeHighlights) return;
    const remove = host.removeHighlights.bind(host);
    void task.run(
      stringsRu.validation.unhighlighting,
      (signal, onProgress) => remove({ signal, onProgress }),
      (restored) => stringsRu.validation.unhighlighted(restored),
    );
  }, [host, task.run]);
  return { result, run, writeReport, canHighlight, highlight, unhighlight };
}

/**
 * «Дорожная карта»: templates, defaults from the workbook, generating plan sheets and template sheets.
 * @example const r = useRoadmap(context); r.generate({ template: "district-plan", year: 2025, district, schools });
 */
export function useRoadmap(context: ToolContext) {
  const { data, write } = context;
  const options = useMemo(() => (data ? templateOptions(data.sheets) : []), [data]);
  const defaults = useMemo(() => (data ? roadmapDefaults(data.map, new Date()) : undefined), [data]);
  const findingsOf = useCallback(
    (template: string) => (data ? templateFindings(data.sheets, template) : []),
    [data],
  );
  const generate = useCallback(
    (choice: RoadmapChoice) => {
      if (!data || !defaults) return;
      const outcome = roadmapSheets(data.sheets, data.map, defaults.list, choice, new Date());
      if (!outcome.ok) return;
      void write(outcome.plans, (targets) => stringsRu.roadmap.written(targets.map((t) => t.name)));
    },
    [data, defaults, write],
  );
  const makeTemplate = useCallback(
    (template: string) => {
      const plan = editableTemplate(template, new Date());
      if (plan) void write([plan], ([t]) => stringsRu.roadmap.templateWritten(t.name));
    },
    [write],
  );
  return { options, defaults, findingsOf, generate, makeTemplate };
}

/**
 * «Мониторинг»: the same run as the ribbon button and `shnor monitor`, with the pane's progress and cancel;
 * the summary of what was written, or the step that needs an answer. A ribbon click that needs an answer
 * opens the screen (`onRequest`) with its message.
 * @example const m = useMonitoring(context, () => setTab("monitoring")); m.generate(); m.done?.target.name // "Мониторинг"
 */
export function useMonitoring(context: ToolContext, onRequest: () => void) {
  const { session, task, setData } = context;
  const [done, setDone] = useState<MonitoringDone>();
  const [problem, setProblem] = useState<MonitoringProblem>();
  useEffect(
    () =>
      subscribeMonitoringPane((request) => {
        setProblem({ step: request.step, message: request.message });
        onRequest();
      }),
    [onRequest],
  );
  const generate = useCallback(() => {
    const host = session.host;
    if (!isWritable(host)) return;
    void task
      .run(stringsRu.monitoring.generating, async (signal, onProgress) => {
        const run = await runMonitoring(withOperation(host, { signal, onProgress }));
        if (!run.ok) {
          setProblem({ step: run.step, message: run.message });
          return undefined;
        }
        setProblem(undefined);
        setDone({ target: run.target, model: run.model, figures: run.figures });
        return run.target;
      })
      .then((target) => {
        if (target)
          void task.run(
            stringsRu.task.reading,
            async (signal, progress) => setData(await readWorkbook(host, { signal, onProgress: progress })),
            stringsRu.monitoring.written(target.name, target.replaces),
          );
      });
  }, [session, task.run, setData]);
  return { done, problem, generate };
}
