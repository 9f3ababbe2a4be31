import { installCustomFunctionsGuard } from "../../src/runtime/custom-functions-guard";

describe("installCustomFunctionsGuard", () => {
  test("outside Excel it installs a no-op associate so the function files can load", () => {
    const scope: { CustomFunctions?: unknown } = {};
    expect(installCustomFunctionsGuard(scope)).toBe(true);
    const stub = scope.CustomFunctions as { associate: (id: string, fn: () => void) => void };
    expect(() => stub.associate("SCHOOLID", () => undefined)).not.toThrow();
  });

  test("inside Excel it leaves the real CustomFunctions alone", () => {
    const real = { associate: jest.fn() };
    const scope: { CustomFunctions?: unknown } = { CustomFunctions: real };
    expect(installCustomFunctionsGuard(scope)).toBe(false);
    expect(scope.CustomFunctions).toBe(real);
  });
});
