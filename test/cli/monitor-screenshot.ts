/**
 * Renders the «Мониторинг» tab of the sample workbook to docs/monitoring.png with LibreOffice (PDF, then
 * pdftoppm). Run by hand after changing the tab's look: `npx tsx test/cli/monitor-screenshot.ts`.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxHost } from "../../src/hosts/xlsx-host";
import { runMonitoring } from "../../src/commands/monitoring-run";

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "shnor-shot-"));
  const source = await XlsxHost.open("examples/kirov-district-sample.xlsx");
  const run = await runMonitoring(source, { now: () => new Date("2024-03-15T09:00:00Z") });
  if (!run.ok) throw new Error(run.message);
  // Only the tab (self-contained: base values are numbers, derived cells refer to its own cells), with the
  // columns after X hidden so one page shows the title, targets, status × change view, chart and first groups.
  const alone = new XlsxHost();
  await alone.writeSheetPlan({ ...run.plan, notes: [] });
  const sheet = alone.workbook.getWorksheet(run.target.name)!;
  for (let c = 25; c <= sheet.columnCount; c++) sheet.getColumn(c).hidden = true;
  sheet.pageSetup = { ...sheet.pageSetup, fitToPage: true, fitToWidth: 1, fitToHeight: 1 };
  const file = join(dir, "monitoring.xlsx");
  await alone.save(file);
  execFileSync("soffice", [
    `-env:UserInstallation=file://${dir}/profile`,
    "--headless",
    "--convert-to",
    "pdf",
    "--outdir",
    dir,
    file,
  ]);
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "150",
    "-f",
    "1",
    "-l",
    "1",
    join(dir, "monitoring.pdf"),
    join(dir, "page"),
  ]);
  const page = readdirSync(dir).find((f) => f.startsWith("page") && f.endsWith(".png"))!;
  copyFileSync(join(dir, page), "docs/monitoring.png");
  console.log(`docs/monitoring.png (from ${dir})`);
}

void main();
