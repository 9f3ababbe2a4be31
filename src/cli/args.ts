/** What a command accepts: flags without a value and options with one, by long name ("--json", "--sheet"). */
export interface ArgSpec {
  flags?: readonly string[];
  options?: readonly string[];
  /** Short names: { "-o": "--output" }. */
  aliases?: Readonly<Record<string, string>>;
}

/** A parsed command line. */
export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

/** The parsed arguments, or a Russian message saying what is wrong with them. */
export type ArgsResult = { ok: true; value: ParsedArgs } | { ok: false; message: string };

/**
 * Parses a command's arguments: `--flag`, `--option value`, `--option=value`, short aliases, `--` ends the
 * options. `--help`/`-h` is always accepted as a flag. Unknown options and missing values are reported in
 * Russian, never thrown.
 * @example parseArgs(["a.xlsx", "--json"], { flags: ["--json"] })
 * // { ok: true, value: { positionals: ["a.xlsx"], flags: Set {"--json"}, options: Map {} } }
 * @example parseArgs(["--x"], {}) // { ok: false, message: "Неизвестный параметр «--x»." }
 */
export function parseArgs(argv: readonly string[], spec: ArgSpec): ArgsResult {
  const flags = new Set<string>();
  const options = new Map<string, string>();
  const positionals: string[] = [];
  const known = new Set(["--help", ...(spec.flags ?? [])]);
  const withValue = new Set(spec.options ?? []);
  const aliases: Record<string, string> = { "-h": "--help", ...(spec.aliases ?? {}) };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const rawName = eq > 0 ? arg.slice(0, eq) : arg;
    const name = aliases[rawName] ?? rawName;
    if (known.has(name)) {
      if (eq > 0) return { ok: false, message: `Параметр «${name}» не принимает значения.` };
      flags.add(name);
    } else if (withValue.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[i + 1];
      if (value === undefined || (eq < 0 && value.startsWith("--"))) {
        return { ok: false, message: `Для параметра «${name}» нужно значение.` };
      }
      if (eq < 0) i += 1;
      options.set(name, value);
    } else {
      return { ok: false, message: `Неизвестный параметр «${rawName}».` };
    }
  }
  return { ok: true, value: { positionals, flags, options } };
}
