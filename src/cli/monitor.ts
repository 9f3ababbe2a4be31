import { runMonitoring } from "../commands/monitoring-run";
import type { CliCommand } from "./command";
import { EXIT, type CliIo } from "./io";
import { parseFileArgs } from "./file-args";
import { openForCommand } from "./workbook-file";
import { outputPath, writeWorkbook } from "./write-output";

const USAGE = "shnor monitor <файл.xlsx> [-o итог.xlsx]";

const HELP = `Использование: ${USAGE}
  -o, --output ФАЙЛ  куда записать книгу с листом «Мониторинг» (по умолчанию рядом: <файл>-monitoring.xlsx);
                     исходный файл меняется, только если указан здесь
Перечень ШНОР — из столбца-отметки листа со списком ОО, без него — по профилю критериев книги. Лист
«Мониторинг», сформированный раньше, заменяется; лист пользователя с тем же именем не трогается
(новый лист «Мониторинг (2)»).
`;

const percent = (share: number) => `${Math.round(share * 100)} %`;

/**
 * `shnor monitor <file.xlsx> [-o out.xlsx]`: adds the «Мониторинг» tab (the same steps as the ribbon button)
 * and saves the workbook to `-o` or `<file>-monitoring.xlsx`. Exit 0; 2 for a wrong command line, an
 * unreadable file or a workbook the monitoring cannot be built from (the Russian reason on standard error).
 * @example await monitorCommand.run(["kirov.xlsx", "-o", "out.xlsx"], io) // 0; «Записано в «out.xlsx»: лист «Мониторинг» …»
 */
export const monitorCommand: CliCommand = {
  name: "monitor",
  summary: "лист «Мониторинг»: динамика ШНОР за два года и целевые показатели плана",
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const parsed = parseFileArgs(
      argv,
      { options: ["--output"], aliases: { "-o": "--output" }, usage: USAGE, help: HELP },
      io,
    );
    if (!parsed.ok) return parsed.exit;
    const { file, args } = parsed;
    const opened = await openForCommand(file, io);
    if (!opened) return EXIT.usage;
    const { host } = opened;
    const run = await runMonitoring(host);
    if (!run.ok) {
      io.stderr(`${run.message}\n`);
      return EXIT.usage;
    }
    const output = outputPath(file, args.options.get("--output"), "monitoring");
    if (!(await writeWorkbook(output, io, () => host.save(output)))) return EXIT.usage;
    const { target, model, figures } = run;
    io.stdout(
      `Записано в «${output}»: лист «${target.name}»${target.replaces ? " (заменён прежний)" : ""}; ` +
        `ШНОР: ${model.schools.length}, ${model.years.before} → ${model.years.after} гг.; ` +
        `положительная динамика результатов — ${percent(figures.shares.positiveDynamics)} (цель 50 %), ` +
        `позитивные изменения — ${percent(figures.shares.positiveChanges)} (цель 80 %), ` +
        `выход из перечня — ${percent(figures.shares.exit)} (цель 60 %).\n`,
    );
    return EXIT.ok;
  },
};
