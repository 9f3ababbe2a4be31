/**
 * Highlights through Office.js: fills by `range.format.fill`, notes by `worksheet.notes` (ExcelApi 1.18) or,
 * on older Excel, comments (1.10), with the same degradation as generated sheets (`noteMode` in
 * `excel-plan-format.ts`); below 1.10 cells get only the fill. Values and formulas are never written.
 *
 * Everything runs inside one `Excel.run`, with a fixed number of syncs besides chunking:
 *
 *     apply  = S + R(m) + W(restored) + R(n) + 1 + W(n)
 *     remove = S + R(m) + W(restored) + 1            (just S when there are no highlights)
 *
 * where n is the cells to mark, m the cells of earlier highlights, S = 2 to read the settings sheet (1 when it
 * does not exist yet), the 1 writes the record to it, R(k) = 1 + ceil(k / HIGHLIGHT_READ_CELLS_PER_SYNC)
 * (0 for k = 0: one sync finds the sheets, then the fills and notes are loaded in chunks) and W is the number
 * of syncs that keep each request within the payload budget (`decorationBatches`; 0 with nothing to write,
 * e.g. `highlightWriteSyncs(marks, "notes")` for a fresh apply).
 *
 * A cell without fill reads as "#FFFFFF" in Office.js, so a white fill counts as none and comes back as no
 * fill (which looks the same).
 */
import { issue, type Issue } from "../core/issue-codes";
import type { CellMark } from "../core/validation/highlight-plan";
import { batches } from "./excel-chunks";
import {
  COMMENTS_API_VERSION,
  decorationBatches,
  NOTES_API_VERSION,
  OPERATION_BYTES,
  type NoteMode,
} from "./excel-plan-format";
import { readExcelSettings, writeExcelSettings } from "./excel-settings";
import {
  HIGHLIGHTS_SETTING,
  type CellLook,
  type CellRef,
  TextLooks,
  type LookChange,
  type RecordStore,
} from "./highlights";
import { utf8Bytes } from "./excel-write-chunks";

/** Cells whose fill and note are loaded in one sync (a response of about 1 KB a cell at most). */
export const HIGHLIGHT_READ_CELLS_PER_SYNC = 2_000;

/** The fill colour Office.js reports for a cell without fill. */
const NO_FILL = "#FFFFFF";

/** A queued write with its share of the request. */
interface Step {
  bytes: number;
  apply: () => void;
}

/**
 * The request size of one change, in bytes: an operation per part written plus the note's text.
 * @example changeBytes({ fill: "#F4CCCC", note: "ШНОР" }, "notes") // 300 + 7 + 300 + 8
 */
export function changeBytes(change: { fill?: unknown; note?: unknown }, mode: NoteMode): number {
  let bytes = 0;
  if ("fill" in change)
    bytes += OPERATION_BYTES + (typeof change.fill === "string" ? utf8Bytes(change.fill) : 0);
  if ("note" in change && mode !== "none")
    bytes += OPERATION_BYTES + (typeof change.note === "string" ? utf8Bytes(change.note) : 0);
  return bytes;
}

/**
 * The syncs that write fresh marks (W(n) of the formula above).
 * @example highlightWriteSyncs(highlightPlan(findings).marks, "notes") // 1 for a few hundred marks
 */
export function highlightWriteSyncs(marks: readonly CellMark[], mode: NoteMode): number {
  if (marks.length === 0) return 0;
  return decorationBatches(marks.map((m) => ({ bytes: changeBytes({ fill: m.fill, note: m.note }, mode) })))
    .length;
}

/**
 * The syncs that read k cells (R(k) of the formula above).
 * @example highlightReadSyncs(10_000) // 6
 */
export function highlightReadSyncs(k: number): number {
  return k === 0 ? 0 : 1 + Math.ceil(k / HIGHLIGHT_READ_CELLS_PER_SYNC);
}

/**
 * The issue that says how notes were degraded, if they were.
 * @example noteModeIssues("comments", ["ВПР 2023"])[0].code // "host-notes-as-comments"
 */
export function noteModeIssues(mode: NoteMode, sheets: readonly string[]): Issue[] {
  if (mode === "comments")
    return [
      issue("host-notes-as-comments", { sheet: sheets.join("», «"), set: `ExcelApi ${NOTES_API_VERSION}` }),
    ];
  if (mode === "none")
    return [issue("highlights-notes-skipped", { set: `ExcelApi ${COMMENTS_API_VERSION}` })];
  return [];
}

/**
 * The settings sheet as the record store of one `Excel.run`: read once at the start (S syncs), written once.
 * @example await applyHighlightsWith(looks, excelRecordStore(context), marks)
 */
