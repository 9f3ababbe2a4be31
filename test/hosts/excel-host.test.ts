import { ExcelHost } from "../../src/hosts/excel-host";
import {
  CHUNKS_PER_SYNC,
  planChunks,
  readSyncCount,
  rowsPerChunk,
  SYNC_PAYLOAD_BUDGET_BYTES,
} from "../../src/hosts/excel-chunks";
import { HostError } from "../../src/hosts/host-error";
import { SETTINGS_SHEET_NAME } from "../../src/hosts/settings-sheet";
import type { CellValue } from "../../src/core/cells/cell-value";
import { officeMockWorkbook, type MockSheetSpec } from "./office-mock-workbook";
import { FakeExcel } from "./fake-excel";

/** A district-like row: school name, a Russian decimal as text, numbers, a dash and an error now and then. */
const districtCell = (row: number, column: number): CellValue => {
  if (column === 1) return `ГБОУ СОШ № ${row}`;
  if (column === 2) return `${row % 100},5`;
  if (column === 3 && row % 97 === 0) return "#Н/Д";
  if (column === 4 && row % 13 === 0) return "—";
  return row * 100 + column + 0.123456789;
};

const bigSheet = (rows: number): MockSheetSpec => ({
  name: "ВПР 2023-2024",
  firstRow: 2,
  firstColumn: 1,
  rows,
  columns: 12,
  cell: districtCell,
});

const hostFor = (specs: MockSheetSpec[], failWhenBytesOver?: number) => {
  const mock = officeMockWorkbook(specs, failWhenBytesOver);
  return { host: new ExcelHost({ run: mock.run, isSetSupported: () => true }), stats: mock.stats };
};

const expectSheetValues = (values: CellValue[][], spec: MockSheetSpec): void => {
  expect(values).toHaveLength(spec.rows);
  for (let r = 0; r < spec.rows; r++) {
    const row = values[r];
    if (row.length !== spec.columns) throw new Error(`row ${r} has ${row.length} cells`);
    for (let c = 0; c < spec.columns; c++) {
      const expected = spec.cell(spec.firstRow + r, spec.firstColumn + c);
      if (row[c] !== expected) throw new Error(`cell ${r},${c}: ${String(row[c])} ≠ ${String(expected)}`);
    }
  }
};

