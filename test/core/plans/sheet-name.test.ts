import { chooseSheetName, MAX_SHEET_NAME } from "../../../src/core/plans/sheet-name";

const mark = (generator: string) => ({ generator, version: "0.1.0", createdAt: "2024-09-01T10:00:00Z" });

describe("chooseSheetName", () => {
  it.each([
    ["a free name", ["Школы"], {}, { name: "Мониторинг", replaces: false }],
    ["a user sheet of that name", ["Мониторинг"], {}, { name: "Мониторинг (2)", replaces: false }],
    ["a user sheet spelled in other case", ["МОНИТОРИНГ"], {}, { name: "Мониторинг (2)", replaces: false }],
    [
      "our own earlier sheet",
      ["Мониторинг"],
      { Мониторинг: mark("monitoring") },
      { name: "Мониторинг", replaces: true },
    ],
    [
      "our sheet next to the user's",
      ["Мониторинг", "Мониторинг (2)"],
      { "Мониторинг (2)": mark("monitoring") },
      { name: "Мониторинг (2)", replaces: true },
    ],
    [
      "another generator's sheet",
      ["Мониторинг", "Мониторинг (2)"],
      { Мониторинг: mark("roadmap") },
      { name: "Мониторинг (3)", replaces: false },
    ],
  ])("given %s", (_case, existing, marks, expected) => {
    expect(chooseSheetName("Мониторинг", existing, marks, "monitoring")).toEqual(expected);
  });

  it("cuts long names so the suffix fits in 31 characters", () => {
    const long = "Дорожная карта по повышению качества образования";
    const first = chooseSheetName(long, [], {}, "roadmap");
    expect(first.name).toHaveLength(MAX_SHEET_NAME);
    const second = chooseSheetName(long, [first.name], {}, "roadmap");
    expect(second.name).toHaveLength(MAX_SHEET_NAME);
    expect(second.name.endsWith(" (2)")).toBe(true);
  });
});
