/**
 * Notices for the task pane raised by code that runs before (or without) the UI — ribbon commands above all.
 * The runtime bundle and the lazily loaded task pane share this one module instance (one page, one shared
 * runtime), so a command can post a notice before the pane exists and the pane shows it once it mounts.
 * Only ids travel here; their Russian texts live in the task pane's catalogue.
 */

/** Every notice the runtime can raise. */
export type NoticeId = "monitoring-not-available";

/** A notice with a sequence number, so the same notice raised twice is shown twice. */
export interface Notice {
  readonly id: NoticeId;
  readonly seq: number;
}

type Listener = (notice: Notice) => void;

const pending: Notice[] = [];
const listeners = new Set<Listener>();
let counter = 0;

/**
 * Raises a notice: delivered to the listeners at once, or kept until the first listener subscribes.
 *
 * @example
 * postNotice("monitoring-not-available"); // → { id: "monitoring-not-available", seq: 1 }
 */
export function postNotice(id: NoticeId): Notice {
  counter += 1;
  const notice: Notice = { id, seq: counter };
  if (listeners.size === 0) pending.push(notice);
  listeners.forEach((listener) => listener(notice));
  return notice;
}

/**
 * Subscribes to notices; notices raised before anyone listened are delivered immediately. Returns the
 * unsubscribe function.
 *
 * @example
 * const stop = subscribeNotices((n) => console.log(n.id)); // logs "monitoring-not-available" if one was pending
 * stop();
 */
export function subscribeNotices(listener: Listener): () => void {
  listeners.add(listener);
  pending.splice(0).forEach((notice) => listener(notice));
  return () => {
    listeners.delete(listener);
  };
}
