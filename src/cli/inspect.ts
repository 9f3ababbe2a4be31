import { COLUMN_ROLE_RU, MAP_SOURCE_RU, SHEET_KIND_RU } from "../core/labels-ru";
import { messageRu } from "../core/messages-ru";
import { buildWorkbookMap, type SheetMap, type WorkbookMap } from "../core/workbook/workbook-map";
import type { CliCommand } from "./command";
import { EXIT, type CliIo } from "./io";
import { parseFileArgs } from "./file-args";
import { openForCommand } from "./workbook-file";
import { printJson } from "./write-output";

const USAGE = "shnor inspect <файл.xlsx> [--json] [--schools]";

const HELP = `Использование: ${USAGE}
  --json     вывести карту книги одним документом JSON
  --schools  перечислить все распознанные названия школ
`;

/** The workbook map as `inspect --json` prints it: one document, every sheet, every school name. */
export interface InspectJson {
  file: string;
  registry: { sheets: string[]; schools: { key: string; name: string }[] };
  sheets: {
    name: string;
    kind: string;
    kindSource: string;
    year: number | null;
    yearSource: string;
    years: number[];
    tableIssue: { code: string; message: string } | null;
    columns: { column: string; header: string; role: string; percent: boolean; fractions: boolean }[];
    unrecognised: string[];
    schools: {
      matched: { text: string; cell: string; row: number; key: string }[];
      unmatched: { text: string; cell: string; row: number; code: string; message: string }[];
    };
  }[];
}

/**
 * `shnor inspect <файл.xlsx> [--json] [--schools]`: the workbook map — each sheet's kind, year, recognised
 * columns (header → role) and the school names of its rows, resolved to keys or not. Human output in Russian;
 * `--json` prints one JSON document (`InspectJson`); `--schools` lists every resolved name too. Exit 0, or 2
 * when the file is missing, unreadable or the arguments are wrong.
 * @example await inspectCommand.run(["examples/kirov-district-sample.xlsx", "--json"], io) // 0
 */
export const inspectCommand: CliCommand = {
  name: "inspect",
  summary: "карта книги: вид и год каждого листа, распознанные столбцы и школы",
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const parsed = parseFileArgs(argv, { flags: ["--json", "--schools"], usage: USAGE, help: HELP }, io);
    if (!parsed.ok) return parsed.exit;
    const { file, args } = parsed;
    const opened = await openForCommand(file, io);
    if (!opened) return EXIT.usage;
    const map = buildWorkbookMap(opened.sheets);
    if (args.flags.has("--json")) printJson(io, inspectJson(file, map));
    else io.stdout(inspectText(file, map, args.flags.has("--schools")));
    const unknown = map.sheets.filter((s) => s.kind === "unknown").length;
    if (unknown > 0) io.stderr(`Листов, вид которых не распознан: ${unknown}.\n`);
    return EXIT.ok;
  },
};

/**
 * The workbook map as the JSON document of `inspect --json`.
 * @example inspectJson("a.xlsx", map).sheets[0].kind // "vpr"
 */
export function inspectJson(file: string, map: WorkbookMap): InspectJson {
  return {
    file,
    registry: {
      sheets: map.registrySheets,
      schools: map.registry.entries.map((e) => ({ key: e.key, name: e.name })),
    },
    sheets: map.sheets.map((s) => ({
      name: s.name,
      kind: s.kind,
      kindSource: s.kindSource,
      year: s.year ?? null,
      yearSource: s.yearSource,
      years: s.years,
      tableIssue: s.tableIssue ? { code: s.tableIssue.code, message: messageRu(s.tableIssue) } : null,
      columns: s.columns.map((c) => ({
        column: c.column,
        header: c.header,
        role: c.role,
        percent: c.percent,
        fractions: c.fractions,
      })),
      unrecognised: s.unrecognised,
      schools: {
        matched: s.schools.matched.map((m) => ({ text: m.text, cell: m.cell, row: m.row, key: m.key })),
        unmatched: s.schools.unmatched.map((u) => ({
          text: u.text,
          cell: u.cell,
          row: u.row,
          code: u.issue.code,
          message: messageRu(u.issue),
        })),
      },
    })),
  };
}

