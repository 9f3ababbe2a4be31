import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CLI_VERSION } from "../../src/cli/version";

describe("CLI_VERSION", () => {
  it("equals the version in package.json", () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as {
      version: string;
    };
    expect(CLI_VERSION).toBe(pkg.version);
    expect(CLI_VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });
});
