import { SYNC_PAYLOAD_BUDGET_BYTES } from "../../src/hosts/excel-chunks";
import {
  columnWidthPoints,
  decorationBatches,
  OPERATION_BYTES,
  outsideGrid,
  planDecorations,
  type Decoration,
} from "../../src/hosts/excel-plan-format";
import { PlanGrid } from "../../src/hosts/excel-write-chunks";
import { num, text, type SheetPlan } from "../../src/core/plans/sheet-plan";
import { FakeExcel } from "./fake-excel";

const mark = { generator: "roadmap", version: "0.1.0", createdAt: "2024-09-01T10:00:00Z" };

describe("columnWidthPoints", () => {
  it.each([
    [8.43, 48], // Excel's default column: 64 px
    [30, 161.25],
    [0, 3.75],
  ])("%p characters → %p pt", (characters, points) => expect(columnWidthPoints(characters)).toBe(points));
});

describe("outsideGrid", () => {
  it.each([
    ["inside", { row: 1, column: 0, rowCount: 2, columnCount: 2 }, []],
    ["below", { row: 0, column: 1, rowCount: 5 }, [{ row: 3, column: 1, rowCount: 2, columnCount: 1 }]],
    [
      "right",
      { row: 0, column: 0, rowCount: 2, columnCount: 4 },
      [{ row: 0, column: 3, rowCount: 2, columnCount: 1 }],
    ],
    [
      "below and right",
      { row: 2, column: 2, rowCount: 3, columnCount: 2 },
      [
        { row: 3, column: 2, rowCount: 2, columnCount: 2 },
        { row: 2, column: 3, rowCount: 1, columnCount: 1 },
      ],
    ],
    ["wholly outside", { row: 10, column: 10 }, [{ row: 10, column: 10, rowCount: 1, columnCount: 1 }]],
  ])("%s a 3 × 3 grid", (_what, range, pieces) => expect(outsideGrid(range, 3, 3)).toEqual(pieces));
});

describe("planDecorations", () => {
  const plan: SheetPlan = {
    name: "Дорожная карта",
    rows: [
      [text("№"), text("Мероприятие")],
      [num(1), text("Семинар")],
    ],
    styles: [{ range: { row: 0, column: 0, rowCount: 4 }, style: { numberFormat: "0" } }],
    notes: [{ row: 1, column: 1, text: "срок: октябрь" }],
    validations: [{ range: { row: 1, column: 1 }, list: ["план", "сделано"] }],
    print: { landscape: false },
    mark,
  };

  it("writes a style's number format only where no cells carry it: below the written rows", async () => {
    const fake = new FakeExcel({ Лист: [] });
    const sheet = fake.sheets[0];
    const { steps, skipped } = planDecorations(plan, new PlanGrid(plan), () => true);
    expect(skipped).toEqual([]);
    steps.forEach((step) => step.apply(sheet as never, fake.context.workbook as never));
    await fake.context.sync();
    expect([...sheet.formats]).toEqual([
      ["2,0", "0"],
      ["3,0", "0"],
    ]);
    expect(sheet.log).toEqual([
      'notes.add(B2,"срок: октябрь")',
      'B2.dataValidation.rule={"list":{"inCellDropDown":true,"source":"план,сделано"}}',
      'pageLayout.paperSize="A4"',
      'pageLayout.orientation="Portrait"',
    ]);
  });

  it("asks for each feature's requirement set and leaves out what is missing", () => {
    const asked: string[] = [];
    const { skipped, steps } = planDecorations(
      plan,
      new PlanGrid(plan),
      (version) => (asked.push(version), false),
    );
    expect(asked).toEqual(["1.18", "1.10", "1.8", "1.9"]);
    expect(skipped.map((problem) => problem.params?.set)).toEqual([
      "ExcelApi 1.10",
      "ExcelApi 1.8",
      "ExcelApi 1.9",
    ]);
    expect(steps).toHaveLength(1); // the number format below the written rows
  });
});

describe("decorationBatches", () => {
  const step = (bytes: number): Decoration => ({ bytes, apply: () => undefined });

  it("always gives one group, even for nothing", () => expect(decorationBatches([])).toEqual([[]]));

  it("starts a new group before the budget would be passed", () => {
    const big = SYNC_PAYLOAD_BUDGET_BYTES / 2;
    const groups = decorationBatches([step(big), step(big), step(1), step(big * 2), step(OPERATION_BYTES)]);
    expect(groups.map((group) => group.map((s) => s.bytes))).toEqual([
      [big, big],
      [1],
      [big * 2],
      [OPERATION_BYTES],
    ]);
  });

  it("keeps thousands of per-row notes in one sync while they fit", () => {
    const notes = Array.from({ length: 5_000 }, () => step(OPERATION_BYTES + 200));
    expect(decorationBatches(notes)).toHaveLength(1);
  });
});
