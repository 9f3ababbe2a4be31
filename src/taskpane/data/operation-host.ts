/**
 * A writable host seen through one operation of the pane: its reads report progress to the pane and stop when
 * the user cancels, and nothing is written once the operation was cancelled. For steps that take a host and do
 * their own reading (the monitoring run), so they get the pane's progress bar and cancel button.
 */
import { throwIfCancelled } from "../../hosts/host-error";
import type { OperationOptions, WorkbookHost, WritableWorkbookHost } from "../../hosts/workbook-host";

/**
 * The host with the operation's signal and progress on every read, and a cancellation check before each write.
 * @example await runMonitoring(withOperation(host, { signal, onProgress: progress }))
 */
export function withOperation(host: WritableWorkbookHost, operation: OperationOptions): WritableWorkbookHost {
  return {
    sheetNames: () => host.sheetNames(),
    readSheets: (names, options = {}) =>
      host.readSheets(names, {
        ...options,
        signal: operation.signal ?? options.signal,
        onProgress: (done, total) => {
          options.onProgress?.(done, total);
          operation.onProgress?.(done, total);
        },
      }),
    getSetting: (key) => host.getSetting(key),
    setSetting: async (key, value) => {
      throwIfCancelled(operation.signal);
      return host.setSetting(key, value);
    },
    writeSheetPlan: async (plan) => {
      throwIfCancelled(operation.signal);
      return host.writeSheetPlan(plan);
    },
  };
}

/**
 * Whether a host writes generated sheets (Excel, memory; the preview always does).
 * @example isWritable(new MemoryHost()) // true
 */
export function isWritable(host: WorkbookHost): host is WritableWorkbookHost {
  return typeof (host as Partial<WritableWorkbookHost>).writeSheetPlan === "function";
}
