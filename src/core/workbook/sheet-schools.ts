import { a1 } from "../cells/a1";
import type { Issue } from "../issue-codes";
import type { Result } from "../result";
import type { SchoolEntry } from "../schools/school-registry";
import type { Table } from "../tables/table";

/** A school name of a sheet resolved to a registry entry. */
export interface MatchedSchool {
  text: string;
  /** Zero-based sheet row. */
  row: number;
  /** A1 address of the name's cell. */
  cell: string;
  key: string;
  /** The registry's name of the school. */
  name: string;
}

/** A school name of a sheet that the registry does not resolve, with the reason. */
export interface UnmatchedSchool {
  text: string;
  row: number;
  cell: string;
  issue: Issue;
}

/** One distinct school name written on a sheet and what the registry makes of it. */
export interface SheetSchoolName {
  /** The name as written, without a ФИС ОКО login. */
  text: string;
  /** Zero-based sheet row where the name is first written. */
  row: number;
  /** The registry entry, or the issue why the name resolves to none or to several. */
  resolved: Result<SchoolEntry>;
}

/**
 * The school names of a sheet's data rows, stored compactly: one entry per distinct name and, per row, the
 * index of its name. A long table of a million rows repeats a few hundred names, so this costs four bytes a
 * row. `matched` and `unmatched` list the names row by row (a name carried down a merged cell counted once);
 * they are built on first use and kept.
 *
 * @example const schools = sheetSchools(table, names, rowName)
 * schools.names[schools.rowName[0]].text // "ГБОУ СОШ № 221"
 * schools.matched[0] // { text: "ГБОУ СОШ № 221", row: 2, cell: "A3", key: "221", name: "ГБОУ СОШ № 221" }
 */
export class SheetSchools {
  private matchedList?: MatchedSchool[];
  private unmatchedList?: UnmatchedSchool[];

  /**
   * @param table the sheet's table (undefined: no table, no names)
   * @param names the distinct names, in the order they first appear
   * @param rowName per data row of `table.rows`: the index in `names` of the row's name (its own or the one
   * carried down from above), −1 for a row without a name
   */
  constructor(
    private readonly table: Table | undefined,
    readonly names: readonly SheetSchoolName[],
    readonly rowName: Int32Array,
  ) {}

  /** Names written in the rows (not carried down) that resolve to one school, top to bottom. */
  get matched(): MatchedSchool[] {
    this.matchedList ??= this.list((name, row, cell) =>
      name.resolved.ok
        ? { text: name.text, row, cell: cell(), key: name.resolved.value.key, name: name.resolved.value.name }
        : undefined,
    );
    return this.matchedList;
  }

  /** Names written in the rows that resolve to no school or to several, with the reason, top to bottom. */
  get unmatched(): UnmatchedSchool[] {
    this.unmatchedList ??= this.list((name, row, cell) =>
      name.resolved.ok ? undefined : { text: name.text, row, cell: cell(), issue: name.resolved.issue },
    );
    return this.unmatchedList;
  }

  /**
   * The rows whose own name (not carried down) satisfies `use`, with the name: for rules that scan every row
   * without building a list.
   * @example schools.eachOwn((name, row, index) => { if (!name.resolved.ok) count++; })
   */
  eachOwn(use: (name: SheetSchoolName, sheetRow: number, index: number) => void): void {
    const rows = this.table?.rows ?? [];
    for (let i = 0; i < rows.length; i++) {
      const at = this.rowName[i];
      if (at >= 0 && !rows[i].schoolFromAbove) use(this.names[at], rows[i].sheetRow, i);
    }
  }

  /**
   * The A1 address of the school cell of a sheet row.
   * @example schools.cellOf(2) // "A3"
   */
  cellOf(sheetRow: number): string {
    const column = this.table?.columns.find((c) => c.role === "school");
    return a1(sheetRow, column?.index ?? this.table?.firstColumn ?? 0);
  }

  private list<T>(make: (name: SheetSchoolName, row: number, cell: () => string) => T | undefined): T[] {
    const out: T[] = [];
    const column = this.table?.columns.find((c) => c.role === "school");
    if (!column) return out;
    this.eachOwn((name, row) => {
      const item = make(name, row, () => a1(row, column.index));
      if (item !== undefined) out.push(item);
    });
    return out;
  }
}
