// A workbook for the Office.js host built with office-addin-mock: every range is an OfficeMockObject, so a
// value read before `context.sync()` is the mock's error text, not the data. office-addin-mock only syncs the
// objects reachable from the context, and ranges made by `getRangeByIndexes` are new objects, so the context's
// `sync` is wrapped to sync them too, count the syncs and measure each response's JSON size.
import { OfficeMockObject } from "office-addin-mock";
import { a1 as cellAddress } from "../../src/core/cells/a1";
import type { ExcelRun } from "../../src/hosts/excel-host";
import type { CellValue } from "../../src/core/cells/cell-value";

/** A sheet of the mock: its used range's place and size, and the value of each (absolute) cell. */
export interface MockSheetSpec {
  name: string;
  firstRow: number;
  firstColumn: number;
  rows: number;
  columns: number;
  cell: (row: number, column: number) => CellValue;
}

/** What the mock observed. */
export interface MockStats {
  syncs: number;
  /** Per successful sync: the chunk loads it carried and the JSON size of their values, in bytes. */
  requests: { loads: number; bytes: number }[];
}

/**
 * Builds the mock; `failWhenBytesOver` makes a sync whose response would exceed that size throw Excel's
 * `ResponsePayloadSizeLimitExceeded`, as Excel on the web does at 5 MB.
 */
export function officeMockWorkbook(
  specs: readonly MockSheetSpec[],
  failWhenBytesOver = Infinity,
): { run: ExcelRun; stats: MockStats } {
  const stats: MockStats = { syncs: 0, requests: [] };
  const fixed: OfficeMockObject[] = [];
  let pending: { mock: OfficeMockObject; values: CellValue[][] }[] = [];
  const sheets = new Map<string, OfficeMockObject>();
  let missing: string | undefined;
  for (const spec of specs) {
    const empty = spec.rows === 0;
    const last = cellAddress(spec.firstRow + spec.rows - 1, spec.firstColumn + spec.columns - 1);
    const used = new OfficeMockObject({
      address: empty ? "" : `'${spec.name}'!${cellAddress(spec.firstRow, spec.firstColumn)}:${last}`,
      rowCount: spec.rows,
      columnCount: spec.columns,
    });
    // Office.js sets isNullObject on every sync; the mock has no such notion, so it is a plain field.
    (used as unknown as { isNullObject: boolean }).isNullObject = empty;
    const sheet = new OfficeMockObject({
      name: spec.name,
      getUsedRangeOrNullObject: () => used,
      getRangeByIndexes: (row: number, column: number, rowCount: number, columnCount: number) => {
        const values = Array.from({ length: rowCount }, (_, r) =>
          Array.from({ length: columnCount }, (_, c) => spec.cell(row + r, column + c)),
        );
        const range = new OfficeMockObject({ values });
        pending.push({ mock: range, values });
        return range;
      },
    });
    fixed.push(used, sheet);
    sheets.set(spec.name, sheet);
  }
  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        getItem: (name: string) => {
          const sheet = sheets.get(name);
          if (sheet) return sheet;
          missing = name; // like Office.js, the failure surfaces at the next sync
          return new OfficeMockObject({
            getUsedRangeOrNullObject: () =>
              new OfficeMockObject({ address: "", rowCount: 0, columnCount: 0 }),
          });
        },
      },
    },
  });
  const originalSync = context.sync.bind(context);
  (context as unknown as { sync: () => Promise<void> }).sync = async () => {
    stats.syncs++;
    if (missing !== undefined) {
      missing = undefined;
      throw Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" });
    }
    const batch = pending;
    pending = [];
    const bytes = batch.reduce((sum, load) => sum + Buffer.byteLength(JSON.stringify(load.values)), 0);
    if (bytes > failWhenBytesOver) {
      throw Object.assign(new Error("Response payload too large"), {
        code: "ResponsePayloadSizeLimitExceeded",
      });
    }
    await originalSync();
    for (const mock of [...fixed, ...batch.map((load) => load.mock)]) await mock.sync();
    await new Promise((resolve) => setImmediate(resolve)); // office-addin-mock updates properties in microtasks
    stats.requests.push({ loads: batch.length, bytes });
  };
  const run: ExcelRun = (batch) => batch(context as unknown as Excel.RequestContext);
  return { run, stats };
}
