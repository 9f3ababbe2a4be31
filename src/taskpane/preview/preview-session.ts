/**
 * The preview outside Excel: the sample district in a MemoryHost. This module (and the sample generator) is a
 * separate chunk that only a plain browser loads. `window.shnorPreview.select(sheet, row)` plays Excel's
 * selection, for demonstrations and browser tests; `?slow=1` in the address makes reads take a while (one
 * sheet per 200 ms), to show progress and cancellation.
 */
import type { SheetValues } from "../../core";
import { MemoryHost } from "../../hosts/memory-host";
import { throwIfCancelled } from "../../hosts/host-error";
import type { OperationOptions } from "../../hosts/workbook-host";
import { generateSampleDistrict } from "../../sample";
import type { PaneSession } from "../data/session";
import { manualSelection } from "../data/selection";

declare global {
  interface Window {
    shnorPreview?: { host: MemoryHost; select(sheet: string, row: number): void };
  }
}

/** A memory host whose reads take `delay` ms per sheet and honour cancellation between sheets. */
class SlowMemoryHost extends MemoryHost {
  constructor(
    sheets: readonly SheetValues[],
    private readonly delay: number,
  ) {
    super(sheets);
  }

  override async readSheets(
    names?: readonly string[],
    options: OperationOptions = {},
  ): Promise<SheetValues[]> {
    const wanted = names ?? (await this.sheetNames());
    const out: SheetValues[] = [];
    for (let i = 0; i < wanted.length; i++) {
      await new Promise((resolve) => setTimeout(resolve, this.delay));
      throwIfCancelled(options.signal);
      out.push(...(await super.readSheets([wanted[i]])));
      options.onProgress?.(i + 1, wanted.length);
    }
    return out;
  }
}

/**
 * A session on the sample district.
 * @example const session = previewSession(); await session.host.sheetNames() // ["Список ОО", "ВПР 2022", …]
 */
export function previewSession(): PaneSession {
  const sample = generateSampleDistrict();
  const sheets = sample.sheets.map((s) => ({ name: s.name, firstRow: 0, firstColumn: 0, values: s.values }));
  const slow = typeof window !== "undefined" && new URLSearchParams(window.location.search).has("slow");
  const host = slow ? new SlowMemoryHost(sheets, 200) : new MemoryHost(sheets);
  const selection = manualSelection();
  if (typeof window !== "undefined")
    window.shnorPreview = { host, select: (sheet, row) => selection.emit({ sheet, row }) };
  return { host, selection, preview: true };
}
