import { clusterCommand } from "./cluster";
import type { CliCommand } from "./command";
import { inspectCommand } from "./inspect";
import { monitorCommand } from "./monitor";
import { roadmapCommand } from "./roadmap";
import { validateCommand } from "./validate";

/**
 * Every `shnor` subcommand, in the order the usage lists them. Adding a command is one entry here (and
 * its import): `validateCommand`, `clusterCommand`, `monitorCommand`, `roadmapCommand` follow `inspectCommand`.
 */
export const COMMANDS: readonly CliCommand[] = [
  inspectCommand,
  validateCommand,
  clusterCommand,
  monitorCommand,
  roadmapCommand,
];
