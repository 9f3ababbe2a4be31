import type { CliCommand } from "./command";
import { COMMANDS } from "./commands";
import { EXIT, type CliIo } from "./io";

/**
 * The general usage in Russian, listing every registered command.
 * @example usageText(COMMANDS) // "Использование: shnor <команда> …"
 */
export function usageText(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  const rows = commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`);
  return [
    "Использование: shnor <команда> [параметры]",
    "",
    "Команды:",
    ...rows,
    "",
    "С --json команда выводит один документ JSON; сообщения идут в поток ошибок.",
    "Подробнее о команде: shnor <команда> --help",
    "",
  ].join("\n");
}

/**
 * Runs `shnor` with its arguments: finds the command by its first word and runs it with the rest. No command,
 * or an unknown one, prints the usage to standard error and gives exit code 2; `--help` prints it to
 * standard output. A bug inside a command is reported in Russian with exit code 2, not as a stack trace.
 * @example await runCli(["inspect", "examples/kirov-district-sample.xlsx"], processIo) // 0
 * @example await runCli(["кластер"], io) // 2, «Неизвестная команда «кластер».» and the usage on stderr
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: readonly CliCommand[] = COMMANDS,
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--help" || name === "-h" || name === "help") {
    io.stdout(usageText(commands));
    return EXIT.ok;
  }
  if (name === undefined) {
    io.stderr(`Не указана команда.\n${usageText(commands)}`);
    return EXIT.usage;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`Неизвестная команда «${name}».\n${usageText(commands)}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`Внутренняя ошибка команды «${name}». Сообщите разработчикам:\n${detail}\n`);
    return EXIT.usage;
  }
}
