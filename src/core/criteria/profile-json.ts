import { parseNumber } from "../cells/russian-number";
import type { EgeMinimum, EgeMinimums, OgeScale, OgeScales } from "./exam-scales";
import {
  CRITERIA_PROFILE_VERSION,
  DEFAULT_CRITERIA_PROFILE,
  cloneProfile,
  type CriteriaProfile,
} from "./profile";
import { PROFILE_FIELDS, valueAt, type ProfileField } from "./profile-fields";
import { PROFILE_TEXTS as T } from "./texts-ru";

/** A parsed profile with notes (defaults taken, fields ignored), or every error found, in Russian. */
export type ProfileParse =
  { ok: true; value: CriteriaProfile; notes: string[] } | { ok: false; errors: string[]; notes: string[] };

const NESTED = ["sampleSize", "objectivity"] as const;
const TABLES = ["egeMinimums", "ogeScales"] as const;

/**
 * The profile as a JSON-serialisable object (what `WorkbookHost.setSetting` stores).
 * @example serializeProfile(DEFAULT_CRITERIA_PROFILE).version // 1
 */
export function serializeProfile(profile: Readonly<CriteriaProfile>): CriteriaProfile {
  return { ...cloneProfile(profile), version: CRITERIA_PROFILE_VERSION };
}

/**
 * Reads a stored or edited profile (a JSON text or an already parsed object) and validates every field.
 * Missing fields take the default (with a note), unknown fields are ignored (with a note), and every wrong
 * field gives its own Russian message.
 *
 * @example parseProfile('{"version":1,"failShareThreshold":25}').ok // true (other fields from the default)
 * @example parseProfile({ failShareThreshold: "много" }) // { ok: false, errors: ["Поле «Порог доли «2» …»: ожидается число от 0 до 100, получено «много»."], … }
 */
export function parseProfile(input: unknown): ProfileParse {
  const notes: string[] = [];
  const errors: string[] = [];
  let data = input;
  if (typeof input === "string") {
    try {
      data = JSON.parse(input);
    } catch (error) {
      return {
        ok: false,
        errors: [T.notJson(error instanceof Error ? error.message : String(error))],
        notes,
      };
    }
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return { ok: false, errors: [T.notObject()], notes };
  }
  const source = data as Record<string, unknown>;
  const profile = cloneProfile(DEFAULT_CRITERIA_PROFILE);

  readVersion(source.version, errors, notes);
  for (const field of PROFILE_FIELDS) {
    const raw = valueAt(source, field.path);
    if (raw === undefined) {
      notes.push(T.missing(field.label, field.path, valueAt(profile, field.path)));
      continue;
    }
    const value = readField(field, raw, errors);
    if (value !== undefined) assign(profile, field.path, value);
  }
  noteUnknown(source, notes);

  const { limited, usable, informative } = profile.sampleSize;
  if (!(limited <= usable && usable <= informative)) errors.push(T.sampleOrder(limited, usable, informative));

  if (source.egeMinimums !== undefined) {
    const table = readEgeMinimums(source.egeMinimums, errors);
    if (table) profile.egeMinimums = table;
  }
  if (source.ogeScales !== undefined) {
    const table = readOgeScales(source.ogeScales, errors);
    if (table) profile.ogeScales = table;
  }
  profile.version = CRITERIA_PROFILE_VERSION;
  return errors.length > 0 ? { ok: false, errors, notes } : { ok: true, value: profile, notes };
}

function readVersion(raw: unknown, errors: string[], notes: string[]): void {
  if (raw === undefined) {
    notes.push(T.noVersion());
    return;
  }
  if (typeof raw !== "number" || !Number.isInteger(raw) || raw < 1) errors.push(T.badVersion(raw));
  else if (raw > CRITERIA_PROFILE_VERSION) errors.push(T.newerVersion(raw, CRITERIA_PROFILE_VERSION));
}

function readNumber(raw: unknown): number | undefined {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== "string") return undefined;
  const parsed = parseNumber(raw);
  return parsed.ok ? parsed.value : undefined;
}

