import { foldText } from "../cells/cell-text";
import type { ColumnRole } from "./column-role";

/** What a header says about its column: the role, and the unit when the header names one. */
export interface HeaderGuess {
  role: ColumnRole;
  /** "percent" for "%", «доля», «процент»; "count" for «кол-во», «чел.»; undefined when the header is silent. */
  unit?: "percent" | "count";
  /** A bare «2»…«5» with no other word: a mark only when the header holds several of them. */
  bareMark?: boolean;
}

/** Headers that look like a role but are not one (the number of schools in an aggregate row, …). */
const NOT_A_ROLE = /^(?:кол-?во|количество|число) (?:оо|школ|организаций)(?![\p{L}\d])/u;

/**
 * Synonyms of each role, tried in order on the folded header (lower case, «ё» → «е», quotes → ").
 * More specific patterns come first: «доля обучающихся с ОВЗ» is `ovz`, not `students`.
 */
const SYNONYMS: ReadonlyArray<readonly [ColumnRole, RegExp]> = [
  ["rowNumber", /^(?:№|n|no|#)?\s*(?:п\s*\/\s*п|пп)\.?$|^№$|^порядковый номер$/u],
  ["schoolCode", /логин|^код(?![\p{L}\d])|код (?:оо|школы|организации|учреждения)|^инн$|^огрн$/u],
  ["schoolType", /^(?:вид|тип) (?:оо|организации|учреждения|школы)/u],
  ["address", /адрес/u],
  ["year", /^(?:учебный |уч\. ?)?год(?![\p{L}\d])|^год (?:проведения|сдачи|обучения)|^учебный год|^период$/u],
  ["procedure", /процедур|^вид работы|^работа$|^экзамен$|^форма (?:гиа|аттестации)|^оценочн/u],
  ["grade", /^(?:класс|параллель|кл\.?)$|^класс(?![\p{L}\d])|^параллел/u],
  ["subject", /предмет|дисциплин/u],
  ["shnorFlag", /шнор|низкими (?:образовательными )?результатами|^признак шнор/u],
  ["lowered", /понизил|ниже (?:отметк|оценк|по журнал|журнал)|отметка ниже/u],
  ["confirmed", /подтвердил|соответств\p{L}* (?:отметк|журнал)/u],
  ["raised", /повысил|выше (?:отметк|оценк|по журнал|журнал)|отметка выше/u],
  ["belowMin", /ниже миним|не преодолел|не набрал|меньше миним|ниже порог|минимальн\p{L}* (?:порог|балл)/u],
  ["share80_100", /80\s*-\s*100|81\s*-\s*100|от 8[01] |высокобалльн/u],
  ["failShare", /не справил|неудовлетворит|неуспевающ/u],
  ["success", /успеваемост|обученност/u],
  ["quality", /качеств|"?4"?\s*(?:и|\+|,)\s*"?5"?/u],
  ["avgMark", /средн\p{L}* (?:отметк|оценк)|ср\.? ?(?:отметк|оценк)/u],
  [
    "avgScore",
    /средн\p{L}* (?:тестов\p{L}* |первичн\p{L}* )?балл|ср\.? ?(?:тест\.? ?|перв\.? ?)?балл|^балл/u,
  ],
  [
    "contextIndex",
    /сложност\p{L}* контингент|индекс (?:контекст|контингент|социальн|благополуч)|контекстн|социальн\p{L}* индекс|исбш/u,
  ],
  ["ovz", /овз|ограниченн\p{L}* возможност|инвалид/u],
  ["inophone", /инофон|мигрант|не владе\p{L}* русск|иностранн\p{L}* граждан|билингв|инокультур/u],
  ["lowIncome", /малоимущ|малообеспеч|низк\p{L}* доход|социально незащищ|неблагополучн\p{L}* сем/u],
  ["registered", /пдн|вшу|кдн|на учете|внутришкольн\p{L}* учет|группа риска/u],
  ["categoryHighest", /высш\p{L}* (?:квалиф\p{L}* )?категори/u],
  ["categoryFirst", /перв\p{L}* (?:квалиф\p{L}* )?категори/u],
  [
    "experienceUnder3",
    /стаж\p{L}*.*(?:до|менее|меньше|<)\s*3|молод\p{L}* (?:педагог|специалист)|до 3 лет|менее 3 лет/u,
  ],
  ["over65", /65/u],
  ["vacancies", /ваканс/u],
  ["staffingIndex", /кадров\p{L}* (?:обеспечен|индекс|потенциал)|индекс кадр/u],
  ["microdistrictIndex", /микрорайон|особенност\p{L}* территор/u],
  ["newHousing", /новостро|новая застрой/u],
  ["transportAccess", /транспорт/u],
  ["cultureAccess", /учреждени\p{L}* культур|дополнительн\p{L}* образован|досуг/u],
  ["participants", /участ|писавш|выполнявш|сдававш|^кол-?во уч\.?$|^уч\.?$/u],
  ["students", /обучающ|учащ|учеников|контингент|численност/u],
  ["teachers", /педагог|учител|педработник|кадр/u],
  [
    "school",
    /^(?:оо|оу|ou|школа|учреждение|организация)$|^(?:наименование|название|полное наименование)(?![\p{L}\d])|образовательн\p{L}* (?:организац|учрежден)|^группы участников|^школа(?![\p{L}\d])|^оо(?![\p{L}\d])/u,
  ],
];

const MARK_WORDS: ReadonlyArray<readonly [ColumnRole, RegExp]> = [
  ["mark2", /(?<![\p{L}])(?:двоек|двойк)/u],
  ["mark3", /(?<![\p{L}])(?:троек|тройк)/u],
  ["mark4", /(?<![\p{L}])(?:четверок|четверк)/u],
  ["mark5", /(?<![\p{L}])(?:пятерок|пятерк)/u],
];

/** «отметка "5"», «на "2"», «% "3"», «кол-во "4", чел.»: a mark digit with unit words around it. */
const MARK_LABEL =
  /^(?:(?:отметк\p{L}*|оценк\p{L}*|кол-?во|количество|доля|число|%|на|получили|получивших|в)\s*)*("?)([2-5])("?)(?:\s*(?:%|чел\.?|в %|\(%\)|,))*$/u;

const MARKS: readonly ColumnRole[] = ["mark2", "mark3", "mark4", "mark5"];

/**
 * The unit a header names, if any.
 * @example headerUnit("ОВЗ, %") // "percent"
 * @example headerUnit("Кол-во участников") // "count"
 * @example headerUnit("Средний балл") // undefined
 */
export function headerUnit(header: string): "percent" | "count" | undefined {
  const text = foldText(header);
  if (/%|доля|дол\.|процент|удельн/u.test(text)) return "percent";
  if (/кол-?во|количеств|число|чел(?![\p{L}\d])|чел\.|абс\./u.test(text)) return "count";
  return undefined;
}

/**
 * Recognises the role of one header text (one row of a header, or a whole one-row header).
 * @example recognizeHeader("Кол-во уч.") // { role: "participants", unit: "count" }
 * @example recognizeHeader("% «2»") // { role: "mark2", unit: "percent" }
 * @example recognizeHeader("Примечание") // undefined
 */
export function recognizeHeader(header: string): HeaderGuess | undefined {
  const text = foldText(header);
  if (text === "" || NOT_A_ROLE.test(text)) return undefined;
  const unit = headerUnit(text);
  const mark = MARK_LABEL.exec(text);
  if (mark) {
    const role = MARKS[Number(mark[2]) - 2];
    const bare = mark[1] === "" && mark[3] === "" && text === mark[2];
    return { role, ...(unit ? { unit } : {}), ...(bare ? { bareMark: true } : {}) };
  }
  for (const [role, pattern] of MARK_WORDS) if (pattern.test(text)) return withUnit(role, unit);
  for (const [role, pattern] of SYNONYMS) if (pattern.test(text)) return withUnit(role, unit);
  return undefined;
}

/**
 * Recognises a two-row header: the lower label names the role when it can (the upper one is the group
 * it belongs to), else the upper one does; the lower label's unit wins.
 * @example recognizeHeaderPair("Распределение отметок, %", "2") // { role: "mark2", unit: "percent", bareMark: true }
 * @example recognizeHeaderPair("ОВЗ", "чел.") // { role: "ovz", unit: "count" }
 */
export function recognizeHeaderPair(upper: string, lower: string): HeaderGuess | undefined {
  if (upper === "") return recognizeHeader(lower);
  if (lower === "") return recognizeHeader(upper);
  const unit = headerUnit(lower) ?? headerUnit(upper);
  const guess = recognizeHeader(lower) ?? recognizeHeader(upper) ?? recognizeHeader(`${upper} ${lower}`);
  if (!guess) return undefined;
  const rest: HeaderGuess = guess.bareMark ? { role: guess.role, bareMark: true } : { role: guess.role };
  return unit ? { ...rest, unit } : rest;
}

function withUnit(role: ColumnRole, unit: HeaderGuess["unit"]): HeaderGuess {
  return unit ? { role, unit } : { role };
}
