import type { CliCommand } from "../../src/cli/command";
import { COMMANDS } from "../../src/cli/commands";
import { bufferIo, EXIT } from "../../src/cli/io";
import { runCli, usageText } from "../../src/cli/run-cli";

const echo: CliCommand = {
  name: "echo",
  summary: "повторяет аргументы",
  usage: "shnor echo [слова]",
  run: (argv, io) => {
    io.stdout(argv.join(" "));
    return Promise.resolve(argv.length);
  },
};
const broken: CliCommand = { ...echo, name: "broken", run: () => Promise.reject(new Error("bug")) };

describe("runCli", () => {
  it("dispatches to the command named by the first word, with the rest of the arguments", async () => {
    const io = bufferIo();
    expect(await runCli(["echo", "a", "b"], io, [echo])).toBe(2);
    expect(io.stdoutText()).toBe("a b");
  });

  it("prints the Russian usage to stderr and exits 2 for an unknown command", async () => {
    const io = bufferIo();
    expect(await runCli(["cluster-all", "a.xlsx"], io)).toBe(EXIT.usage);
    expect(io.stdoutText()).toBe("");
    expect(io.stderrText()).toContain("Неизвестная команда «cluster-all»");
    expect(io.stderrText()).toContain("Использование: shnor <команда>");
    expect(io.stderrText()).toContain("shnor inspect <файл.xlsx>");
  });

  it("exits 2 with the usage when no command is given, 0 with --help", async () => {
    const none = bufferIo();
    expect(await runCli([], none)).toBe(EXIT.usage);
    expect(none.stderrText()).toContain("Не указана команда.");
    const help = bufferIo();
    expect(await runCli(["--help"], help)).toBe(EXIT.ok);
    expect(help.stdoutText()).toBe(usageText(COMMANDS));
  });

  it("reports a bug inside a command in Russian with exit code 2", async () => {
    const io = bufferIo();
    expect(await runCli(["broken"], io, [broken])).toBe(EXIT.usage);
    expect(io.stderrText()).toContain("Внутренняя ошибка команды «broken»");
  });

  it("lists every registered command in the usage", () => {
    expect(COMMANDS.map((c) => c.name)).toContain("inspect");
    for (const c of COMMANDS) expect(usageText(COMMANDS)).toContain(c.usage);
    expect(new Set(COMMANDS.map((c) => c.name)).size).toBe(COMMANDS.length);
  });
});
