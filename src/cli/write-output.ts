import { basename, dirname, extname, join } from "node:path";
import type { CliIo } from "./io";

/**
 * Where a command writes its workbook when `-o` is not given: beside the input, with a suffix.
 * @example outputPath("data/kirov.xlsx", undefined, "roadmap") // "data/kirov-roadmap.xlsx"
 * @example outputPath("data/kirov.xlsx", "out.xlsx", "roadmap") // "out.xlsx"
 */
export function outputPath(file: string, output: string | undefined, suffix: string): string {
  return output ?? join(dirname(file), `${basename(file, extname(file))}-${suffix}.xlsx`);
}

/**
 * Runs the steps that write a workbook to `output` (sheets, marks, then the save); a failure of any of them is
 * reported in Russian on standard error (the command then exits with 2), never thrown.
 * @example await writeWorkbook("out.xlsx", io, () => host.save("out.xlsx")) // true
 * @example await writeWorkbook("/нет/out.xlsx", io, () => host.save("/нет/out.xlsx")) // false; «Не удалось записать …»
 */
export async function writeWorkbook(output: string, io: CliIo, write: () => Promise<void>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    io.stderr(`Не удалось записать «${output}»: ${error instanceof Error ? error.message : String(error)}\n`);
    return false;
  }
}

/**
 * Prints a value as one indented JSON document on standard output (the `--json` form of every command).
 * @example printJson(io, { file: "a.xlsx" }) // stdout: "{\n  \"file\": \"a.xlsx\"\n}\n"
 */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
