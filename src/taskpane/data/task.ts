/**
 * Long operations of the pane: progress, cancellation through an AbortSignal given to the host, and errors
 * turned into a Russian message that says what to do.
 */
import { HostError } from "../../hosts/host-error";
import { stringsRu } from "../strings-ru";

/** The state of the current operation. */
export interface TaskState {
  running: boolean;
  label: string;
  done: number;
  total: number;
  /** A message for the message bar after the operation: an error or the note that it was cancelled. */
  outcome?: { intent: "error" | "info" | "success"; text: string };
}

/** An operation: reports progress, stops when the signal is aborted. */
export type TaskBody<T> = (
  signal: AbortSignal,
  progress: (done: number, total: number) => void,
) => Promise<T>;

/**
 * The Russian text for what an operation threw.
 * @example errorText(new HostError(issue("cancelled"))) // { intent: "info", text: "Операция отменена…" }
 */
export function errorText(error: unknown): { intent: "error" | "info"; text: string } {
  if (error instanceof HostError && error.issue.code === "cancelled")
    return { intent: "info", text: stringsRu.task.cancelled };
  if (error instanceof Error && error.name === "AbortError")
    return { intent: "info", text: stringsRu.task.cancelled };
  if (error instanceof HostError) return { intent: "error", text: error.message };
  const text = error instanceof Error ? error.message : String(error);
  return { intent: "error", text: stringsRu.task.unexpected(text) };
}
