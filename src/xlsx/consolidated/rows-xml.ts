import { dataRowHeight } from "../print-layout";
import { cellXml, rowOpenXml } from "./row-xml";
import type { OutValue } from "./sheet-kit";

/**
 * List rows as sheet XML, from plain values and style ids alone: no exceljs and no core, so a
 * worker thread can render them from what it is posted (node-row-renderer.ts) and the main thread
 * the same way when there is none.
 */

/** What rendering a sheet's rows needs besides the rows: each column's letter, width and wrapping. */
export interface RowsSpec {
  readonly letters: readonly string[];
  readonly widths: readonly number[];
  readonly wraps: readonly boolean[];
}

/** Consecutive rows from row number `first` on, and each cell's style id, row after row. */
export interface RowBatch {
  readonly first: number;
  readonly rows: readonly (readonly OutValue[])[];
  readonly styleIds: ArrayLike<number>;
}

/** One row: its height from its wrapped cells, its cells with the style ids from `at` on. */
export const rowXml = (
  spec: RowsSpec,
  number: number,
  values: readonly OutValue[],
  styleIds: ArrayLike<number>,
  at: number,
): string => {
  let cells = "";
  for (let i = 0; i < values.length; i++)
    cells += cellXml(`${spec.letters[i]}${number}`, styleIds[at + i] ?? 0, values[i] ?? null);
  return `${rowOpenXml(number, dataRowHeight(values, spec.widths, spec.wraps), values.length)}${cells}</row>`;
};

/** A batch's rows, one after the other. */
export const batchXml = (spec: RowsSpec, batch: RowBatch): string => {
  let xml = "";
  let at = 0;
  for (let k = 0; k < batch.rows.length; k++) {
    const values = batch.rows[k]!;
    xml += rowXml(spec, batch.first + k, values, batch.styleIds, at);
    at += values.length;
  }
  return xml;
};

/** Renders batches elsewhere (a worker thread); the bytes come back in the order the batches went. */
export interface RowRenderer {
  render(spec: RowsSpec, batch: RowBatch): Promise<Uint8Array>;
}
