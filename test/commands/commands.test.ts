/**
 * The ribbon's wiring: every ExecuteFunction of manifest.xml is associated; «Сформировать мониторинг» runs the
 * real one-click monitoring through the Office.js host (on the typed fake Excel), always completes the event,
 * and shows what went wrong in Russian in the task pane — also when its lazily loaded code cannot be fetched.
 */
import fs from "fs";
import path from "path";
import type { CellValue } from "../../src/core/cells/cell-value";
import { associateCommands, generateMonitoring } from "../../src/commands/commands";
import { commandMessagesRu } from "../../src/commands/messages-ru";
import { subscribeMonitoringPane, type MonitoringPaneRequest } from "../../src/commands/monitoring-pane";
import { XlsxHost } from "../../src/hosts/xlsx-host";
import { FakeExcel } from "../hosts/fake-excel";

type Event = { completed: jest.Mock };
type Handler = (event: Event) => void;

const ROOT = path.resolve(__dirname, "..", "..");
let sample: Record<string, CellValue[][]>;

beforeAll(async () => {
  const sheets = await (
    await XlsxHost.open(path.join(ROOT, "examples/kirov-district-sample.xlsx"))
  ).readSheets();
  // The sample's sheets start at A1, as the fake's seeded sheets do.
  expect(sheets.every((s) => s.firstRow === 0 && s.firstColumn === 0)).toBe(true);
  sample = Object.fromEntries(sheets.map((s) => [s.name, s.values as CellValue[][]]));
});

/** Office and Excel globals of the shared runtime around a fake workbook. */
function office(fake: FakeExcel, showAsTaskpane: () => Promise<void> = () => Promise.resolve()) {
  const associated = new Map<string, Handler>();
  const show = jest.fn(showAsTaskpane);
  Object.assign(globalThis, {
    Office: {
      actions: { associate: (id: string, fn: Handler) => associated.set(id, fn) },
      addin: { showAsTaskpane: show },
      context: { requirements: { isSetSupported: (name: string) => name === "ExcelApi" } },
    },
    Excel: { run: fake.run },
  });
  return { associated, show };
}

/** Clicks the button as Excel does (the handler returns nothing) and waits until the event completes. */
async function click(handler: Handler): Promise<Event> {
  const event: Event = { completed: jest.fn() };
  const done = new Promise<void>((resolve) => event.completed.mockImplementation(() => resolve()));
  handler(event);
  await done;
  return event;
}

/** The pane requests posted while `action` runs (the pending one included). */
async function paneRequests(action: () => Promise<unknown>): Promise<MonitoringPaneRequest[]> {
  const seen: MonitoringPaneRequest[] = [];
  subscribeMonitoringPane(() => undefined)(); // drop a request left pending by an earlier test
  await action();
  const stop = subscribeMonitoringPane((r) => seen.push(r));
  stop();
  return seen;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).Excel;
  jest.restoreAllMocks();
});

describe("associateCommands", () => {
  test("outside Office there is nothing to associate", () => {
    expect(associateCommands()).toBe(false);
  });

  test("associates exactly the ExecuteFunction names of manifest.xml", () => {
    const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    const names = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(0);
    const { associated } = office(new FakeExcel());
    expect(associateCommands()).toBe(true);
    expect([...associated.keys()].sort()).toEqual([...new Set(names)].sort());
  });
});

