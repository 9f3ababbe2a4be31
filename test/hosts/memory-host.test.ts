import { MemoryHost } from "../../src/hosts/memory-host";

describe("MemoryHost", () => {
  const grid = () => [
    ["Реестр ОО Кировского района", ""],
    ["Школа", "Балл"],
    ["ГБОУ СОШ № 223", "45,5"],
  ];

  it("is built from a { name: grid } object with sheets in insertion order at A1", async () => {
    const host = new MemoryHost({ Школы: grid(), "ОГЭ 2024": [["Математика"], [3.4]] });
    expect(await host.sheetNames()).toEqual(["Школы", "ОГЭ 2024"]);
    const [oge] = await host.readSheets(["ОГЭ 2024"]);
    expect(oge).toEqual({ name: "ОГЭ 2024", firstRow: 0, firstColumn: 0, values: [["Математика"], [3.4]] });
  });

  it("is built from SheetValues keeping their offsets, and hands out copies", async () => {
    const host = new MemoryHost([{ name: "Кадры", firstRow: 4, firstColumn: 2, values: [["Учителя", 41]] }]);
    const [first] = await host.readSheets();
    first.values[0][1] = 0;
    const [again] = await host.readSheets();
    expect(again).toEqual({ name: "Кадры", firstRow: 4, firstColumn: 2, values: [["Учителя", 41]] });
  });

  it("does not share the grid it was given", async () => {
    const source = grid();
    const host = new MemoryHost({ Школы: source });
    source[2][1] = "изменено";
    expect((await host.readSheets())[0].values[2][1]).toBe("45,5");
  });

  it("reports progress per sheet and stops when cancelled", async () => {
    const host = new MemoryHost({ А: [[1, 2]], Б: [[3], [4], [5]] });
    const progress: [number, number][] = [];
    await host.readSheets(undefined, { onProgress: (done, total) => progress.push([done, total]) });
    expect(progress).toEqual([
      [2, 5],
      [5, 5],
    ]);
    const controller = new AbortController();
    const read = host.readSheets(undefined, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(read).rejects.toMatchObject({ issue: { code: "cancelled" } });
  });

  it("refuses an unknown sheet with a Russian message", async () => {
    await expect(new MemoryHost({ Школы: grid() }).readSheets(["ЕГЭ"])).rejects.toThrow(
      "Лист «ЕГЭ» не найден в книге.",
    );
  });

  it("keeps settings as JSON copies and records every write", async () => {
    const host = new MemoryHost();
    const profile = { режим: "относительный", порог: 0.25 };
    await host.setSetting("профиль", profile);
    profile.порог = 1;
    expect(await host.getSetting("профиль")).toEqual({ режим: "относительный", порог: 0.25 });
    await host.setSetting("профиль", undefined);
    expect(await host.getSetting("профиль")).toBeUndefined();
    expect(host.writes.map((w) => w.kind + ":" + (w.kind === "setting" ? w.key : w.name))).toEqual([
      "setting:профиль",
      "setting:профиль",
    ]);
    await expect(host.setSetting("x", 10n)).rejects.toThrow();
  });
});
