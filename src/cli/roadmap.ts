import type { RoadmapTemplate } from "../core/roadmap";
import { BUILT_IN_TEMPLATES } from "../core/roadmap/templates";
import {
  composeRoadmapSheets,
  districtFromTitles,
  resolveTemplate,
  shnorSchools,
  templateSheetPlan,
} from "../core/roadmap/sheet";
import { buildWorkbookMap } from "../core/workbook/workbook-map";
import type { SheetValues } from "../core/cells/cell-value";
import type { CliCommand } from "./command";
import { EXIT, type CliIo } from "./io";
import { parseFileArgs } from "./file-args";
import { openForCommand } from "./workbook-file";
import { outputPath, writeWorkbook } from "./write-output";
import { CLI_VERSION } from "./version";

const USAGE =
  "shnor roadmap <файл.xlsx> --template ШАБЛОН [--year 2024] [--district РАЙОН] [-o итог.xlsx] [--template-sheet]";

const HELP = `Использование: ${USAGE}
  --template ШАБЛОН  встроенный шаблон (${BUILT_IN_TEMPLATES.map((t) => t.id).join(", ")})
                     или имя листа-шаблона этой книги («Шаблон district-plan»)
  --year ГОД         год плана (по умолчанию текущий); для учебного года — год его начала
  --district РАЙОН   район в именительном падеже («Кировский район»); по умолчанию — из заголовков книги
  -o, --output ФАЙЛ  куда записать книгу (по умолчанию рядом: <файл>-roadmap.xlsx); исходный файл
                     меняется, только если указан здесь
  --template-sheet   записать не план, а лист-шаблон («Шаблон …») для правки в Excel
Школы — ШНОР из столбца-отметки листа со списком ОО (без него — все ОО списка). Индивидуальный шаблон
(individual-school) даёт отдельный лист на каждую ШНОР: «Дорожная карта 2024 223»; «Школа – школе» заполняет
пары наставник / наставляемый по SHNOR.MENTOR.
`;

type Found = { ok: true; template: RoadmapTemplate; source: string } | { ok: false; code: number };

function findTemplate(name: string, sheets: readonly SheetValues[], io: CliIo): Found {
  const found = resolveTemplate(name, sheets);
  if (!found.ok && found.reason === "not-found") {
    io.stderr(
      `Шаблон «${name}» не найден. Встроенные: ${found.builtIn.join(", ")}.` +
        (found.templateSheets.length
          ? ` Листы-шаблоны книги: ${found.templateSheets.map((n) => `«${n}»`).join(", ")}.`
          : "") +
        "\n",
    );
    return { ok: false, code: EXIT.usage };
  }
  for (const f of found.findings)
    io.stderr(
      `«${found.sheet}»!${f.cell}: ${f.severity === "error" ? "ошибка" : "предупреждение"}: ${f.message}\n`,
    );
  if (!found.ok) {
    io.stderr(`Лист «${found.sheet}» не принят как шаблон: исправьте ошибки и повторите.\n`);
    return { ok: false, code: EXIT.usage };
  }
  return { ok: true, template: found.template, source: found.source };
}

/**
 * `shnor roadmap <файл.xlsx> --template NAME [--year] [--district] [-o out.xlsx] [--template-sheet]`: writes the
 * «Дорожная карта {year}» sheet from a built-in template or a template sheet of the workbook (one sheet per
 * ШНОР for a school-scope template), or with `--template-sheet` the editable template sheet itself. Sheets are
 * written by the safety rules (fresh names, only generated sheets replaced). Exit 0, or 2 for a wrong command
 * line, an unreadable file or an invalid template sheet.
 * @example await roadmapCommand.run(["kirov.xlsx", "--template", "district-plan", "--year", "2024", "-o", "out.xlsx"], io) // 0
 */
export const roadmapCommand: CliCommand = {
  name: "roadmap",
  summary: "дорожная карта на год по шаблону (встроенному или с листа книги)",
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const parsed = parseFileArgs(
      argv,
      {
        flags: ["--template-sheet"],
        options: ["--template", "--year", "--district", "--output"],
        aliases: { "-o": "--output", "-t": "--template" },
        required: [["--template", "Не указан шаблон: --template ШАБЛОН."]],
        usage: USAGE,
        help: HELP,
      },
      io,
    );
    if (!parsed.ok) return parsed.exit;
    const { file } = parsed;
    const { flags, options } = parsed.args;
    const name = options.get("--template")!;
    const yearText = options.get("--year");
    const year = yearText === undefined ? new Date().getFullYear() : Number(yearText);
    if (!Number.isInteger(year) || year < 1990 || year > 2100) {
      io.stderr(`Год «${yearText}» не подходит: укажите год от 1990 до 2100, например --year 2024.\n`);
      return EXIT.usage;
    }
    const opened = await openForCommand(file, io);
    if (!opened) return EXIT.usage;
    const { host, sheets } = opened;
    const found = findTemplate(name, sheets, io);
    if (!found.ok) return found.code;
    const { template } = found;
    const createdAt = new Date().toISOString();
    const output = outputPath(file, options.get("--output"), "roadmap");

    const written: string[] = [];
    if (flags.has("--template-sheet")) {
      written.push(
        (await host.writeSheetPlan(templateSheetPlan(template, { version: CLI_VERSION, createdAt }))).name,
      );
    } else {
      const map = buildWorkbookMap(sheets);
      const district = options.get("--district") ?? districtFromTitles(map) ?? "";
      if (district === "")
        io.stderr("Район не найден в заголовках книги: укажите его, --district «Кировский район».\n");
      const list = shnorSchools(map);
      if (!list.flagged)
        io.stderr(`Отметки ШНОР в списке ОО нет: план составлен для всех ОО (${list.schools.length}).\n`);
      const sheetPlans = composeRoadmapSheets(map, {
        template,
        source: found.source,
        year,
        district,
        schools: list.schools,
        schoolSource: list.source,
        version: CLI_VERSION,
        createdAt,
      });
      if (sheetPlans.length === 0) {
        io.stderr("В книге нет школ, для которых составляется индивидуальная дорожная карта.\n");
        return EXIT.usage;
      }
      for (const sheet of sheetPlans) written.push((await host.writeSheetPlan(sheet.plan)).name);
    }
    if (!(await writeWorkbook(output, io, () => host.save(output)))) return EXIT.usage;
    io.stdout(`Записано в «${output}»: ${written.map((n) => `лист «${n}»`).join(", ")}.\n`);
    return EXIT.ok;
  },
};
