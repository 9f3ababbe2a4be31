import { useCallback } from "react";
import type { SheetTarget } from "../../core/plans/sheet-name";
import type { SheetPlan } from "../../core/plans/sheet-plan";
import { isWritable } from "../data/operation-host";
import type { PaneSession } from "../data/session";
import { readWorkbook, type WorkbookData } from "../data/workbook-data";
import { stringsRu } from "../strings-ru";
import type { Task } from "./useTask";

/** Writes sheet plans, then re-reads the workbook; resolves to the targets, or undefined when it failed. */
export type PaneWriter = (
  plans: readonly SheetPlan[],
  success: (targets: SheetTarget[]) => string,
) => Promise<SheetTarget[] | undefined>;

/**
 * The pane's one way to write generated sheets: each plan by the host's safety rules (progress counts the
 * sheets), then the workbook read again so every screen sees the new sheets, and the success message.
 * @example const write = usePaneWriter(session, task, setData); await write([plan], ([t]) => `Лист «${t.name}» создан.`);
 */
export function usePaneWriter(
  session: PaneSession,
  task: Task,
  setData: (data: WorkbookData) => void,
): PaneWriter {
  return useCallback(
    async (plans, success) => {
      const host = session.host;
      if (!isWritable(host) || plans.length === 0) return undefined;
      const targets = await task.run(stringsRu.task.writing(plans[0].name), async (signal, progress) => {
        const out: SheetTarget[] = [];
        for (const plan of plans) {
          if (signal.aborted) break;
          out.push(await host.writeSheetPlan(plan));
          progress(out.length, plans.length);
        }
        return out;
      });
      if (!targets || targets.length === 0) return undefined;
      await task.run(
        stringsRu.task.reading,
        async (signal, progress) => setData(await readWorkbook(host, { signal, onProgress: progress })),
        success(targets),
      );
      return targets;
    },
    [session, task.run, setData],
  );
}
