/**
 * `selectCell`: the task pane shows a finding's cell to the user. The memory host records the selection; the
 * Office.js host activates the sheet and selects the range, in a fixed number of syncs.
 */
import { ExcelHost } from "../../src/hosts/excel-host";
import { HostError } from "../../src/hosts/host-error";
import { MemoryHost } from "../../src/hosts/memory-host";

describe("MemoryHost.selectCell", () => {
  const host = () =>
    new MemoryHost({
      "ВПР 2023": [
        ["ОО", "«2»"],
        ["ГБОУ СОШ № 223", "12,5"],
      ],
      "Список ОО": [["ОО"]],
    });

  test("records the last selected cell and changes no value", async () => {
    const h = host();
    const before = await h.readSheets();
    expect(h.selection).toBeUndefined();
    await h.selectCell("ВПР 2023", "B2");
    expect(h.selection).toEqual({ sheet: "ВПР 2023", address: "B2" });
    await h.selectCell("Список ОО", "A1");
    expect(h.selection).toEqual({ sheet: "Список ОО", address: "A1" });
    expect(await h.readSheets()).toEqual(before);
    expect(h.writes).toEqual([]);
  });

  test("a missing sheet fails with the Russian message and keeps the old selection", async () => {
    const h = host();
    await h.selectCell("ВПР 2023", "B2");
    const error = await h.selectCell("ВПР 2019", "B2").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toBe("Лист «ВПР 2019» не найден в книге.");
    expect(h.selection).toEqual({ sheet: "ВПР 2023", address: "B2" });
  });

  test.each(["b2", "2B", "", "B0", "ВПР!B2"])("«%s» is not an A1 address: a bug, thrown", async (address) => {
    await expect(host().selectCell("ВПР 2023", address)).rejects.toThrow(/A1/u);
  });
});

/** A hand-made Excel.RequestContext with just what selectCell touches, recording the calls and syncs. */
function fakeExcel(sheetNames: string[]) {
  const calls: string[] = [];
  let syncs = 0;
  const context = {
    sync: () => {
      syncs += 1;
      return Promise.resolve();
    },
    workbook: {
      worksheets: {
        getItemOrNullObject: (name: string) => ({
          isNullObject: !sheetNames.includes(name),
          activate: () => calls.push(`activate ${name}`),
          getRange: (address: string) => ({ select: () => calls.push(`select ${name}!${address}`) }),
        }),
      },
    },
  };
  const run = <T>(batch: (c: Excel.RequestContext) => Promise<T>) =>
    batch(context as unknown as Excel.RequestContext);
  return { run, calls, syncs: () => syncs };
}

describe("ExcelHost.selectCell", () => {
  test("activates the sheet and selects the cell in two syncs", async () => {
    const excel = fakeExcel(["ВПР 2023"]);
    const host = new ExcelHost({ run: excel.run, isSetSupported: () => true });
    await host.selectCell("ВПР 2023", "E7");
    expect(excel.calls).toEqual(["activate ВПР 2023", "select ВПР 2023!E7"]);
    expect(excel.syncs()).toBe(2);
  });

  test("a missing sheet: a HostError with the Russian message, nothing selected", async () => {
    const excel = fakeExcel(["ВПР 2023"]);
    const host = new ExcelHost({ run: excel.run, isSetSupported: () => true });
    await expect(host.selectCell("Проверка", "A1")).rejects.toThrow("Лист «Проверка» не найден в книге.");
    expect(excel.calls).toEqual([]);
  });

  test("an Excel without the API: a Russian message, no request", async () => {
    const excel = fakeExcel(["ВПР 2023"]);
    const host = new ExcelHost({ run: excel.run, isSetSupported: () => false });
    await expect(host.selectCell("ВПР 2023", "A1")).rejects.toBeInstanceOf(HostError);
    expect(excel.syncs()).toBe(0);
  });
});
