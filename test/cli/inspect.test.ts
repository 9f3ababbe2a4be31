import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inspectCommand, type InspectJson } from "../../src/cli/inspect";
import { bufferIo, EXIT } from "../../src/cli/io";
import { runCli } from "../../src/cli/run-cli";
import { generateSampleDistrict } from "../../src/sample";

const SAMPLE = path.resolve(__dirname, "..", "..", "examples", "kirov-district-sample.xlsx");
const truth = generateSampleDistrict().truth;

async function inspectJson(file: string): Promise<InspectJson> {
  const io = bufferIo();
  expect(await runCli(["inspect", file, "--json"], io)).toBe(EXIT.ok);
  return JSON.parse(io.stdoutText()) as InspectJson;
}

describe("shnor inspect on the committed sample", () => {
  let map: InspectJson;
  beforeAll(async () => {
    map = await inspectJson(SAMPLE);
  });

  it("prints one JSON document that lists every sheet", () => {
    expect(map.file).toBe(SAMPLE);
    expect(map.sheets.map((s) => s.name)).toEqual(truth.sheets.map((s) => s.name));
    expect(map.registry.sheets).toEqual(["Список ОО"]);
    expect(map.registry.schools.map((s) => s.key).sort()).toEqual(truth.schools.map((s) => s.key).sort());
  });

  it("recognises every sheet with the right kind and year", () => {
    for (const t of truth.sheets) {
      const s = map.sheets.find((x) => x.name === t.name)!;
      expect({ name: t.name, kind: s.kind, year: s.year, years: s.years, table: s.tableIssue }).toEqual({
        name: t.name,
        kind: t.kind,
        year: t.year,
        years: t.year === null ? t.years : [t.year],
        table: null,
      });
    }
  });

  it("resolves every school name to its true key and takes no aggregate row for a school", () => {
    for (const t of truth.sheets) {
      const s = map.sheets.find((x) => x.name === t.name)!;
      expect({ sheet: t.name, unmatched: s.schools.unmatched }).toEqual({ sheet: t.name, unmatched: [] });
      const truthByRow = new Map(t.schoolCells.map((c) => [c.row, c.key]));
      const got = s.schools.matched.map((m) => [m.row, m.key]);
      expect({ sheet: t.name, rows: got }).toEqual({ sheet: t.name, rows: [...truthByRow] });
      for (const row of t.aggregateRows) expect(s.schools.matched.some((m) => m.row === row)).toBe(false);
    }
  });

  it("recognises the key columns of each kind", () => {
    const roles = (name: string) => map.sheets.find((s) => s.name === name)!.columns.map((c) => c.role);
    expect(roles("ВПР 2022")).toEqual(
      expect.arrayContaining(["school", "grade", "subject", "participants", "mark2", "mark5", "raised"]),
    );
    expect(roles("ФИС ОКО ВПР 2023 МА5")).toEqual([
      "school",
      "participants",
      "mark2",
      "mark3",
      "mark4",
      "mark5",
    ]);
    expect(roles("ЕГЭ 2022")).toEqual(expect.arrayContaining(["avgScore", "belowMin", "share80_100"]));
    expect(roles("Соц. паспорт")).toEqual(
      expect.arrayContaining(["year", "students", "ovz", "inophone", "lowIncome", "registered"]),
    );
    expect(roles("Кадры 2023")).toEqual(
      expect.arrayContaining(["teachers", "categoryHighest", "experienceUnder3", "over65", "vacancies"]),
    );
    const fractions = map.sheets.find((s) => s.name === "ВПР 2023")!.columns.find((c) => c.role === "mark2")!;
    expect(fractions).toMatchObject({ percent: true, fractions: true });
  });
});

describe("shnor inspect: human output and errors", () => {
  it("prints an aligned Russian report with every sheet's kind and year", async () => {
    const io = bufferIo();
    expect(await inspectCommand.run([SAMPLE], io)).toBe(EXIT.ok);
    const text = io.stdoutText();
    expect(text).toContain("Книга «");
    expect(text).toContain("список ОО — «Список ОО», 60 ОО");
    expect(text).toMatch(
      /2\. «ВПР 2022»\n {3}Вид: +ВПР \(по названию листа\)\n {3}Год: +2022 \(по названию листа\)/u,
    );
    expect(text).toMatch(
      /«Соц\. паспорт»\n {3}Вид: +контингент \(по названию листа\)\n {3}Годы: +2022, 2023 \(по столбцу года\)/u,
    );
    expect(text).toContain("не распознано 0");
    expect(text).not.toMatch(/не распознано [1-9]/u);
    expect(io.stderrText()).toBe("");
  });

  it("lists every resolved name with --schools", async () => {
    const io = bufferIo();
    await inspectCommand.run([SAMPLE, "--schools"], io);
    const text = io.stdoutText();
    expect(text).toMatch(/\n +A\d+ +«ГБОУ СОШ № 223 Кировского района Санкт-Петербурга» → 223\n/u); // login stripped
    expect(text).toMatch(/\n +A\d+ +«ЦО №162» → ЦО 162\n/u);
  });

  it.each([
    [["нет-такого-файла.xlsx"], "Файл «нет-такого-файла.xlsx» не найден."],
    [[], "Не указан файл книги."],
    [["a.xlsx", "b.xlsx"], "Укажите один файл книги."],
    [[SAMPLE, "--jsonn"], "Неизвестный параметр «--jsonn»."],
  ])("%j → exit 2 and a Russian message on stderr, nothing on stdout", async (argv, message) => {
    const io = bufferIo();
    expect(await inspectCommand.run(argv, io)).toBe(EXIT.usage);
    expect(io.stderrText()).toContain(message);
    expect(io.stdoutText()).toBe("");
  });

  it("refuses a file that is not an .xlsx workbook with exit 2", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "shnor-inspect-"));
    const fake = path.join(dir, "не-книга.xlsx");
    writeFileSync(fake, "ОО;Балл\nСОШ № 221;45,5\n");
    const io = bufferIo();
    expect(await inspectCommand.run([fake, "--json"], io)).toBe(EXIT.usage);
    expect(io.stderrText()).toContain("не удалось прочитать как книгу Excel");
    expect(io.stdoutText()).toBe("");
    const folder = bufferIo();
    expect(await inspectCommand.run([dir], folder)).toBe(EXIT.usage);
    expect(folder.stderrText()).toContain("папка");
  });
});
