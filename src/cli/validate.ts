import { DEFAULT_CRITERIA_PROFILE } from "../core/criteria/profile";
import { buildWorkbookMap } from "../core/workbook/workbook-map";
import { reportPlan, SEVERITY_RU } from "../core/validation/report-plan";
import { highlightPlan } from "../core/validation/highlight-plan";
import { messageRu } from "../core/messages-ru";
import { validateMap, type ValidationResult } from "../core/validation/validate";
import type { ValidationSummary } from "../core/validation/summary";
import { parseFileArgs } from "./file-args";
import type { CliCommand } from "./command";
import { EXIT, type CliIo } from "./io";
import { CLI_VERSION } from "./version";
import { openForCommand } from "./workbook-file";
import { printJson, writeWorkbook } from "./write-output";

const USAGE = "shnor validate <файл.xlsx> [--json] [-o отчёт.xlsx [--highlight]]";

const HELP = `Использование: ${USAGE}
  --json             вывести замечания одним документом JSON
  -o, --output ФАЙЛ  записать книгу с листом «Проверка» в ФАЙЛ (исходный файл не меняется, если не указан он сам)
  --highlight        в книге из -o отметить ячейки с ошибками и предупреждениями цветом и примечаниями
                     (значения не меняются; снять отметки можно одной кнопкой в надстройке)
Код выхода: 0 — ошибок нет; 1 — найдены ошибки; 2 — книгу нельзя проверить.
`;

/** `validate --json` (contracts.md): the findings with exactly the contract's fields, and the summary. */
export interface ValidateJson {
  findings: { severity: string; rule: string; sheet: string; cell: string; message: string }[];
  summary: ValidationSummary;
}

/**
 * The JSON document of `validate --json`.
 * @example validateJson(result).findings[0] // { severity: "error", rule: "values.marks-sum", sheet: "ВПР 2023", cell: "E7", message: "…" }
 */
export function validateJson(result: ValidationResult): ValidateJson {
  return {
    findings: result.findings.map(({ severity, rule, sheet, cell, message }) => ({
      severity,
      rule,
      sheet,
      cell,
      message,
    })),
    summary: result.summary,
  };
}

/**
 * Findings as Russian text: totals, then one line per finding.
 * @example validateText("a.xlsx", result) // "Книга «a.xlsx»: ошибок 1, предупреждений 0, замечаний 0.\n…"
 */
export function validateText(file: string, result: ValidationResult): string {
  const { summary } = result;
  const lines = [
    `Книга «${file}»: ошибок ${summary.error}, предупреждений ${summary.warning}, замечаний ${summary.info}.`,
  ];
  for (const f of result.findings)
    lines.push(
      `${SEVERITY_RU[f.severity].padEnd(15)}«${f.sheet}»!${f.cell.padEnd(6)} ${f.rule}: ${f.message}`,
    );
  const omitted = Object.values(summary.omitted).reduce((a, b) => a + (b ?? 0), 0);
  if (omitted > 0) lines.push(`Ещё однотипных замечаний, не показанных здесь: ${omitted}.`);
  return `${lines.join("\n")}\n`;
}

/**
 * `shnor validate <файл.xlsx> [--json] [-o отчёт.xlsx]`: checks every sheet by the rule catalogue
 * (docs/validation-rules.md). Exit 0 when there is no finding of severity error, 1 when there is, 2 when the
 * file cannot be used (missing, not .xlsx, no sheet with a table) or the arguments are wrong. `-o` writes the
 * workbook with the «Проверка» sheet to another file; `--highlight` (only with `-o`) also marks the offending
 * cells there with fills and notes, values untouched.
 * @example await validateCommand.run(["examples/kirov-district-sample.xlsx", "--json"], io) // 0
 */
export const validateCommand: CliCommand = {
  name: "validate",
  summary: "проверка листов с результатами: ошибки и замечания с адресами ячеек",
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const parsed = parseFileArgs(
      argv,
      {
        flags: ["--json", "--highlight"],
        options: ["--output"],
        aliases: { "-o": "--output" },
        usage: USAGE,
        help: HELP,
      },
      io,
    );
    if (!parsed.ok) return parsed.exit;
    const { file, args } = parsed;
    const highlight = args.flags.has("--highlight");
    if (highlight && !args.options.has("--output")) {
      io.stderr(
        `Для --highlight укажите -o ФАЙЛ: отметки записываются в копию книги, исходный файл не меняется.\nИспользование: ${USAGE}\n`,
      );
      return EXIT.usage;
    }
    const opened = await openForCommand(file, io);
    if (!opened) return EXIT.usage;
    const { sheets, host } = opened;
    const map = buildWorkbookMap(sheets);
    if (!map.sheets.some((s) => s.table)) {
      io.stderr(`В книге «${file}» нет ни одного листа с таблицей: проверять нечего.\n`);
      return EXIT.usage;
    }
    const result = validateMap(sheets, map, { profile: DEFAULT_CRITERIA_PROFILE });
    if (args.flags.has("--json")) printJson(io, validateJson(result));
    else io.stdout(validateText(file, result));
    const output = args.options.get("--output");
    if (output !== undefined) {
      const plan = reportPlan(result, {
        version: CLI_VERSION,
        createdAt: new Date().toISOString(),
        profile: DEFAULT_CRITERIA_PROFILE.name,
        file,
      });
      const written = await writeWorkbook(output, io, async () => {
        if (highlight) {
          const outcome = await host.applyHighlights(highlightPlan(result.findings).marks);
          io.stderr(`Отмечено ячеек: ${outcome.cells}.\n`);
          for (const problem of outcome.issues) io.stderr(`${messageRu(problem)}\n`);
        }
        const target = await host.writeSheetPlan(plan);
        await host.save(output);
        io.stderr(`Лист «${target.name}» записан в «${output}».\n`);
      });
      if (!written) return EXIT.usage;
    }
    if (result.summary.error > 0) io.stderr(`Найдено ошибок: ${result.summary.error}.\n`);
    return result.summary.error > 0 ? EXIT.findings : EXIT.ok;
  },
};
