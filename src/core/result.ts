import type { Issue } from "./issue-codes";

/** The outcome of an operation that can meet an expected data problem: a value or an issue, never a throw. */
export type Result<T> = { ok: true; value: T } | { ok: false; issue: Issue };

/**
 * Wraps a value as a successful result.
 * @example ok(42) // { ok: true, value: 42 }
 */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * Wraps an issue as a failed result.
 * @example fail({ code: "empty" }) // { ok: false, issue: { code: "empty" } }
 */
export function fail<T = never>(issue: Issue): Result<T> {
  return { ok: false, issue };
}