describe("«Сформировать мониторинг» (the real action, Office.js host on the fake Excel)", () => {
  test("writes the «Мониторинг» tab into the open workbook, opens no pane, completes the event once", async () => {
    const fake = new FakeExcel(sample);
    const { associated, show } = office(fake);
    associateCommands();
    let event: Event | undefined;
    const requests = await paneRequests(async () => {
      event = await click(associated.get("generateMonitoring")!);
    });
    expect(event!.completed).toHaveBeenCalledTimes(1);
    expect(requests).toEqual([]);
    expect(show).not.toHaveBeenCalled();
    const tab = fake.sheets.find((s) => s.name === "Мониторинг");
    expect(tab).toBeDefined();
    expect(tab!.formulas.size).toBeGreaterThan(0); // derived cells are native formulas
    // The workbook's own sheets are untouched.
    for (const [name, rows] of Object.entries(sample))
      expect(fake.sheets.find((s) => s.name === name)!.grid().length).toBe(rows.length);
  });

  test("a workbook with one year of results: nothing written, the pane opens at «Карта книги» with a Russian reason", async () => {
    const oneYear = Object.fromEntries(Object.entries(sample).filter(([name]) => !/2022/u.test(name)));
    const fake = new FakeExcel(oneYear);
    const { show } = office(fake);
    let event: Event | undefined;
    const requests = await paneRequests(async () => {
      event = { completed: jest.fn() };
      await generateMonitoring(event as unknown as Office.AddinCommands.Event);
    });
    expect(event!.completed).toHaveBeenCalledTimes(1);
    expect(show).toHaveBeenCalledTimes(1);
    expect(requests.map((r) => r.step)).toEqual(["workbook-map"]);
    expect(requests[0].message).toMatch(/[А-Яа-яЁё]{4,}/u);
    expect(fake.sheets.map((s) => s.name)).not.toContain("Мониторинг");
  });

  test.each([
    [
      "an Excel error code",
      Object.assign(new Error("GeneralException"), { code: "GeneralException" }),
      "GeneralException",
    ],
    ["a lost connection", new Error("Network request failed"), "Network request failed"],
  ])(
    "Excel fails (%s): the pane shows the failure in Russian, the event completes",
    async (_what, error, detail) => {
      const fake = new FakeExcel(sample);
      const { show } = office(fake);
      (globalThis as unknown as { Excel: { run: () => Promise<never> } }).Excel.run = () =>
        Promise.reject(error);
      const event = { completed: jest.fn() };
      const requests = await paneRequests(() =>
        generateMonitoring(event as unknown as Office.AddinCommands.Event),
      );
      expect(event.completed).toHaveBeenCalledTimes(1);
      expect(show).toHaveBeenCalledTimes(1);
      expect(requests).toHaveLength(1);
      expect(requests[0].step).toBe("error");
      expect(requests[0].message).toMatch(/^Лист «Мониторинг» не сформирован: Excel не выполнил запрос/u);
      expect(requests[0].message).toContain(detail);
    },
  );

  test("an Excel without ExcelApi 1.7: the host's own Russian message, nothing written", async () => {
    const fake = new FakeExcel(sample);
    office(fake);
    (globalThis as unknown as { Office: { context: unknown } }).Office.context = {
      requirements: { isSetSupported: () => false },
    };
    const event = { completed: jest.fn() };
    const requests = await paneRequests(() =>
      generateMonitoring(event as unknown as Office.AddinCommands.Event),
    );
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(requests.map((r) => r.step)).toEqual(["error"]);
    expect(requests[0].message).toMatch(/^Лист «Мониторинг» не сформирован: .*ExcelApi 1\.7/u);
    expect(requests[0].message).not.toMatch(/Excel не выполнил запрос/u);
    expect(fake.syncs).toBe(0);
  });

  test("the event is completed even when the pane cannot be shown", async () => {
    const fake = new FakeExcel({});
    office(fake, () => Promise.reject(new Error("not supported")));
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const event = { completed: jest.fn() };
    await generateMonitoring(event as unknown as Office.AddinCommands.Event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith("ШНОР: cannot show the task pane", expect.any(Error));
  });

  test("the monitoring code cannot be downloaded: the pane says so in Russian and the event completes", async () => {
    const fake = new FakeExcel(sample);
    const { show } = office(fake);
    const failed = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const requests: MonitoringPaneRequest[] = [];
    const event = { completed: jest.fn() };
    await jest.isolateModulesAsync(async () => {
      jest.doMock("../../src/commands/monitoring", () => {
        throw new Error("ChunkLoadError: Loading chunk monitoring failed.");
      });
      // A fresh registry: the command and the pane route are the ones this module graph shares.
      const commands = await import("../../src/commands/commands");
      const pane = await import("../../src/commands/monitoring-pane");
      await commands.generateMonitoring(event as unknown as Office.AddinCommands.Event);
      pane.subscribeMonitoringPane((r) => requests.push(r))();
    });
    jest.dontMock("../../src/commands/monitoring");
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(show).toHaveBeenCalledTimes(1);
    expect(requests).toEqual([{ step: "error", message: commandMessagesRu.monitoringLoadFailed, seq: 1 }]);
    expect(failed).toHaveBeenCalled();
    expect(fake.syncs).toBe(0);
  });
});
