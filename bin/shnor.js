#!/usr/bin/env node
// The `shnor` command line: runs the TypeScript CLI through tsx (no separate build step).
require("tsx/cjs");
require("../src/cli/main.ts");
