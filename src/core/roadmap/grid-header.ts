import type { CellValue } from "../cells/cell-value";
import { cellText, foldText } from "../cells/cell-text";
import { issue } from "../issue-codes";
import type { FindingSink } from "./grid-template";
import type { ColumnRole, PlanYearKind, RoadmapTemplate, TemplateColumn, TemplateScope } from "./template";
import { PARAMETERS, ROLE_RU, SCOPE_RU, YEAR_KIND_RU } from "./template-grid";

/** The «параметр» rows of a template sheet: their row index, name (column B) and value (column C). */
export type ParameterRows = { row: number; name: string; value: string }[];

/** The template's header fields read from its parameter rows. */
export type TemplateHeader = Pick<
  RoadmapTemplate,
  "id" | "title" | "baseYear" | "yearKind" | "scope" | "source"
>;

function reverse<K extends string>(map: Readonly<Record<K, string>>): Map<string, K> {
  return new Map(Object.entries(map).map(([k, v]) => [v as string, k as K]));
}

const YEAR_KINDS = reverse<PlanYearKind>(YEAR_KIND_RU);
const SCOPES = reverse<TemplateScope>(SCOPE_RU);
const ROLES = reverse<ColumnRole>(ROLE_RU);

/**
 * Reads the parameter rows: id, title and base year are required; year kind and scope default to
 * «календарный» and «район»; the source fields are optional. Problems go to the sink at the value's cell
 * (or A1 when a required parameter is missing).
 * @example readParameters([{ row: 1, name: "Базовый год", value: "2023" }], sink).baseYear // 2023
 */
export function readParameters(rows: ParameterRows, sink: FindingSink): TemplateHeader {
  const byName = new Map<string, { row: number; value: string }>();
  const names = new Set<string>(Object.values(PARAMETERS).map((n) => foldText(n)));
  for (const p of rows) {
    const name = foldText(p.name);
    if (!names.has(name)) {
      sink.add(
        "error",
        p.row,
        1,
        issue("roadmap-bad-parameter", { name: p.name, text: p.value, expected: "неизвестный параметр" }),
      );
    } else byName.set(name, { row: p.row, value: p.value });
  }
  const get = (name: string) => byName.get(foldText(name));
  const required = (name: string): string => {
    const p = get(name);
    if (!p || p.value === "") {
      sink.add(
        "error",
        p?.row ?? 0,
        p ? 2 : 0,
        issue("roadmap-bad-parameter", { name, text: "", expected: "обязательный параметр" }),
      );
    }
    return p?.value ?? "";
  };
  const id = required(PARAMETERS.id);
  const title = required(PARAMETERS.title);
  const yearText = required(PARAMETERS.baseYear);
  let baseYear = Number(yearText);
  if (yearText !== "" && !(Number.isInteger(baseYear) && baseYear >= 1990 && baseYear <= 2100)) {
    const p = get(PARAMETERS.baseYear);
    sink.add(
      "error",
      p?.row ?? 0,
      2,
      issue("roadmap-bad-parameter", {
        name: PARAMETERS.baseYear,
        text: yearText,
        expected: "год от 1990 до 2100",
      }),
    );
  }
  if (!Number.isInteger(baseYear)) baseYear = 2000;
  const choice = <K extends string>(name: string, map: Map<string, K>, fallback: K): K => {
    const p = get(name);
    if (!p || p.value === "") return fallback;
    const found = map.get(foldText(p.value));
    if (found === undefined) {
      const expected = [...map.keys()].map((k) => `«${k}»`).join(" или ");
      sink.add("error", p.row, 2, issue("roadmap-bad-parameter", { name, text: p.value, expected }));
      return fallback;
    }
    return found;
  };
  const yearKind = choice(PARAMETERS.yearKind, YEAR_KINDS, "calendar");
  const scope = choice(PARAMETERS.scope, SCOPES, "district");
  const opt = (name: string) => get(name)?.value ?? "";
  const source = {
    document: opt(PARAMETERS.document),
    authority: opt(PARAMETERS.authority),
    date: opt(PARAMETERS.date),
    number: opt(PARAMETERS.number),
    seed: opt(PARAMETERS.seed),
  };
  return { id, title, baseYear, yearKind, scope, source };
}

/**
 * Reads the «столбец» rows (B key, C header, D group, E role): keys unique and latin, exactly one column each
 * of the roles «номер», «текст», «срок».
 * @example readColumns([], rows, sink) // [] and an error at A1: no columns
 */
export function readColumns(columnRows: number[], rows: CellValue[][], sink: FindingSink): TemplateColumn[] {
  const columns: TemplateColumn[] = [];
  const keys = new Set<string>();
  for (const r of columnRows) {
    const [key, header, group, roleText] = [1, 2, 3, 4].map((c) => cellText(rows[r][c]));
    const role = ROLES.get(foldText(roleText));
    const bad = (text: string, column: number) =>
      sink.add("error", r, column, issue("roadmap-bad-columns", { text }));
    if (!/^[A-Za-z][A-Za-z0-9_-]*$/u.test(key)) bad(`ключ столбца «${key}» должен быть латиницей`, 1);
    else if (keys.has(key)) bad(`ключ «${key}» повторяется`, 1);
    else if (header === "") bad(`у столбца «${key}» нет заголовка`, 2);
    else if (role === undefined) {
      bad(`роль «${roleText}» неизвестна, укажите: ${Object.values(ROLE_RU).join(", ")}`, 4);
    } else {
      keys.add(key);
      columns.push(group ? { key, header, group, role } : { key, header, role });
    }
  }
  const where = columnRows[0] ?? 0;
  for (const role of ["number", "text", "deadline"] as const) {
    const count = columns.filter((c) => c.role === role).length;
    if (count !== 1) {
      const text = `нужен ровно один столбец с ролью «${ROLE_RU[role]}», найдено ${count}`;
      sink.add("error", where, columnRows.length ? 4 : 0, issue("roadmap-bad-columns", { text }));
    }
  }
  return columns;
}
