import type { Rule } from "../rule";

/**
 * `identity.unknown-school` (error): a school name that resolves to no school of the district list (or,
 * without a list sheet, that cannot be read as a school name at all). Reported at the name's cell.
 * @example unknownSchoolRule.run(context) // «СОШ № 999» on «ВПР 2023» → finding at A17
 */
export const unknownSchoolRule: Rule = {
  id: "identity.unknown-school",
  severity: "error",
  run(context) {
    for (const sheet of context.map.sheets) {
      sheet.schools.eachOwn((name, row) => {
        if (name.resolved.ok || name.resolved.issue.code !== "school-unknown") return;
        context.report(this.id, sheet.name, sheet.schools.cellOf(row), { text: name.text });
      });
    }
  },
};
