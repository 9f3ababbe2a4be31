/**
 * How the Office.js host cuts a read into requests. Excel on the web refuses a request or response above
 * 5 MB (`RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded`), and every `context.sync()`
 * is one request carrying all the loads queued before it. So values are loaded in row chunks of at most
 * `CHUNK_MAX_CELLS` cells, and `CHUNKS_PER_SYNC` chunks are queued per sync, keeping each response under
 * `SYNC_PAYLOAD_BUDGET_BYTES` at the conservative `BYTES_PER_CELL_ESTIMATE`.
 *
 * Syncs for `readSheets(names)`: exactly `1 + ceil(chunks / CHUNKS_PER_SYNC)` (one for the used ranges of all
 * sheets at once, then one per batch of chunks), plus 1 when `names` is omitted (listing the sheets), where
 * `chunks = Σ ceil(rows / rowsPerChunk(columns))` over the sheets. A request that Excel still refuses as too
 * large is retried in halves (only then are there more syncs).
 */

/** A cell's assumed share of a response: a 17-digit number or a 15-letter Cyrillic text, with JSON quoting. */
export const BYTES_PER_CELL_ESTIMATE = 32;

/** The most bytes one sync may bring back: 4 MB, under Excel on the web's 5 MB payload limit. */
export const SYNC_PAYLOAD_BUDGET_BYTES = 4_000_000;

/** The most cells one chunk holds: one full Excel row (16 384 columns) always fits in a chunk. */
export const CHUNK_MAX_CELLS = 16_384;

/** Chunks queued per sync so that a full batch stays within the payload budget (7). */
export const CHUNKS_PER_SYNC = Math.floor(
  SYNC_PAYLOAD_BUDGET_BYTES / BYTES_PER_CELL_ESTIMATE / CHUNK_MAX_CELLS,
);

/** One rectangular load: rows `startRow … startRow + rowCount − 1` of a sheet's used range, all its columns. */
export interface ReadChunk {
  /** Index of the sheet in the request. */
  sheet: number;
  /** First row, relative to the top of the used range. */
  startRow: number;
  rowCount: number;
  columnCount: number;
}

/**
 * Rows per chunk for a range of the given width (at least one row).
 * @example rowsPerChunk(12) // 1365
 */
export function rowsPerChunk(columnCount: number): number {
  return Math.max(1, Math.floor(CHUNK_MAX_CELLS / Math.max(1, columnCount)));
}

/**
 * The chunks for sheets of the given sizes, in sheet and row order; empty sheets give none.
 * @example planChunks([{ rowCount: 3000, columnCount: 12 }]).length // 3
 */
export function planChunks(sizes: readonly { rowCount: number; columnCount: number }[]): ReadChunk[] {
  const chunks: ReadChunk[] = [];
  sizes.forEach(({ rowCount, columnCount }, sheet) => {
    if (rowCount <= 0 || columnCount <= 0) return;
    const step = rowsPerChunk(columnCount);
    for (let startRow = 0; startRow < rowCount; startRow += step) {
      chunks.push({ sheet, startRow, rowCount: Math.min(step, rowCount - startRow), columnCount });
    }
  });
  return chunks;
}

/**
 * The chunks grouped into syncs of at most `perSync` chunks.
 * @example batches([1, 2, 3], 2) // [[1, 2], [3]]
 */
export function batches<T>(items: readonly T[], perSync: number = CHUNKS_PER_SYNC): T[][] {
  const groups: T[][] = [];
  for (let i = 0; i < items.length; i += perSync) groups.push(items.slice(i, i + perSync));
  return groups;
}

/**
 * The number of `context.sync()` calls `readSheets` makes for sheets of the given sizes.
 * @example readSyncCount([{ rowCount: 200_000, columnCount: 12 }]) // 22
 */
export function readSyncCount(
  sizes: readonly { rowCount: number; columnCount: number }[],
  namesGiven = true,
): number {
  return (namesGiven ? 0 : 1) + 1 + Math.ceil(planChunks(sizes).length / CHUNKS_PER_SYNC);
}
