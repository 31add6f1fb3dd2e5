/**
 * Excel on the web caps one request's payload (about 5 MB). Reading values, formats and types of
 * ~50,000 cells stays well under it, so a table is read in chunks of that many cells: the number of
 * context.sync() calls grows with the table's size in chunks, never with rows or cells.
 */
export const CELLS_PER_CHUNK = 50_000;

export interface RowChunk {
  /** 0-based offset from the first row of the range. */
  readonly offset: number;
  readonly rows: number;
}

export const rowChunks = (rowCount: number, columnCount: number, cellsPerChunk = CELLS_PER_CHUNK): RowChunk[] => {
  const perChunk = Math.max(1, Math.floor(cellsPerChunk / Math.max(1, columnCount)));
  const chunks: RowChunk[] = [];
  for (let offset = 0; offset < rowCount; offset += perChunk)
    chunks.push({ offset, rows: Math.min(perChunk, rowCount - offset) });
  return chunks;
};

/** Syncs for one validation: one for the sheet's shape, then one per chunk. */
export const syncsForRead = (rowCount: number, columnCount: number, cellsPerChunk = CELLS_PER_CHUNK): number =>
  1 + rowChunks(rowCount, columnCount, cellsPerChunk).length;
