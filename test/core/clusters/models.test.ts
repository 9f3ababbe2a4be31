import {
  MODEL_A,
  MODEL_B,
  MODEL_C,
  MODEL_D,
  parseModel,
  validateModel,
} from "../../../src/core/clusters/models";

describe("parseModel", () => {
  test.each([
    [undefined, MODEL_D],
    ["", MODEL_D],
    ["сумма", MODEL_D],
    ["D", MODEL_D],
    ["д", MODEL_D],
    ["Сумма трёх параметров", MODEL_D],
    ["контингент", MODEL_A],
    [" Контингент ", MODEL_A],
    ["a", MODEL_A],
    ["А", MODEL_A], // Cyrillic А
    ["модель A", MODEL_A],
    ["кадры", MODEL_B],
    ["В", MODEL_B], // Cyrillic В looks like B
    ["кадровое обеспечение", MODEL_B],
    ["микрорайон", MODEL_C],
    ["С", MODEL_C], // Cyrillic С
    ["c", MODEL_C],
  ])("%p → model %p", (text, model) => {
    expect(parseModel(text)).toEqual({ ok: true, value: model });
  });

  test.each([
    ["кадры, медиана", "B", "median"],
    ["кадры; по медиане", "B", "median"],
    ["A медиана", "A", "median"],
    ["медиана", "D", "median"],
    ["сумма, среднее", "D", "mean"],
  ])("%p → model %s with the %s as centre", (text, id, centre) => {
    const r = parseModel(text);
    expect(r.ok && [r.value.id, r.value.centre]).toEqual([id, centre]);
  });

  test.each(["школы", "E", "кадры и контингент", 5, true])("%p is an unknown model", (text) => {
    const r = parseModel(text);
    expect(!r.ok && r.issue.code).toBe("unknown-model");
  });

  test("the presets cannot be changed by accident", () => {
    expect(Object.isFrozen(MODEL_A)).toBe(true);
    expect(Object.isFrozen(MODEL_A.numbering)).toBe(true);
  });
});

describe("validateModel", () => {
  test.each([MODEL_A, MODEL_B, MODEL_C, MODEL_D])("preset %# numbers its clusters 1–4 once each", (model) => {
    expect(validateModel(model).ok).toBe(true);
  });
  test("a district model with a repeated number is refused", () => {
    const r = validateModel({ ...MODEL_B, numbering: { ...MODEL_B.numbering, highResultHighContext: 2 } });
    expect(!r.ok && r.issue.code).toBe("bad-argument");
  });
});
