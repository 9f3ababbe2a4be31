import {
  EMPTY,
  num,
  text,
  type CellStyle,
  type PlanCell,
  type PlanRange,
  type SheetPlan,
  widthsFromA,
} from "../plans/sheet-plan";
import type { ValidationResult } from "./validate";
import type { Severity } from "./rule-ids";

/** The name of the report sheet. */
export const REPORT_SHEET_NAME = "Проверка";

/** Russian names of severities, as the report and the task pane show them. */
export const SEVERITY_RU: Readonly<Record<Severity, string>> = {
  error: "ошибка",
  warning: "предупреждение",
  info: "замечание",
};

const SEVERITY_FILL: Readonly<Record<Severity, string>> = {
  error: "#F4CCCC",
  warning: "#FFF2CC",
  info: "#DDEBF7",
};

/** How the report was made, for its foot block. */
export interface ReportMeta {
  /** The add-in version. */
  version: string;
  /** ISO 8601 time of the run. */
  createdAt: string;
  /** The criteria profile's name. */
  profile: string;
  /** The workbook's file name, when known. */
  file?: string;
}

/** Column layout of the findings table. */
const FINDING_HEADERS = ["Важность", "Лист", "Ячейка", "Правило", "Сообщение", "ОО"];

/**
 * The «Проверка» sheet as a plan: a title and totals; a summary by rule and by school; then one row per
 * finding (severity, sheet, cell as a link that selects it, rule, message, school) under a filtered, frozen…
 * header; and a foot block recording how it was made (add-in version, date, profile, source sheets).
 *
 * @example reportPlan(validateWorkbook(sheets), { version: "0.1.0", createdAt: "2024-09-01T09:00:00Z", profile: "По умолчанию" }).name
 * // "Проверка"
 */
export function reportPlan(result: ValidationResult, meta: ReportMeta): SheetPlan {
  const { findings, summary } = result;
  const rows: PlanCell[][] = [];
  const styles: { range: PlanRange; style: CellStyle }[] = [];
  const bold = (row: number, columnCount: number): void =>
    void styles.push({ range: { row, column: 0, columnCount }, style: { bold: true } });
  const line = (...cells: PlanCell[]): number => rows.push(cells) - 1;

  bold(line(text("Проверка данных книги")), 1);
  line(
    text(
      `Ошибок: ${summary.error}; предупреждений: ${summary.warning}; замечаний: ${summary.info}. Исходные значения не изменялись.`,
    ),
  );
  line();
  bold(line(text("Сводка по правилам")), 1);
  bold(line(text("Правило"), text("Важность"), text("Что проверяет"), text("Найдено")), 4);
  for (const entry of summary.byRule)
    line(text(entry.rule), text(SEVERITY_RU[entry.severity]), text(entry.title), num(entry.count));
  if (summary.byRule.length === 0) line(text("Замечаний нет."));
  line();
  bold(line(text("Сводка по школам")), 1);
  bold(line(text("ОО"), text("Ошибки"), text("Предупреждения"), text("Замечания")), 4);
  for (const school of summary.bySchool)
    line(text(school.school), num(school.error), num(school.warning), num(school.info));
  if (summary.bySchool.length === 0) line(text("Замечаний по школам нет."));
  line();

  const header = line(...FINDING_HEADERS.map(text));
  bold(header, FINDING_HEADERS.length);
  const links: SheetPlan["links"] = [];
  for (const finding of findings) {
    const row = line(
      text(SEVERITY_RU[finding.severity]),
      text(finding.sheet),
      text(finding.cell),
      text(finding.rule),
      text(finding.message),
      finding.school !== undefined ? text(finding.school) : EMPTY,
    );
    links.push({ row, column: 2, sheet: finding.sheet, cell: finding.cell });
    styles.push({ range: { row, column: 0 }, style: { fill: SEVERITY_FILL[finding.severity] } });
  }
  const omitted = Object.values(summary.omitted).reduce((a, b) => a + (b ?? 0), 0);
  if (omitted > 0)
    line(
      text(
        `Ещё ${omitted} однотипных замечаний не показаны: исправьте показанные и запустите проверку снова.`,
      ),
    );
  styles.push({
    range: { row: header + 1, column: 4, rowCount: Math.max(1, findings.length) },
    style: { wrap: true },
  });

  line();
  const foot = line(text("Как получен лист"));
  bold(foot, 1);
  line(text("Надстройка «ШНОР», версия"), text(meta.version));
  line(text("Дата проверки"), text(meta.createdAt));
  line(text("Профиль критериев"), text(meta.profile));
  if (meta.file !== undefined) line(text("Книга"), text(meta.file));
  line(text("Проверенные листы"), text(summary.sheets.join("; ")));
  line(
    text("Правила"),
    text("docs/validation-rules.md: идентификатор, важность и содержание каждого правила"),
  );

  return {
    name: REPORT_SHEET_NAME,
    rows,
    styles,
    links,
    columnWidths: widthsFromA([34, 24, 40, 34, 90, 12]),
    autoFilter: {
      row: header,
      column: 0,
      rowCount: findings.length + 1,
      columnCount: FINDING_HEADERS.length,
    },
    mark: { generator: "validation", version: meta.version, createdAt: meta.createdAt },
  };
}
