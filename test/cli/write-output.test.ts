import { join } from "node:path";
import { bufferIo } from "../../src/cli/io";
import { outputPath, printJson, writeWorkbook } from "../../src/cli/write-output";

describe("outputPath", () => {
  test.each([
    [join("data", "Киров 2023.xlsx"), undefined, "roadmap", join("data", "Киров 2023-roadmap.xlsx")],
    ["kirov.xlsx", undefined, "monitoring", "kirov-monitoring.xlsx"],
    ["kirov.xlsx", "итог.xlsx", "monitoring", "итог.xlsx"],
  ])("(%j, %j, %j) → %j", (file, output, suffix, expected) => {
    expect(outputPath(file, output, suffix)).toBe(expected);
  });
});

describe("writeWorkbook", () => {
  test("true when every step succeeds, nothing on stderr", async () => {
    const io = bufferIo();
    const steps: string[] = [];
    const save = () => {
      steps.push("save");
      return Promise.resolve();
    };
    expect(await writeWorkbook("out.xlsx", io, save)).toBe(true);
    expect(steps).toEqual(["save"]);
    expect(io.stderrText()).toBe("");
  });

  test("a failure is a Russian message on stderr, not a throw", async () => {
    const io = bufferIo();
    const failing = () => Promise.reject(new Error("EACCES: permission denied"));
    expect(await writeWorkbook("/нет/out.xlsx", io, failing)).toBe(false);
    expect(io.stderrText()).toBe("Не удалось записать «/нет/out.xlsx»: EACCES: permission denied\n");
  });
});

describe("printJson", () => {
  test("one indented document and a newline", () => {
    const io = bufferIo();
    printJson(io, { file: "a.xlsx", sheets: [1] });
    expect(io.stdoutText()).toBe('{\n  "file": "a.xlsx",\n  "sheets": [\n    1\n  ]\n}\n');
  });
});
