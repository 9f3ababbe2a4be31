import { issue } from "../issue-codes";
import { fail, ok, type Result } from "../result";

/** A cluster number of a quadrant model. */
export type ClusterNumber = 1 | 2 | 3 | 4;

/** Which district figure splits "above" from "below": the mean (default, as seed 003) or the median. */
export type Centre = "mean" | "median";

/**
 * A district clustering model as data (seed 003 §2): results crossed with one context parameter, four
 * quadrants, each with the model's own number. A district with another model writes its own object.
 */
export interface ClusterModel {
  /** Short id: "A"–"D" for the presets, anything for a district's own model. */
  id: string;
  /** The Russian name used in formulas: «контингент», «кадры», «микрорайон», «сумма». */
  name: string;
  /** What the context parameter is, in Russian (for the task pane and logs). */
  context: string;
  /** The direction of the context parameter: does a higher value mean better or worse conditions? */
  contextHigherIs: "better" | "worse";
  /** Words for a context at or above the centre, e.g. «сложный контингент»; `{центр}` → «среднего»/«медианы». */
  contextHigh: string;
  /** Words for a context below the centre, e.g. «благополучный контингент». */
  contextLow: string;
  /** The cluster number of each quadrant ("high" = at or above the centre, raw direction of the numbers). */
  numbering: {
    highResultHighContext: ClusterNumber;
    highResultLowContext: ClusterNumber;
    lowResultLowContext: ClusterNumber;
    lowResultHighContext: ClusterNumber;
  };
  /** The centre that splits the quadrants. */
  centre: Centre;
}

/** Model A: results × сложность контингента (higher = more difficult). Seed 003: 240, 269, 538, 608 → 1; 223, 386 → 4; 506 → 3. */
export const MODEL_A: ClusterModel = Object.freeze({
  id: "A",
  name: "контингент",
  context: "сложность контингента",
  contextHigherIs: "worse",
  contextHigh: "сложный контингент",
  contextLow: "благополучный контингент",
  numbering: Object.freeze({
    lowResultHighContext: 1,
    highResultHighContext: 2,
    highResultLowContext: 3,
    lowResultLowContext: 4,
  }),
  centre: "mean",
});

/** Model B: results × кадровое обеспечение (higher = better). Seed 003: 506 → 2; 240, 269, 386, 538, 608 → 3; 223 → 4. */
export const MODEL_B: ClusterModel = Object.freeze({
  id: "B",
  name: "кадры",
  context: "кадровое обеспечение",
  contextHigherIs: "better",
  contextHigh: "кадровое обеспечение выше {центр}",
  contextLow: "кадровое обеспечение ниже {центр}",
  numbering: Object.freeze({
    highResultHighContext: 1,
    highResultLowContext: 2,
    lowResultLowContext: 3,
    lowResultHighContext: 4,
  }),
  centre: "mean",
});

/**
 * Model C: results × особенности микрорайона. The seed names the model and places the schools (240, 269, 386,
 * 538, 608 → 2; 223 → 3; 506 → 4) but does not describe the clusters. Our definition: the context is an index of
 * how favourable the neighbourhood is (higher = better), and the numbering is the one consistent with those
 * placements — 1 results above and favourable microdistrict, 2 low results and unfavourable, 3 low results and
 * favourable, 4 results above and unfavourable (506, whose sum of three parameters is below average in model D).
 * A district that means otherwise passes its own model object.
 */
export const MODEL_C: ClusterModel = Object.freeze({
  id: "C",
  name: "микрорайон",
  context: "благоприятность микрорайона",
  contextHigherIs: "better",
  contextHigh: "благоприятный микрорайон",
  contextLow: "неблагоприятный микрорайон",
  numbering: Object.freeze({
    highResultHighContext: 1,
    lowResultLowContext: 2,
    lowResultHighContext: 3,
    highResultLowContext: 4,
  }),
  centre: "mean",
});

