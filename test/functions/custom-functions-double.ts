/**
 * A small stand-in for the `CustomFunctions` global that only the Excel runtime provides: the `Error`
 * class, the `ErrorCode` values and `associate`. Tests install it to check that wrappers build errors with
 * the runtime's own class when it is present.
 */
export class ErrorDouble {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** What `associate` received, by id. */
export const associated = new Map<string, unknown>();

const double = {
  Error: ErrorDouble,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
  associate: (id: string, fn: unknown) => void associated.set(id, fn),
};

/** Installs the stand-in as the `CustomFunctions` global; returns a function that removes it. */
export function installCustomFunctions(): () => void {
  const global = globalThis as { CustomFunctions?: unknown };
  const previous = global.CustomFunctions;
  global.CustomFunctions = double;
  return () => {
    global.CustomFunctions = previous;
  };
}