describe("ExcelHost.readSheets (office-addin-mock)", () => {
  it.each([200_000, 400_000])(
    "reads %i rows × 12 complete, in order, in 1 + ceil(chunks / %s) syncs",
    async (rows) => {
      const spec = bigSheet(rows);
      const { host, stats } = hostFor([spec]);
      const progress: number[] = [];
      const [sheet] = await host.readSheets([spec.name], { onProgress: (done) => progress.push(done) });

      expect(sheet).toMatchObject({ name: spec.name, firstRow: 2, firstColumn: 1 });
      expectSheetValues(sheet.values, spec);
      const chunks = Math.ceil(rows / rowsPerChunk(12));
      expect(stats.syncs).toBe(1 + Math.ceil(chunks / CHUNKS_PER_SYNC));
      expect(stats.syncs).toBe(readSyncCount([{ rowCount: rows, columnCount: 12 }]));
      for (const request of stats.requests) {
        expect(request.loads).toBeLessThanOrEqual(CHUNKS_PER_SYNC);
        expect(request.bytes).toBeLessThan(SYNC_PAYLOAD_BUDGET_BYTES);
      }
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      expect(progress[progress.length - 1]).toBe(rows * 12);
    },
  );

  it("makes the same number of syncs for any row count that gives the same chunks", async () => {
    const counts: number[] = [];
    for (const rows of [1, 40, 700]) {
      const specs = Array.from({ length: 20 }, (_, i) => ({ ...bigSheet(rows), name: `Лист ${i + 1}` }));
      const { host, stats } = hostFor(specs);
      const sheets = await host.readSheets(specs.map((s) => s.name));
      sheets.forEach((sheet, i) => expectSheetValues(sheet.values, specs[i]));
      counts.push(stats.syncs);
    }
    // 20 sheets of at most one chunk each: one sync for the used ranges, then ceil(20 / 7) for the values.
    expect(counts).toEqual([4, 4, 4]);
  });

  it("gives an empty grid for an empty sheet and keeps the order asked", async () => {
    const specs = [
      { ...bigSheet(3), name: "Контингент" },
      { ...bigSheet(0), name: "Пустой" },
      { ...bigSheet(5), name: "Кадры", firstRow: 0, firstColumn: 0 },
    ];
    const { host, stats } = hostFor(specs);
    const sheets = await host.readSheets(["Кадры", "Пустой", "Контингент"]);
    expect(sheets.map((s) => s.name)).toEqual(["Кадры", "Пустой", "Контингент"]);
    expect(sheets[1]).toEqual({ name: "Пустой", firstRow: 0, firstColumn: 0, values: [] });
    expectSheetValues(sheets[0].values, specs[2]);
    expectSheetValues(sheets[2].values, specs[0]);
    expect(stats.syncs).toBe(2);
  });

  it("retries in halves a request Excel refuses as too large, and still reads everything", async () => {
    const spec = bigSheet(20_000);
    const limit = 600_000; // far below the 4 MB budget: every full batch is refused
    const { host, stats } = hostFor([spec], limit);
    const [sheet] = await host.readSheets([spec.name]);
    expectSheetValues(sheet.values, spec);
    expect(stats.requests.every((r) => r.bytes <= limit)).toBe(true);
    expect(stats.syncs).toBeGreaterThan(readSyncCount([{ rowCount: 20_000, columnCount: 12 }]));
  });

  it("stops between syncs when the signal is aborted", async () => {
    const spec = bigSheet(200_000);
    const { host, stats } = hostFor([spec]);
    const controller = new AbortController();
    const read = host.readSheets([spec.name], {
      signal: controller.signal,
      onProgress: (done) => done > 0 && controller.abort(),
    });
    await expect(read).rejects.toMatchObject({
      name: "AbortError",
      message: "Операция отменена пользователем.",
    });
    expect(stats.syncs).toBe(2); // used ranges, then the first batch; nothing after the abort
  });

  it("does not start when the signal is already aborted", async () => {
    const { host, stats } = hostFor([bigSheet(10)]);
    await expect(host.readSheets(["ВПР 2023-2024"], { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      HostError,
    );
    expect(stats.syncs).toBe(0);
  });
});

describe("ExcelHost requirement sets", () => {
  it("refuses with a Russian message naming the missing set, before any request", async () => {
    const run = jest.fn();
    const host = new ExcelHost({ run: run as never, isSetSupported: (_name, version) => version < "1.7" });
    await expect(host.readSheets()).rejects.toThrow(
      "Эта версия Excel не поддерживает нужные функции (набор ExcelApi 1.7): обновите Excel или откройте книгу в Excel в Интернете.",
    );
    await expect(host.sheetNames()).rejects.toMatchObject({ issue: { code: "host-unsupported" } });
    expect(run).not.toHaveBeenCalled();
  });

  it("asks for ExcelApi by name", async () => {
    const asked: string[] = [];
    const fake = new FakeExcel({ Лист1: [["a"]] });
    const host = new ExcelHost({
      run: fake.run,
      isSetSupported: (name, version) => (asked.push(`${name} ${version}`), true),
    });
    await host.sheetNames();
    expect(asked).toEqual(["ExcelApi 1.7"]);
  });
});

describe("ExcelHost with a typed fake (collections, added sheets, settings)", () => {
  const make = (sheets: Record<string, CellValue[][]>) => {
    const fake = new FakeExcel(sheets);
    return { fake, host: new ExcelHost({ run: fake.run, isSetSupported: () => true }) };
  };

  it("lists sheets in order without the settings sheet, and reads all of them when no names are given", async () => {
    const { fake, host } = make({
      Школы: [["Школа"], ["СОШ № 223"]],
      Кадры: [
        ["", "Учителя"],
        ["", 41],
      ],
    });
    await host.setSetting("профиль", { режим: "относительный" });
    expect(fake.sheets.map((s) => s.name)).toEqual(["Школы", "Кадры", SETTINGS_SHEET_NAME]);
    expect(await host.sheetNames()).toEqual(["Школы", "Кадры"]);
    fake.syncs = 0;
    const sheets = await host.readSheets();
    expect(sheets).toEqual([
      { name: "Школы", firstRow: 0, firstColumn: 0, values: [["Школа"], ["СОШ № 223"]] },
      { name: "Кадры", firstRow: 0, firstColumn: 1, values: [["Учителя"], [41]] },
    ]);
    expect(fake.syncs).toBe(
      readSyncCount(
        [
          { rowCount: 2, columnCount: 1 },
          { rowCount: 2, columnCount: 1 },
        ],
        false,
      ),
    );
  });

  it("names the missing sheet in Russian", async () => {
    const { host } = make({ Школы: [["Школа"]] });
    await expect(host.readSheets(["Школы", "ОГЭ 2024"])).rejects.toThrow(
      "Лист «ОГЭ 2024» не найден в книге.",
    );
  });

  it("keeps settings in a very hidden sheet, as text, across values of every JSON kind", async () => {
    const { fake, host } = make({ Школы: [["Школа"]] });
    expect(await host.getSetting("нет")).toBeUndefined();
    const values: Record<string, unknown> = {
      число: 0.30000000000000004,
      текст: "=СУММ(A1)",
      флаг: true,
      список: [1, "два", null],
      длинный: "ш".repeat(70_000),
    };
    for (const [key, value] of Object.entries(values)) await host.setSetting(key, value);
    const sheet = fake.sheets.find((s) => s.name === SETTINGS_SHEET_NAME)!;
    expect(sheet.visibility).toBe("VeryHidden");
    expect([...sheet.formats.values()].every((format) => format === "@")).toBe(true);
    for (const [key, value] of Object.entries(values)) expect(await host.getSetting(key)).toEqual(value);
    await host.setSetting("длинный", undefined);
    expect(await host.getSetting("длинный")).toBeUndefined();
    expect(await host.getSetting("флаг")).toBe(true);
    expect(sheet.grid().every((row) => row.length === sheet.grid()[0].length)).toBe(true);
  });
});

describe("chunk plan", () => {
  it("never puts more than the budgeted cells in a chunk, whatever the width", () => {
    for (const columns of [1, 12, 200, 16_384]) {
      const chunks = planChunks([{ rowCount: 50_000, columnCount: columns }]);
      expect(chunks.reduce((sum, c) => sum + c.rowCount, 0)).toBe(50_000);
      expect(Math.max(...chunks.map((c) => c.rowCount * c.columnCount))).toBeLessThanOrEqual(16_384);
    }
  });
});
