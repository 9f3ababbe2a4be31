/** Types of webpack.config.js (used by the tests). */
import type { Configuration, WebpackPluginInstance } from "webpack";

declare function config(
  env?: Record<string, unknown>,
  argv?: { mode?: string },
): Promise<Configuration & { devServer?: Record<string, unknown> }>;

declare namespace config {
  const buildOutputs: readonly string[];
  const budgets: { startup: number; taskpane: number };
  function customFunctionSources(): string[];
  class BundleBudgetPlugin implements WebpackPluginInstance {
    constructor(budgets: { startup: number; taskpane: number });
    apply(compiler: import("webpack").Compiler): void;
  }
}

export = config;
