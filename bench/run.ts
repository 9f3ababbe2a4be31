/**
 * `npm run bench`: runs every `*.bench.ts` file in this folder, one after another, in name order. Each file
 * exports `run(): void | Promise<void>` and prints its own figures. Benches print; they are not timed tests.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

async function main(): Promise<void> {
  const dir = __dirname;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts"))
    .sort();
  for (const file of files) {
    console.log(`\n=== ${file} ===`);
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run?: () => void | Promise<void> };
    if (typeof mod.run !== "function") {
      console.log(`(${file} exports no run(): skipped)`);
      continue;
    }
    await mod.run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