function readField(field: ProfileField, raw: unknown, errors: string[]): unknown {
  const { label, path } = field;
  const min = field.min ?? -Infinity;
  const max = field.max ?? Infinity;
  switch (field.kind) {
    case "text":
      if (typeof raw === "string") return raw;
      errors.push(T.expectText(label, path, raw));
      return undefined;
    case "mode":
      if (raw === "absolute" || raw === "relative") return raw;
      errors.push(T.expectMode(label, path, raw));
      return undefined;
    case "boolean":
      if (typeof raw === "boolean") return raw;
      if (raw === "да" || raw === "true") return true;
      if (raw === "нет" || raw === "false") return false;
      errors.push(T.expectBoolean(label, path, raw));
      return undefined;
    case "integer": {
      const value = readNumber(raw);
      if (value !== undefined && Number.isInteger(value) && value >= min && value <= max) return value;
      errors.push(T.expectInteger(label, path, min, max, raw));
      return undefined;
    }
    case "number":
    case "share": {
      const value = readNumber(raw);
      if (value !== undefined && value >= min && value <= max) return value;
      errors.push(T.expectNumber(label, path, min, max, raw));
      return undefined;
    }
  }
}

function assign(target: CriteriaProfile, path: string, value: unknown): void {
  const parts = path.split(".");
  let node = target as unknown as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[parts[parts.length - 1]] = value;
}

function noteUnknown(source: Record<string, unknown>, notes: string[]): void {
  const known = new Set<string>(["version", ...TABLES, ...PROFILE_FIELDS.map((f) => f.path)]);
  for (const key of Object.keys(source)) {
    if ((NESTED as readonly string[]).includes(key)) {
      const nested = source[key];
      if (nested !== null && typeof nested === "object") {
        for (const inner of Object.keys(nested)) {
          if (!known.has(`${key}.${inner}`)) notes.push(T.unknownField(`${key}.${inner}`));
        }
      }
    } else if (!known.has(key)) notes.push(T.unknownField(key));
  }
}

const isYear = (key: string): boolean => /^\d{4}$/u.test(key) && Number(key) >= 2000 && Number(key) <= 2100;

function yearTables(
  raw: unknown,
  path: string,
  errors: string[],
): Array<[string, Record<string, unknown>]> | undefined {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    errors.push(T.tableNotObject(path));
    return undefined;
  }
  const result: Array<[string, Record<string, unknown>]> = [];
  for (const [year, subjects] of Object.entries(raw as Record<string, unknown>)) {
    if (!isYear(year)) errors.push(T.badYear(path, year));
    else if (subjects === null || typeof subjects !== "object" || Array.isArray(subjects)) {
      errors.push(T.tableNotObject(`${path}.${year}`));
    } else result.push([year, subjects as Record<string, unknown>]);
  }
  return result;
}

function readEgeMinimums(raw: unknown, errors: string[]): EgeMinimums | undefined {
  const years = yearTables(raw, "egeMinimums", errors);
  if (!years) return undefined;
  const table: EgeMinimums = {};
  for (const [year, subjects] of years) {
    table[year] = {};
    for (const [subject, value] of Object.entries(subjects)) {
      const minimum = readEgeMinimum(value);
      if (minimum === undefined) errors.push(T.badEgeMinimum(year, subject, value));
      else table[year][subject] = minimum;
    }
  }
  return table;
}

function readEgeMinimum(value: unknown): EgeMinimum | undefined {
  const score = readNumber(value);
  if (score !== undefined) return score >= 0 && score <= 100 ? score : undefined;
  if (value !== null && typeof value === "object" && "mark" in value) {
    const mark = readNumber(value.mark);
    if (mark !== undefined && Number.isInteger(mark) && mark >= 2 && mark <= 5) return { mark };
  }
  return undefined;
}

function readOgeScales(raw: unknown, errors: string[]): OgeScales | undefined {
  const years = yearTables(raw, "ogeScales", errors);
  if (!years) return undefined;
  const table: OgeScales = {};
  for (const [year, subjects] of years) {
    table[year] = {};
    for (const [subject, value] of Object.entries(subjects)) {
      const scale = readOgeScale(value);
      if (scale === undefined) errors.push(T.badOgeScale(year, subject, value));
      else table[year][subject] = scale;
    }
  }
  return table;
}

function readOgeScale(value: unknown): OgeScale | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const v = value as Record<string, unknown>;
  const [three, four, five, max] = ["three", "four", "five", "max"].map((k) => readNumber(v[k]));
  const all = [three, four, five, max];
  if (all.some((n) => n === undefined || !Number.isInteger(n) || n < 0)) return undefined;
  if (!(three! <= four! && four! <= five! && five! <= max!)) return undefined;
  return { three: three!, four: four!, five: five!, max: max! };
}