/** Model D: results × сумма трёх параметров (higher = better conditions). Seed 003: 506 → 2; 240, 269, 386, 538, 608 → 3; 223 → 4. */
export const MODEL_D: ClusterModel = Object.freeze({
  id: "D",
  name: "сумма",
  context: "сумма трёх параметров (контингент, кадры, микрорайон)",
  contextHigherIs: "better",
  contextHigh: "сумма трёх параметров выше {центр}",
  contextLow: "сумма трёх параметров ниже {центр}",
  numbering: Object.freeze({
    highResultHighContext: 1,
    highResultLowContext: 2,
    lowResultLowContext: 3,
    lowResultHighContext: 4,
  }),
  centre: "mean",
});

/** The four preset models of seed 003 by id. */
export const MODELS: Readonly<Record<"A" | "B" | "C" | "D", ClusterModel>> = Object.freeze({
  A: MODEL_A,
  B: MODEL_B,
  C: MODEL_C,
  D: MODEL_D,
});

/** The default model of the custom functions: «сумма» (D). */
export const DEFAULT_MODEL = MODEL_D;

// Latin and Cyrillic look-alike letters, Russian names and longer phrasings.
const ALIASES: ReadonlyArray<[RegExp, ClusterModel]> = [
  [/^(?:модель\s+)?(?:a|а|контингент|сложность\s+контингента|особенности\s+контингента)$/u, MODEL_A],
  [/^(?:модель\s+)?(?:b|в|б|кадры|кадровое\s+обеспечение)$/u, MODEL_B],
  [/^(?:модель\s+)?(?:c|с|микрорайон|особенности\s+микрорайона)$/u, MODEL_C],
  [/^(?:модель\s+)?(?:d|д|сумма|сумма\s+трех\s+параметров)$/u, MODEL_D],
];
const CENTRE_WORD = /(?:^|[\s,;/]+)(?:по\s+)?(медиан[аеы]?|средн(?:ее|ему|ей))$/u;

/**
 * Reads the `model` argument of the cluster functions: «контингент», «кадры», «микрорайон», «сумма» or A–D
 * (Latin or Cyrillic letters, any case), optionally followed by the centre: «кадры, медиана» splits by the
 * district median instead of the mean. Blank → «сумма» with the mean.
 *
 * @example parseModel("кадры") // ok(MODEL_B)
 * @example parseModel("A; медиана") // ok({ ...MODEL_A, centre: "median" })
 * @example parseModel("школы") // fail: "unknown-model"
 */
export function parseModel(text: unknown): Result<ClusterModel> {
  if (text === undefined || text === null) return ok(DEFAULT_MODEL);
  if (typeof text !== "string")
    return fail(
      issue("unknown-model", {
        text: typeof text === "object" ? JSON.stringify(text) : String(text as number),
      }),
    );
  let body = text.trim().toLowerCase().replace(/ё/gu, "е").replace(/\s+/gu, " ");
  let centre: Centre | undefined;
  const centreMatch = CENTRE_WORD.exec(body);
  if (centreMatch) {
    centre = centreMatch[1].startsWith("медиан") ? "median" : "mean";
    body = body.slice(0, centreMatch.index).trim();
  }
  if (body === "") return ok(withCentre(DEFAULT_MODEL, centre));
  for (const [pattern, model] of ALIASES) if (pattern.test(body)) return ok(withCentre(model, centre));
  return fail(issue("unknown-model", { text: text.trim() }));
}

function withCentre(model: ClusterModel, centre: Centre | undefined): ClusterModel {
  return centre === undefined || centre === model.centre ? model : { ...model, centre };
}

/**
 * Checks a district's own model: the numbering must use each of 1–4 exactly once.
 *
 * @example validateModel({ ...MODEL_B, numbering: { ...MODEL_B.numbering, highResultHighContext: 2 } }).ok // false
 */
export function validateModel(model: ClusterModel): Result<ClusterModel> {
  const numbers = Object.values(model.numbering).sort().join(",");
  if (numbers !== "1,2,3,4")
    return fail(issue("bad-argument", { name: "model", text: `нумерация кластеров ${numbers}` }));
  return ok(model);
}
