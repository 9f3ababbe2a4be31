import { existsSync, statSync } from "node:fs";
import type { SheetValues } from "../core/cells/cell-value";
import { XlsxHost } from "../hosts/xlsx-host";
import type { CliIo } from "./io";

/** An opened workbook file: the host (for writers) and every sheet's values. */
export interface OpenedWorkbook {
  path: string;
  host: XlsxHost;
  sheets: SheetValues[];
}

/** The opened workbook, or a Russian message saying why it cannot be used. */
export type OpenResult = { ok: true; value: OpenedWorkbook } | { ok: false; message: string };

/**
 * Opens a `.xlsx` file for a command and reads all its sheets. A missing file, a folder, or a file that is
 * not an `.xlsx` workbook gives a Russian message (the command then exits with code 2), never a stack trace.
 * @example await openWorkbookFile("examples/kirov-district-sample.xlsx") // { ok: true, value: { sheets: [...] } }
 * @example await openWorkbookFile("нет.xlsx") // { ok: false, message: "Файл «нет.xlsx» не найден." }
 */
export async function openWorkbookFile(path: string): Promise<OpenResult> {
  if (!existsSync(path)) return { ok: false, message: `Файл «${path}» не найден.` };
  if (statSync(path).isDirectory())
    return { ok: false, message: `«${path}» — папка, а не файл книги Excel.` };
  let host: XlsxHost;
  try {
    host = await XlsxHost.open(path);
  } catch {
    return {
      ok: false,
      message: `Файл «${path}» не удалось прочитать как книгу Excel (.xlsx). Сохраните его в Excel в формате «Книга Excel (*.xlsx)» и повторите.`,
    };
  }
  try {
    return { ok: true, value: { path, host, sheets: await host.readSheets() } };
  } catch (error) {
    return {
      ok: false,
      message: `Не удалось прочитать листы книги «${path}»: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/**
 * Opens a command's workbook file; when it cannot be used, says why on standard error and gives undefined
 * (the command then exits with 2).
 * @example await openForCommand("examples/kirov-district-sample.xlsx", io) // { path, host, sheets: [...] }
 * @example await openForCommand("нет.xlsx", io) // undefined; «Файл «нет.xlsx» не найден.» on stderr
 */
export async function openForCommand(path: string, io: CliIo): Promise<OpenedWorkbook | undefined> {
  const opened = await openWorkbookFile(path);
  if (opened.ok) return opened.value;
  io.stderr(`${opened.message}\n`);
  return undefined;
}
