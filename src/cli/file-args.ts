import { parseArgs, type ArgSpec, type ParsedArgs } from "./args";
import { EXIT, type CliIo } from "./io";

/** How a command that reads one workbook file takes its arguments. */
export interface FileCommandSpec extends ArgSpec {
  /** The usage line shown after a wrong command line. */
  usage: string;
  /** The text `--help` prints. */
  help: string;
  /** Options the command cannot run without, each with the Russian message when it is missing. */
  required?: ReadonlyArray<readonly [option: string, message: string]>;
}

/** The workbook file and the parsed arguments, or the exit code when the command is already done. */
export type FileArgs = { ok: true; file: string; args: ParsedArgs } | { ok: false; exit: number };

/**
 * Parses the command line of a command that reads exactly one workbook file: a wrong line (an unknown
 * option, no file, two files, a missing required option) is reported on standard error with the usage line
 * (exit 2); `--help` prints the help (exit 0).
 * @example parseFileArgs(["a.xlsx", "--json"], { flags: ["--json"], usage, help }, io)
 * // { ok: true, file: "a.xlsx", args: { positionals: ["a.xlsx"], flags: Set {"--json"}, options: Map {} } }
 * @example parseFileArgs([], { usage, help }, io) // { ok: false, exit: 2 }; «Не указан файл книги.» on stderr
 */
export function parseFileArgs(argv: readonly string[], spec: FileCommandSpec, io: CliIo): FileArgs {
  const parsed = parseArgs(argv, spec);
  const usage = (message: string): FileArgs => {
    io.stderr(`${message}\nИспользование: ${spec.usage}\n`);
    return { ok: false, exit: EXIT.usage };
  };
  if (!parsed.ok) return usage(parsed.message);
  const args = parsed.value;
  if (args.flags.has("--help")) {
    io.stdout(spec.help);
    return { ok: false, exit: EXIT.ok };
  }
  const [file, ...extra] = args.positionals;
  if (file === undefined) return usage("Не указан файл книги.");
  if (extra.length > 0) return usage("Укажите один файл книги.");
  for (const [option, message] of spec.required ?? []) if (!args.options.has(option)) return usage(message);
  return { ok: true, file, args };
}
