import type { DistrictData } from "../district-data";
import { pick, type Random } from "../random";
import { schoolName, type NameStyle } from "../school-names";
import type { SampleSchool } from "../types";

/** What every sheet renderer draws from. */
export interface SampleContext {
  schools: readonly SampleSchool[];
  data: DistrictData;
  random: Random;
}

/**
 * A school's name in one of several styles, chosen by the random source (a sheet mixes spellings).
 * @example nameIn(context, school, ["short", "compact"]) // "ГБОУ СОШ № 221" or "СОШ №221"
 */
export function nameIn(context: SampleContext, school: SampleSchool, styles: readonly NameStyle[]): string {
  return schoolName(
    { number: school.number, type: school.type, depth: depthOf(school), login: school.login },
    pick(context.random, styles),
  );
}

function depthOf(school: SampleSchool): string | undefined {
  const match = /с углублённым изучением (.+)$/u.exec(school.shortName);
  return match ? match[1] : undefined;
}
