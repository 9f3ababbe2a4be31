import type { Rule } from "../rule";

/**
 * `identity.ambiguous-school` (error): a school name that fits several schools of the list (a bare «2» when
 * the district has «СОШ № 2» and «школа-интернат № 2»). Reported at the name's cell.
 * @example ambiguousSchoolRule.run(context) // «2» → finding with candidates «2, интернат 2»
 */
export const ambiguousSchoolRule: Rule = {
  id: "identity.ambiguous-school",
  severity: "error",
  run(context) {
    for (const sheet of context.map.sheets) {
      sheet.schools.eachOwn((name, row) => {
        if (name.resolved.ok || name.resolved.issue.code !== "school-ambiguous") return;
        const candidates = name.resolved.issue.params?.candidates;
        context.report(this.id, sheet.name, sheet.schools.cellOf(row), {
          text: name.text,
          candidates: Array.isArray(candidates) ? candidates.join(", ") : String(candidates ?? ""),
        });
      });
    }
  },
};
