import { useCallback, useRef, useState } from "react";
import { HostError } from "../../hosts/host-error";
import { issue } from "../../core";
import { errorText, type TaskBody, type TaskState } from "../data/task";

/** The pane's current operation and how to start, cancel and dismiss one. */
export interface Task {
  state: TaskState;
  /** Runs an operation; `success` is the message afterwards, fixed or made from the operation's value. */
  run: <T>(
    label: string,
    body: TaskBody<T>,
    success?: string | ((value: T) => string),
  ) => Promise<T | undefined>;
  cancel: () => void;
  dismiss: () => void;
}

const IDLE: TaskState = { running: false, label: "", done: 0, total: 0 };

/**
 * One operation at a time with progress, cancel (its AbortSignal goes to the host) and a message afterwards.
 * @example const task = useTask(); await task.run("Чтение книги", (signal, progress) => host.readSheets(undefined, { signal, onProgress: progress }));
 */
export function useTask(): Task {
  const [state, setState] = useState<TaskState>(IDLE);
  const controller = useRef<AbortController | undefined>(undefined);
  const run = useCallback(
    async <T>(label: string, body: TaskBody<T>, success?: string | ((value: T) => string)) => {
      controller.current?.abort();
      const own = new AbortController();
      controller.current = own;
      setState({ ...IDLE, running: true, label });
      try {
        const value = await body(own.signal, (done, total) => {
          if (controller.current === own) setState((s) => ({ ...s, done, total }));
        });
        if (own.signal.aborted) throw new HostError(issue("cancelled"));
        const text = typeof success === "function" ? success(value) : success;
        if (controller.current === own)
          setState({ ...IDLE, label, ...(text ? { outcome: { intent: "success", text } } : {}) });
        return value;
      } catch (error) {
        if (controller.current === own) setState({ ...IDLE, label, outcome: errorText(error) });
        return undefined;
      }
    },
    [],
  );
  const cancel = useCallback(() => controller.current?.abort(), []);
  const dismiss = useCallback(() => setState((s) => ({ ...s, outcome: undefined })), []);
  return { state, run, cancel, dismiss };
}
