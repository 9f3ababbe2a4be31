import { parseFileArgs, type FileCommandSpec } from "../../src/cli/file-args";
import { bufferIo } from "../../src/cli/io";

const SPEC: FileCommandSpec = {
  flags: ["--json"],
  options: ["--template", "--output"],
  aliases: { "-o": "--output" },
  required: [["--template", "Не указан шаблон: --template ШАБЛОН."]],
  usage: "shnor x <файл.xlsx> --template Т",
  help: "Справка\n",
};

describe("parseFileArgs", () => {
  test("one file and the options", () => {
    const io = bufferIo();
    const parsed = parseFileArgs(["a.xlsx", "--template", "t", "-o", "b.xlsx", "--json"], SPEC, io);
    expect(parsed.ok && parsed.file).toBe("a.xlsx");
    expect(parsed.ok && [...parsed.args.options]).toEqual([
      ["--template", "t"],
      ["--output", "b.xlsx"],
    ]);
    expect(parsed.ok && parsed.args.flags.has("--json")).toBe(true);
    expect(io.stdoutText() + io.stderrText()).toBe("");
  });

  test("--help prints the help and ends the command with 0", () => {
    const io = bufferIo();
    expect(parseFileArgs(["--help", "--json"], SPEC, io)).toEqual({ ok: false, exit: 0 });
    expect(io.stdoutText()).toBe("Справка\n");
    expect(io.stderrText()).toBe("");
  });

  test.each([
    [[], "Не указан файл книги."],
    [["a.xlsx", "b.xlsx", "--template", "t"], "Укажите один файл книги."],
    [["a.xlsx"], "Не указан шаблон: --template ШАБЛОН."],
    [["a.xlsx", "--template", "t", "--year", "2024"], "Неизвестный параметр «--year»."],
    [["a.xlsx", "--template"], "Для параметра «--template» нужно значение."],
  ])("%j → exit 2, %s and the usage line on stderr", (argv, message) => {
    const io = bufferIo();
    expect(parseFileArgs(argv, SPEC, io)).toEqual({ ok: false, exit: 2 });
    expect(io.stderrText()).toBe(`${message}\nИспользование: ${SPEC.usage}\n`);
    expect(io.stdoutText()).toBe("");
  });
});
