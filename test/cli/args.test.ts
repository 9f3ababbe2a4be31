import { parseArgs } from "../../src/cli/args";

const spec = { flags: ["--json"], options: ["--sheet", "--output"], aliases: { "-o": "--output" } };

describe("parseArgs", () => {
  it.each([
    [["a.xlsx", "--json"], ["a.xlsx"], ["--json"], {}],
    [["--sheet", "ВПР 2023", "a.xlsx"], ["a.xlsx"], [], { "--sheet": "ВПР 2023" }],
    [["a.xlsx", "--sheet=ОГЭ 2022"], ["a.xlsx"], [], { "--sheet": "ОГЭ 2022" }],
    [["a.xlsx", "-o", "out.xlsx"], ["a.xlsx"], [], { "--output": "out.xlsx" }],
    [["-h"], [], ["--help"], {}],
    [["--", "--json"], ["--json"], [], {}],
  ])("%j", (argv, positionals, flags, options) => {
    const parsed = parseArgs(argv, spec);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.positionals).toEqual(positionals);
    expect([...parsed.value.flags]).toEqual(flags);
    expect(Object.fromEntries(parsed.value.options)).toEqual(options);
  });

  it.each([
    [["--jsn"], "Неизвестный параметр «--jsn»."],
    [["a.xlsx", "--sheet"], "Для параметра «--sheet» нужно значение."],
    [["--sheet", "--json"], "Для параметра «--sheet» нужно значение."],
    [["--json=1"], "Параметр «--json» не принимает значения."],
  ])("%j is refused in Russian", (argv, message) => {
    expect(parseArgs(argv, spec)).toEqual({ ok: false, message });
  });
});
