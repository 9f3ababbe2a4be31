import { issue, type Issue } from "../core/issue-codes";
import { messageRu } from "../core/messages-ru";

/**
 * An expected host problem (unsupported Excel, cancelled operation, missing sheet) thrown by a host: it
 * carries the issue and its Russian message, so the task pane and the CLI can show `error.message` as is.
 */
export class HostError extends Error {
  /** The issue behind the error (closed set of codes). */
  readonly issue: Issue;

  constructor(problem: Issue) {
    super(messageRu(problem));
    this.issue = problem;
    this.name = problem.code === "cancelled" ? "AbortError" : "HostError";
  }
}

/**
 * Throws `HostError("cancelled")` when the signal has been aborted; hosts call it between requests.
 * @example throwIfCancelled(undefined) // returns, nothing to cancel
 */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new HostError(issue("cancelled"));
}

/**
 * Runs a synchronous host step as a promise, so that what it throws becomes a rejection.
 * @example await settle(() => 42) // 42
 */
export function settle<T>(step: () => T): Promise<T> {
  return new Promise((resolve) => resolve(step()));
}