/**
 * The workbook map as aligned Russian text.
 * @example inspectText("a.xlsx", map, false) // "Книга «a.xlsx»: 1 лист; …"
 */
export function inspectText(file: string, map: WorkbookMap, listSchools: boolean): string {
  const lines: string[] = [];
  const registry =
    map.registrySheets.length > 0
      ? `список ОО — ${map.registrySheets.map((n) => `«${n}»`).join(", ")}, ${map.registry.entries.length} ОО`
      : `листа со списком ОО нет, список собран по всем листам: ${map.registry.entries.length} ОО`;
  lines.push(`Книга «${file}»: листов ${map.sheets.length}; ${registry}.`);
  map.sheets.forEach((sheet, index) => {
    lines.push("", `${index + 1}. «${sheet.name}»`, ...sheetLines(sheet, listSchools));
  });
  return `${lines.join("\n")}\n`;
}

const LABEL = 16;
const field = (label: string, value: string): string => `   ${`${label}:`.padEnd(LABEL)}${value}`;
/** Shortens long text in the middle, so the end of a two-row header («… / Понизили») stays visible. */
const clip = (text: string, width: number): string => {
  const flat = text.replace(/\s+/gu, " ").trim();
  if (flat.length <= width) return flat;
  const tail = Math.floor((width - 1) / 2);
  return `${flat.slice(0, width - 1 - tail)}…${flat.slice(flat.length - tail)}`;
};

function sheetLines(sheet: SheetMap, listSchools: boolean): string[] {
  const lines = [field("Вид", `${SHEET_KIND_RU[sheet.kind]} (${MAP_SOURCE_RU[sheet.kindSource]})`)];
  const year =
    sheet.year !== undefined
      ? `${sheet.year} (${MAP_SOURCE_RU[sheet.yearSource]})`
      : sheet.years.length > 0
        ? `${sheet.years.join(", ")} (${MAP_SOURCE_RU[sheet.yearSource]})`
        : "—";
  lines.push(field(sheet.year === undefined && sheet.years.length > 1 ? "Годы" : "Год", year));
  if (sheet.tableIssue) lines.push(field("Таблица", `не найдена: ${messageRu(sheet.tableIssue)}`));
  const headerWidth = Math.min(48, Math.max(0, ...sheet.columns.map((c) => clip(c.header, 48).length)));
  sheet.columns.forEach((c, i) => {
    const unit = c.percent ? (c.fractions ? ", % (в долях единицы)" : ", %") : "";
    const text = `${c.column.padEnd(3)} ${clip(c.header, 48).padEnd(headerWidth)} → ${COLUMN_ROLE_RU[c.role]}${unit}`;
    lines.push(i === 0 ? field("Столбцы", text) : `   ${"".padEnd(LABEL)}${text}`);
  });
  if (sheet.columns.length === 0 && !sheet.tableIssue) lines.push(field("Столбцы", "не распознаны"));
  if (sheet.unrecognised.length > 0)
    lines.push(field("Не распознаны", sheet.unrecognised.map((h) => clip(h, 40)).join("; ")));
  const { matched, unmatched } = sheet.schools;
  const keys = new Set(matched.map((m) => m.key));
  lines.push(
    field(
      "Школы",
      `названий ${matched.length + unmatched.length}: распознано ${matched.length} (ОО: ${keys.size}), не распознано ${unmatched.length}`,
    ),
  );
  if (listSchools)
    for (const m of matched)
      lines.push(`   ${"".padEnd(LABEL)}${m.cell.padEnd(6)} «${clip(m.text, 80)}» → ${m.key}`);
  for (const u of unmatched)
    lines.push(`   ${"".padEnd(LABEL)}${u.cell.padEnd(6)} «${clip(u.text, 80)}» — ${messageRu(u.issue)}`);
  return lines;
}
