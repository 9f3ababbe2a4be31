/**
 * The workbook-map corrections kept in the workbook: parsed defensively from a hand-edited setting, patched
 * per sheet, saved and loaded through any host (the ribbon's monitoring and the task pane share this module).
 */
import fc from "fast-check";
import { COLUMN_ROLES } from "../../src/core/tables/column-role";
import { SHEET_KINDS } from "../../src/core/workbook/sheet-kind";
import {
  applyPatch,
  CORRECTIONS_SETTING,
  loadCorrections,
  parseCorrections,
  saveCorrections,
} from "../../src/hosts/corrections-store";
import { MemoryHost } from "../../src/hosts/memory-host";

describe("parseCorrections: a hand-edited setting never breaks a reader", () => {
  it.each([
    ["nothing stored", undefined, []],
    ["an object instead of a list", { sheet: "ВПР 2023" }, []],
    ["blank sheet name", [{ sheet: "  ", kind: "vpr" }], []],
    ["a Russian kind is not a kind", [{ sheet: "ОГЭ", kind: "огэ" }], [{ sheet: "ОГЭ" }]],
    [
      "a fractional year is dropped",
      [{ sheet: "ЕГЭ", kind: "ege", year: 2023.5 }],
      [{ sheet: "ЕГЭ", kind: "ege" }],
    ],
    ["a year as text is dropped", [{ sheet: "ЕГЭ", year: "2023" }], [{ sheet: "ЕГЭ" }]],
    [
      "no single year (null) is kept",
      [{ sheet: "Контингент", year: null }],
      [{ sheet: "Контингент", year: null }],
    ],
    [
      "unknown roles and broken columns are dropped, the header stays",
      [
        {
          sheet: "Лист3",
          columns: [
            { header: "Средний балл", role: "avgScore", percent: false },
            { header: "Доля «2»", role: "доля" },
            { role: "school" },
            "Балл",
            null,
          ],
        },
      ],
      [
        {
          sheet: "Лист3",
          columns: [{ header: "Средний балл", role: "avgScore", percent: false }, { header: "Доля «2»" }],
        },
      ],
    ],
    [
      "a column cleared to no role (null) is kept",
      [{ sheet: "Л", columns: [{ header: "№", role: null }] }],
      [{ sheet: "Л", columns: [{ header: "№", role: null }] }],
    ],
  ])("%s", (_what, raw, expected) => expect(parseCorrections(raw)).toEqual(expected));

  it("a year outside 1990–2100 (0, −0, 20230) is dropped", () => {
    expect(
      parseCorrections([
        { sheet: "Лист1", year: -0 },
        { sheet: "Лист2", year: 20230 },
      ]),
    ).toEqual([{ sheet: "Лист1" }, { sheet: "Лист2" }]);
  });

  it("whatever is stored, the result is a list of valid corrections and parsing it again changes nothing", () => {
    const anything = fc.oneof(
      fc.anything(),
      fc.array(
        fc.record(
          {
            sheet: fc.oneof(fc.string(), fc.constant("ВПР 2023"), fc.integer()),
            kind: fc.oneof(fc.constantFrom(...SHEET_KINDS), fc.string()),
            year: fc.oneof(fc.integer({ min: 2015, max: 2030 }), fc.double(), fc.constant(null), fc.string()),
            columns: fc.array(
              fc.oneof(
                fc.record({
                  header: fc.string(),
                  role: fc.oneof(fc.constantFrom(...COLUMN_ROLES), fc.string()),
                }),
                fc.anything(),
              ),
            ),
          },
          { requiredKeys: [] },
        ),
      ),
    );
    fc.assert(
      fc.property(anything, (raw) => {
        const parsed = parseCorrections(raw);
        for (const c of parsed) {
          expect(c.sheet.trim()).not.toBe("");
          if (c.kind !== undefined) expect(SHEET_KINDS).toContain(c.kind);
          if (c.year !== undefined && c.year !== null) expect(Number.isInteger(c.year)).toBe(true);
        }
        expect(parseCorrections(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
      }),
    );
  });
});

describe("applyPatch", () => {
  it("changes one sheet (names match in any case and spacing) and leaves the others", () => {
    const start = [
      { sheet: "ВПР 2023", kind: "vpr" as const },
      { sheet: "Лист3", kind: "oge" as const },
    ];
    const next = applyPatch(start, " лист3", { year: 2022, column: { header: "Балл", role: "avgScore" } });
    expect(next).toEqual([
      { sheet: "ВПР 2023", kind: "vpr" },
      { sheet: "Лист3", kind: "oge", year: 2022, columns: [{ header: "Балл", role: "avgScore" }] },
    ]);
    expect(start[1]).toEqual({ sheet: "Лист3", kind: "oge" }); // the input is not changed
  });

  it("a column's role replaces its earlier one; a reset removes it; an emptied correction disappears", () => {
    let list = applyPatch([], "Лист3", { column: { header: "Балл", role: "avgScore" } });
    list = applyPatch(list, "Лист3", { column: { header: "БАЛЛ", role: "failShare" } });
    expect(list).toEqual([{ sheet: "Лист3", columns: [{ header: "БАЛЛ", role: "failShare" }] }]);
    expect(applyPatch(list, "Лист3", { column: { header: "балл", reset: true } })).toEqual([]);
    expect(applyPatch([{ sheet: "A", kind: "vpr", year: 2023 }], "a", { resetAll: true })).toEqual([]);
    expect(applyPatch([{ sheet: "A", kind: "vpr", year: 2023 }], "A", { kind: null })).toEqual([
      { sheet: "A", year: 2023 },
    ]);
  });
});

describe("saved in the workbook", () => {
  it("round-trips through a host's settings under «workbookCorrections»; an empty list removes the setting", async () => {
    const host = new MemoryHost({ Лист3: [["ОО", "Балл"]] });
    expect(await loadCorrections(host)).toEqual([]);
    const corrections = [
      {
        sheet: "Лист3",
        kind: "oge" as const,
        year: 2023,
        columns: [{ header: "Балл", role: "avgScore" as const }],
      },
    ];
    await saveCorrections(host, corrections);
    expect(await host.getSetting(CORRECTIONS_SETTING)).toEqual(corrections);
    expect(await loadCorrections(host)).toEqual(corrections);
    await saveCorrections(host, []);
    expect(await host.getSetting(CORRECTIONS_SETTING)).toBeUndefined();
    expect(await loadCorrections(host)).toEqual([]);
  });

  it("a stored setting with junk loads what is valid", async () => {
    const host = new MemoryHost();
    await host.setSetting(CORRECTIONS_SETTING, [{ sheet: "ОГЭ", kind: "oge" }, { kind: "vpr" }, 7]);
    expect(await loadCorrections(host)).toEqual([{ sheet: "ОГЭ", kind: "oge" }]);
  });
});
