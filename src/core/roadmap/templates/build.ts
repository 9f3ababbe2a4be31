import type { ActivityGroup, ActivityRepeat, RoadmapActivity } from "../template";

/**
 * An activity with one «Ответственные исполнители» column, the shape of most district plans.
 * @example executorActivity("1.1", "Установочный семинар", "ИМЦ", "Февраль 2023 года").fields // { executors: "ИМЦ" }
 */
export function executorActivity(
  number: string,
  text: string,
  executors: string,
  deadline: string,
  repeat?: ActivityRepeat,
): RoadmapActivity {
  const activity: RoadmapActivity = { kind: "activity", number, text, deadline, fields: { executors } };
  if (repeat) activity.repeat = repeat;
  return activity;
}

/**
 * A numbered group of activities (2.1, 2.2 …).
 * @example group("2.2", "Разработка методических материалов", []).kind // "group"
 */
export function group(number: string, text: string, activities: RoadmapActivity[]): ActivityGroup {
  return { kind: "group", number, text, activities };
}
