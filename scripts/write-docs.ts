// Regenerates the documentation that is derived from code (`npm run docs`).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { criteriaProfileMarkdown } from "../src/docs/criteria-profile-doc";

const target = join(__dirname, "..", "docs", "criteria-profile.md");
writeFileSync(target, criteriaProfileMarkdown());
process.stderr.write(`Записано: ${target}\n`);
