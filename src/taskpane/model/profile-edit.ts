/** Editing one scalar field of a criteria profile from the text a user typed. */
import { cloneProfile, valueAt, type CriteriaProfile, type ProfileField } from "../../core/criteria";

/**
 * The profile with the field set from the typed text, or undefined when the text is not a valid value
 * (numbers with a decimal comma; bounds of the field; integers where the field wants one).
 *
 * @example setField(profile, { path: "failShareThreshold", kind: "number", min: 0, max: 100, … }, "25,5")?.failShareThreshold // 25.5
 * @example setField(profile, { path: "failShareThreshold", kind: "number", min: 0, max: 100, … }, "120") // undefined
 */
export function setField(
  profile: Readonly<CriteriaProfile>,
  field: ProfileField,
  text: string | boolean,
): CriteriaProfile | undefined {
  let value: unknown;
  if (field.kind === "boolean") value = text === true || text === "true";
  else if (field.kind === "mode") {
    if (text !== "absolute" && text !== "relative") return undefined;
    value = text;
  } else if (field.kind === "text") value = String(text);
  else {
    const raw = String(text).trim().replace(",", ".");
    if (raw === "" || !/^-?\d+(?:\.\d+)?$/u.test(raw)) return undefined;
    const n = Number(raw);
    if (field.kind === "integer" && !Number.isInteger(n)) return undefined;
    if (field.min !== undefined && n < field.min) return undefined;
    if (field.max !== undefined && n > field.max) return undefined;
    value = n;
  }
  const next = cloneProfile(profile);
  const parts = field.path.split(".");
  let target = next as unknown as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) target = target[part] as Record<string, unknown>;
  target[parts[parts.length - 1]] = value;
  return next;
}

/**
 * A field's value as the input shows it (decimal comma).
 * @example fieldText(DEFAULT_CRITERIA_PROFILE, riskBandField) // "0,25"
 */
export function fieldText(profile: Readonly<CriteriaProfile>, field: ProfileField): string {
  const v = valueAt(profile, field.path);
  if (typeof v === "number") return String(v).replace(".", ",");
  return typeof v === "string" || typeof v === "boolean" ? String(v) : "";
}

/**
 * The paths of the fields whose values differ between two profiles.
 * @example changedFields(a, { ...a, failShareThreshold: 25 }, PROFILE_FIELDS) // ["failShareThreshold"]
 */
export function changedFields(
  a: Readonly<CriteriaProfile>,
  b: Readonly<CriteriaProfile>,
  fields: readonly ProfileField[],
): string[] {
  return fields
    .filter((f) => JSON.stringify(valueAt(a, f.path)) !== JSON.stringify(valueAt(b, f.path)))
    .map((f) => f.path);
}
