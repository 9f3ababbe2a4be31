/**
 * The `shnor` process entry (bin/shnor.js loads it through tsx): runs the command line on the process's
 * arguments and streams and sets the exit code. Tests call `runCli` (run-cli.ts) in-process instead.
 */
import { processIo } from "./io";
import { runCli } from "./run-cli";

// `shnor inspect … | head` closes the pipe early: stop quietly instead of crashing with EPIPE.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

void runCli(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Внутренняя ошибка: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
