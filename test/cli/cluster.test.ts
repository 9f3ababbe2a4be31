import path from "node:path";
import { clusterOfSides, MODELS } from "../../src/core/clusters";
import type { ClusterJson } from "../../src/cli/cluster";
import { bufferIo, EXIT } from "../../src/cli/io";
import { runCli } from "../../src/cli/run-cli";
import { generateSampleDistrict, type SampleSchool } from "../../src/sample";

const SAMPLE = path.resolve(__dirname, "..", "..", "examples", "kirov-district-sample.xlsx");
const truth = generateSampleDistrict().truth;

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = bufferIo();
  const code = await runCli(["cluster", ...args], io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

async function clusterJson(...args: string[]): Promise<ClusterJson> {
  const { code, out } = await run(SAMPLE, "--json", ...args);
  expect(code).toBe(EXIT.ok);
  return JSON.parse(out) as ClusterJson;
}

/**
 * Where the generator put a school, from its latent profile (latent values average 0 over the clustered
 * schools, so "above the district mean" is "≥ 0"): the results of the last year (2023) against the context of
 * the model — the seed-003 statements the ШНОР profiles were made from.
 */
function latentCluster(school: SampleSchool, model: "A" | "B" | "C" | "D"): number {
  const context = {
    A: school.contingent,
    B: school.staffing,
    C: school.microdistrict,
    D: -school.contingent + school.staffing + school.microdistrict,
  }[model];
  return clusterOfSides({ highResult: school.result[2023] >= 0, highContext: context >= 0 }, MODELS[model]);
}

const SHNOR_ORDINARY = truth.schools.filter((s) => s.shnor && !s.special);

describe("shnor cluster --json on the committed sample", () => {
  test.each(["A", "B", "C", "D"] as const)(
    "model %s: every ШНОР of seed 003 is in the cluster the generator placed it in",
    async (model) => {
      const json = await clusterJson("--model", model);
      expect(json.model).toBe(model);
      const got = Object.fromEntries(
        SHNOR_ORDINARY.map((s) => [s.key, json.schools.find((x) => x.key === s.key)?.cluster]),
      );
      const expected = Object.fromEntries(SHNOR_ORDINARY.map((s) => [s.key, latentCluster(s, model)]));
      expect(got).toEqual(expected);
    },
  );

  test("the seed's own statements: model A 240, 269, 538, 608 → 1 and 223, 386 → 4; models B and D 240…608 → 3, 223 → 4", async () => {
    const placed = async (model: string) =>
      Object.fromEntries((await clusterJson("--model", model)).schools.map((s) => [s.key, s.cluster]));
    const a = await placed("контингент");
    const b = await placed("кадры");
    const d = await placed("сумма");
    for (const key of ["240", "269", "538", "608"]) expect([key, a[key]]).toEqual([key, 1]);
    for (const key of ["223", "386"]) expect([key, a[key]]).toEqual([key, 4]);
    for (const key of ["240", "269", "386", "538", "608"]) {
      expect([key, b[key], d[key]]).toEqual([key, 3, 3]);
    }
    expect([b["223"], d["223"]]).toEqual([4, 4]);
  });

  test("one entry per school of the list; special schools are listed without a cluster and with a reason", async () => {
    const json = await clusterJson();
    expect(json.model).toBe("D");
    expect(json.schools.map((s) => s.key).sort()).toEqual(truth.schools.map((s) => s.key).sort());
    for (const key of truth.specialKeys) {
      const school = json.schools.find((s) => s.key === key)!;
      expect(school).toMatchObject({
        cluster: null,
        risk: null,
        reason: expect.stringMatching(/вида и уникальности/u),
      });
    }
    const clustered = json.schools.filter((s) => s.cluster !== null);
    expect(clustered).toHaveLength(truth.schools.length - truth.specialKeys.length);
    for (const s of clustered) {
      expect([1, 2, 3, 4]).toContain(s.cluster);
      expect([0, 1, 2, 3, 4]).toContain(s.risk);
      expect(s.reason).toBeUndefined();
    }
    expect(json.district?.n).toBe(clustered.length);
    expect(json.clusters.reduce((n, c) => n + c.schools, 0)).toBe(clustered.length);
  });

  test("risk names a neighbouring cluster only for schools within 0.25 sd of a boundary", async () => {
    const json = await clusterJson("--model", "A");
    const results = json.schools.filter((s) => s.cluster !== null).map((s) => s.result!);
    const mean = results.reduce((a, b) => a + b, 0) / results.length;
    const sd = Math.sqrt(results.reduce((a, b) => a + (b - mean) ** 2, 0) / (results.length - 1));
    const nearResults = json.schools.filter(
      (s) => s.cluster !== null && Math.abs(s.result! - mean) / sd <= 0.2 && s.risk !== 0,
    );
    for (const s of json.schools.filter(
      (x) => x.cluster !== null && Math.abs(x.result! - mean) / sd > 0.25,
    )) {
      // Far from the results boundary: a risk can only be across the context boundary, never a results neighbour.
      if (s.risk === 0) continue;
      const sides = (n: number) => [1, 2].includes(n) === [1, 2].includes(s.cluster!);
      expect([s.key, sides(s.risk!)]).toEqual([s.key, false]);
    }
    expect(nearResults.length).toBeGreaterThan(0);
  });

  test("--context by a unique part of a header gives the same clusters as the recognised column", async () => {
    const recognised = await clusterJson("--model", "C");
    const byHeader = await clusterJson("--model", "C", "--context", "оценка особенностей");
    expect(byHeader.context.label).toMatch(/Оценка особенностей микрорайона/u);
    expect(byHeader.schools.map((s) => [s.key, s.cluster])).toEqual(
      recognised.schools.map((s) => [s.key, s.cluster]),
    );
  });

  test("--sheet takes the schools of that sheet and finds the headers there", async () => {
    const json = await clusterJson(
      "--sheet",
      "Кадры 2023",
      "--results",
      "Высшая",
      "--context",
      "Вакансии",
      "--model",
      "B",
    );
    expect(json.results.sources).toEqual(["Кадры 2023"]);
    const unreported = json.schools.filter(
      (s) => s.reason === "нет параметра контекста (кадровое обеспечение)",
    );
    const missing = truth.data.staffing.filter(
      (r) => r.year === 2023 && r.vacancies === null && !truth.specialKeys.includes(r.key),
    );
    expect(unreported.map((s) => s.key).sort()).toEqual(missing.map((r) => r.key).sort());
  });
});

describe("shnor cluster: human output", () => {
  test("an aligned Russian table with the model, its parameters and the cluster names", async () => {
    const { code, out } = await run(SAMPLE, "--model", "A");
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/модель A «контингент», граница — среднее по району, полоса риска 0,25/u);
    expect(out).toMatch(/Результат: успеваемость по ВПР/u);
    expect(out).toMatch(/Кластер 1 — низкие результаты, сложный контингент: школ \d+\./u);
    const lines = out.split("\n");
    const header = lines.findIndex((l) => l.startsWith("Ключ"));
    const column = lines[header].indexOf("Кластер") + "Кластер".length - 1;
    const rows = lines.slice(header + 2, header + 2 + truth.schools.length);
    for (const row of rows)
      expect([row.slice(0, 12), row[column]]).toEqual([row.slice(0, 12), expect.stringMatching(/^[1-4—]$/u)]);
    expect(rows.find((r) => r.startsWith("ЦО 162"))).toMatch(/в силу вида и уникальности/u);
  });

  test("--help documents how the columns are chosen", async () => {
    const { code, out } = await run("--help");
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/A — сложность контингента/u);
    expect(out).toMatch(/D — сумма трёх параметров/u);
  });
});

describe("shnor cluster: exit code 2 with a Russian message", () => {
  test.each([
    [["--json"], /Не указан файл книги/u],
    [["нет.xlsx"], /не найден/u],
    [[SAMPLE, "--model", "школы"], /Модели: «контингент»/u],
    [
      [SAMPLE, "--results", "такого столбца нет"],
      /Столбец с заголовком «такого столбца нет» \(--results\) не найден/u,
    ],
    [[SAMPLE, "--context", "Вакансии"], /неоднозначен[\s\S]*«Кадры 2022»[\s\S]*«Кадры 2023»/u],
    [[SAMPLE, "--sheet", "Нет такого"], /Лист «Нет такого» не найден/u],
    [[SAMPLE, "--colour"], /Неизвестный параметр «--colour»/u],
  ])("%j", async (args, message) => {
    const { code, out, err } = await run(...args);
    expect(code).toBe(EXIT.usage);
    expect(out).toBe("");
    expect(err).toMatch(message);
  });
});
