import type { CliIo } from "./io";

/** One subcommand of `shnor`. */
export interface CliCommand {
  /** The word typed after `shnor` ("inspect"). */
  name: string;
  /** One line in Russian for the general usage. */
  summary: string;
  /** The command's synopsis ("shnor inspect <файл.xlsx> [--json]"). */
  usage: string;
  /** Runs the command with the arguments after its name; resolves to the exit code. Never calls process.exit. */
  run(argv: string[], io: CliIo): Promise<number>;
}