export function excelRecordStore(context: Excel.RequestContext): RecordStore {
  let loaded: Awaited<ReturnType<typeof readExcelSettings>> | undefined;
  const load = async () => (loaded ??= await readExcelSettings(context));
  return {
    load: async () => (await load()).settings.get(HIGHLIGHTS_SETTING),
    save: async (record) => {
      const { settings, exists } = await load();
      if (record === undefined && !settings.has(HIGHLIGHTS_SETTING)) return;
      if (record === undefined) settings.delete(HIGHLIGHTS_SETTING);
      else settings.set(HIGHLIGHTS_SETTING, record);
      await writeExcelSettings(context, settings, exists);
      loaded = { settings, exists: true };
    },
  };
}

/**
 * Fills and notes of the workbook in Excel, for `applyHighlightsWith` / `removeHighlightsWith`: a fill is its
 * colour "#RRGGBB" (null: none), a note its text. Writes use what the last `read` found (which note or
 * comment exists), so each write follows the read of the same cells.
 *
 * @example await Excel.run((context) => applyHighlightsWith(new ExcelLooks(context, "notes"), excelRecordStore(context), marks))
 */
export class ExcelLooks extends TextLooks {
  issues: Issue[] = [];
  private sheets = new Map<string, Excel.Worksheet>();
  private comments = new Map<string, Excel.Comment>();

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly mode: NoteMode,
  ) {
    super();
  }

  async read(cells: readonly CellRef[]): Promise<(CellLook | undefined)[]> {
    const workbook = this.context.workbook;
    const names = [...new Set(cells.map((c) => c.sheet))];
    const found = names.map((name) => workbook.worksheets.getItemOrNullObject(name));
    const comments = this.mode === "comments" ? workbook.comments.load("items/id,items/content") : undefined;
    await this.context.sync();
    this.sheets = new Map(names.flatMap((name, i) => (found[i].isNullObject ? [] : [[name, found[i]]])));
    const locations = comments ? comments.items.map((c) => c.getLocation().load("address")) : [];
    const looks: (CellLook | undefined)[] = [];
    for (const batch of batches(cells, HIGHLIGHT_READ_CELLS_PER_SYNC)) {
      const loads = batch.map((ref) => {
        const sheet = this.sheets.get(ref.sheet);
        if (!sheet) return undefined;
        const fill = sheet.getRange(ref.cell).format.fill.load("color");
        const note =
          this.mode === "notes" ? sheet.notes.getItemOrNullObject(ref.cell).load("content") : undefined;
        return { fill, note };
      });
      await this.context.sync();
      for (const load of loads) {
        if (!load) looks.push(undefined);
        else
          looks.push({
            fill: load.fill.color === NO_FILL || !load.fill.color ? null : load.fill.color.toUpperCase(),
            note: load.note && !load.note.isNullObject ? load.note.content : null,
          });
      }
    }
    if (comments) {
      this.comments = new Map(comments.items.map((c, i) => [cellKey(locations[i].address), c]));
      cells.forEach((ref, i) => {
        const comment = this.comments.get(`${ref.sheet}!${ref.cell.toUpperCase()}`);
        const look = looks[i];
        if (look && comment) look.note = comment.content;
      });
    }
    return looks;
  }

  async write(changes: readonly LookChange[]): Promise<void> {
    const steps = changes.flatMap((change) => this.steps(change));
    if (steps.length === 0) return;
    for (const group of decorationBatches(steps)) {
      for (const step of group) step.apply();
      await this.context.sync();
    }
  }

  private steps(change: LookChange): Step[] {
    const sheet = this.sheets.get(change.sheet);
    if (!sheet) return [];
    const at = change.cell;
    const steps: Step[] = [];
    if ("fill" in change) {
      const color = typeof change.fill === "string" ? change.fill : null;
      steps.push({
        bytes: changeBytes({ fill: change.fill }, this.mode),
        apply: () => {
          const fill = sheet.getRange(at).format.fill;
          if (color) fill.color = color;
          else fill.clear();
        },
      });
    }
    if ("note" in change && this.mode !== "none") {
      const text = typeof change.note === "string" ? change.note : null;
      const had = change.current.note !== null;
      const bytes = changeBytes({ note: change.note }, this.mode);
      if (this.mode === "notes")
        steps.push({
          bytes,
          apply: () => {
            if (text !== null && had) sheet.notes.getItem(at).content = text;
            else if (text !== null) sheet.notes.add(sheet.getRange(at), text);
            else if (had) sheet.notes.getItem(at).delete();
          },
        });
      else {
        const comment = this.comments.get(`${change.sheet}!${at.toUpperCase()}`);
        steps.push({
          bytes,
          apply: () => {
            if (text !== null && comment) comment.content = text;
            else if (text !== null) this.context.workbook.comments.add(sheet.getRange(at), text);
            else if (comment) comment.delete();
          },
        });
      }
    }
    return steps;
  }

  override toFill(color: string): unknown {
    return color.toUpperCase();
  }
}

/** "sheet!B7" for a comment location such as "'ВПР 2023'!B7". */
function cellKey(address: string): string {
  const bang = address.lastIndexOf("!");
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const local = address
    .slice(bang + 1)
    .replace(/\$/g, "")
    .split(":")[0]
    .toUpperCase();
  return `${sheet}!${local}`;
}
