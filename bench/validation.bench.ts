/**
 * Validation bench: one long ВПР table of 1,000,000 rows × 12 columns (the most rows Excel holds), school ×
 * year × grade × subject, with numbers, numbers as text, dashes and a few planted defects, plus the district
 * list. Prints rows per second of the whole run (workbook map + every rule) and of the rules alone, peak heap,
 * and the ratio to a plain loop that only parses the same cells with `parseNumber`. Memory: heap after each
 * phase, live heap after a collection, and the process's peak RSS.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { CellValue, SheetValues } from "../src/core/cells/cell-value";
import { parseNumber } from "../src/core/cells/russian-number";
import { DEFAULT_CRITERIA_PROFILE } from "../src/core/criteria/profile";
import { seededRandom } from "../src/core/stats/prng";
import { validateMap } from "../src/core/validation/validate";
import { buildWorkbookMap } from "../src/core/workbook/workbook-map";

const ROWS = 1_000_000;
const SUBJECTS = ["Русский язык", "Математика", "Окружающий мир", "История", "Биология", "География"];
const GRADES = [4, 5, 6, 7, 8];
const YEARS = [2019, 2020, 2021, 2022, 2023];

export function workbookForProfile(): SheetValues[] {
  return workbook();
}

function workbook(): SheetValues[] {
  const random = seededRandom(2023);
  const perSchool = YEARS.length * GRADES.length * SUBJECTS.length;
  const schools = Math.ceil(ROWS / perSchool);
  const names = Array.from({ length: schools }, (_, i) => `ГБОУ СОШ № ${i + 1}`);
  const values: CellValue[][] = [
    ["Результаты ВПР по годам"],
    [
      "ОО",
      "Год",
      "Класс",
      "Предмет",
      "Кол-во участников",
      "«2», %",
      "«3», %",
      "«4», %",
      "«5», %",
      "Понизили, %",
      "Подтвердили, %",
      "Повысили, %",
    ],
  ];
  for (let i = 0; values.length - 2 < ROWS; i++) {
    const school = Math.floor(i / perSchool);
    const rest = i % perSchool;
    const year = YEARS[Math.floor(rest / (GRADES.length * SUBJECTS.length))];
    const grade = GRADES[Math.floor(rest / SUBJECTS.length) % GRADES.length];
    const subject = SUBJECTS[rest % SUBJECTS.length];
    const m2 = Math.round(random() * 200) / 10;
    const m3 = Math.round(random() * 400) / 10;
    const m4 = Math.round(random() * (100 - m2 - m3) * 10) / 10;
    const m5 = Math.round((100 - m2 - m3 - m4) * 10) / 10;
    const asText = random() < 0.1;
    const r = random();
    values.push([
      names[school],
      year,
      grade,
      subject,
      r < 0.001 ? "двадцать" : 20 + Math.floor(random() * 80),
      asText ? String(m2).replace(".", ",") : m2,
      m3,
      m4,
      r < 0.002 ? "-" : m5,
      Math.round(random() * 200) / 10,
      Math.round(random() * 600 + 200) / 10,
      r > 0.999 ? 30 : Math.round(random() * 100) / 10,
    ]);
  }
  return [
    { name: "Список ОО", firstRow: 0, firstColumn: 0, values: [["ОО"], ...names.map((n) => [n])] },
    { name: "ВПР по годам", firstRow: 0, firstColumn: 0, values },
  ];
}

/** The plain loop: parse every cell of the 12 columns once, as the cheapest possible pass. */
function plainLoop(sheet: SheetValues): number {
  let sum = 0;
  for (let r = 2; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    for (let c = 0; c < row.length; c++) {
      const read = parseNumber(row[c]);
      if (read.ok) sum += read.value;
    }
  }
  return sum;
}

const now = (): number => Number(process.hrtime.bigint()) / 1e6;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** V8's collector, exposed at run time so that live heap can be measured between phases. */
function collector(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

export function run(): void {
  const gc = collector();
  const built = now();
  const sheets = workbook();
  console.log(
    `workbook of ${ROWS.toLocaleString("en")} rows × 12 columns built in ${(now() - built).toFixed(0)} ms`,
  );
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  // Heap is sampled after each phase, before collecting: the phases are synchronous, so a timer would never
  // fire inside one. The live heap (after a collection) and the process's peak RSS are printed too.
  let peak = heapBefore;
  const sample = (): number => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    gc();
    return process.memoryUsage().heapUsed;
  };

  const t0 = now();
  plainLoop(sheets[1]);
  const plain = now() - t0;
  sample();

  const t1 = now();
  const map = buildWorkbookMap(sheets);
  const mapped = now() - t1;
  const liveMap = sample();
  const t2 = now();
  const result = validateMap(sheets, map, { profile: DEFAULT_CRITERIA_PROFILE });
  const rules = now() - t2;
  const liveRules = sample();

  const total = mapped + rules;
  console.log(
    `plain parse loop:           ${plain.toFixed(0)} ms (${((ROWS / plain) * 1000).toFixed(0)} rows/s)`,
  );
  console.log(`workbook map (data layer):  ${mapped.toFixed(0)} ms`);
  console.log(
    `validation rules:           ${rules.toFixed(0)} ms (${((ROWS / rules) * 1000).toFixed(0)} rows/s)`,
  );
  console.log(
    `map + rules:                ${total.toFixed(0)} ms (${((ROWS / total) * 1000).toFixed(0)} rows/s)`,
  );
  console.log(
    `ratio rules / plain loop:   ${(rules / plain).toFixed(2)}; (map + rules) / plain loop: ${(total / plain).toFixed(2)}`,
  );
  console.log(
    `heap: ${mb(heapBefore)} with the workbook, peak ${mb(peak)} (sampled after each phase), rss ${mb(process.memoryUsage().rss)}`,
  );
  console.log(
    `live heap: ${mb(liveMap)} with the map, ${mb(liveRules)} with map + findings; peak rss of the process ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );
  console.log(
    `findings: ${result.summary.error} errors, ${result.summary.warning} warnings, ${result.summary.info} notes (listed ${result.findings.length})`,
  );
}

if (require.main === module) run();
