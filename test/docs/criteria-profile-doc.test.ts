import { readFileSync } from "node:fs";
import { join } from "node:path";
import { criteriaProfileMarkdown } from "../../src/docs/criteria-profile-doc";
import { PROFILE_FIELDS } from "../../src/core/criteria/profile-fields";

describe("docs/criteria-profile.md", () => {
  const markdown = criteriaProfileMarkdown();

  test("the committed document equals a fresh generation (run `npm run docs` after changing the profile)", () => {
    expect(readFileSync(join(__dirname, "..", "..", "docs", "criteria-profile.md"), "utf8")).toBe(markdown);
  });

  test("lists every profile field with its default", () => {
    const tableRows = markdown.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| параметр"));
    expect(tableRows).toHaveLength(PROFILE_FIELDS.length);
    expect(markdown).toContain("| Порог доли «2» (ниже минимального балла ЕГЭ), % | 30 | подтверждено |");
  });
});
