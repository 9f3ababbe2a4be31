import { basename, dirname, extname, join } from "node:path";
import { runMonitoring } from "../commands/monitoring-run";
import { parseArgs } from "./args";
import type { CliCommand } from "./command";
import { EXIT, type CliIo } from "./io";
import { openWorkbookFile } from "./workbook-file";

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
    const args = parseArgs(argv, { options: ["--output"], aliases: { "-o": "--output" } });
    if (!args.ok) {
      io.stderr(`${args.message}\nИспользование: ${USAGE}\n`);
      return EXIT.usage;
    }
    const { flags, options, positionals } = args.value;
    if (flags.has("--help")) {
      io.stdout(HELP);
      return EXIT.ok;
    }
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) {
      io.stderr(
        `${file === undefined ? "Не указан файл книги." : "Укажите один файл книги."}\nИспользование: ${USAGE}\n`,
      );
      return EXIT.usage;
    }
    const opened = await openWorkbookFile(file);
    if (!opened.ok) {
      io.stderr(`${opened.message}\n`);
      return EXIT.usage;
    }
    const run = await runMonitoring(opened.value.host);
    if (!run.ok) {
      io.stderr(`${run.message}\n`);
      return EXIT.usage;
    }
    const output =
      options.get("--output") ?? join(dirname(file), `${basename(file, extname(file))}-monitoring.xlsx`);
    try {
      await opened.value.host.save(output);
    } catch (error) {
      io.stderr(
        `Не удалось записать «${output}»: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return EXIT.usage;
    }
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
