/**
 * Outside Excel (the task pane opened in a plain browser for demos and browser tests) office.js defines no
 * `CustomFunctions`, yet the function files end with `CustomFunctions.associate(...)` calls that
 * custom-functions-metadata-plugin appends. This module, imported before them, installs a no-op `associate`
 * there so the page still starts. Inside Excel the real object already exists (office.js is loaded by a
 * blocking script tag before our bundle) and nothing is changed.
 */

interface CustomFunctionsLike {
  associate(id: string, fn: (...args: never[]) => unknown): void;
}

/**
 * Installs the no-op `CustomFunctions.associate` when the host has none; returns true when it did.
 *
 * @example
 * installCustomFunctionsGuard({}); // → true (a plain browser)
 * installCustomFunctionsGuard({ CustomFunctions: { associate() {} } }); // → false (Excel)
 */
export function installCustomFunctionsGuard(scope: { CustomFunctions?: unknown }): boolean {
  if (typeof scope.CustomFunctions !== "undefined") return false;
  const stub: CustomFunctionsLike = { associate: () => undefined };
  scope.CustomFunctions = stub;
  return true;
}

/** True when the page runs outside an Office host that provides custom functions. */
export const customFunctionsStubbed = installCustomFunctionsGuard(globalThis);
