import { dataRowHeight } from "../print-layout";
import { rowCellsXml, rowOpenXml } from "./row-xml";
import { isPlainText, safeText, type OutValue } from "./sheet-kit";

/**
 * Consecutive list rows in a form another thread takes cheaply: the texts as one flat list of
 * strings, everything else in typed arrays whose buffers are transferred. Cloning the rows'
 * arrays of values cost the main thread more than rendering them (session 8). The texts are not
 * joined into one string: the other thread would keep slices of it, and a remembered slice (the
 * row-height memo) kept whole batches alive.
 */
export interface RowBatch {
  /** Row number (1-based) of the first row; the others follow without gaps. */
  readonly first: number;
  readonly rows: number;
  readonly columns: number;
  /** Every text cell's text, in cell order. */
  readonly texts: readonly string[];
  /** Their lengths added up (UTF-16 units). */
  readonly textLength: number;
  /** Per cell (row-major): one of KIND. */
  readonly kinds: Uint8Array;
  /** Per cell: a number's value, a date's time (ms); else unused. */
  readonly numbers: Float64Array;
  /** Per cell: the exceljs style id (0 = none). */
  readonly styleIds: Int32Array;
}

/** How a row's text cells are measured for its height (print-layout's dataRowHeight). */
export interface BatchSheet {
  readonly widths: readonly number[];
  readonly wraps: readonly boolean[];
}

const KIND = { null: 0, text: 1, number: 2, true: 3, false: 4, date: 5 } as const;

/** The buffers a batch holds, for postMessage's transfer list. */
export const batchBuffers = (b: RowBatch): ArrayBuffer[] =>
  [b.kinds, b.numbers, b.styleIds].map((a) => a.buffer as ArrayBuffer);

/** Gathers rows of one list, all of `columns` values, into batches of at most `capacity` rows. */
export class RowBatchBuilder {
  private texts: string[] = [];
  private textLength = 0;
  private first = 0;
  private count = 0;
  private kinds: Uint8Array;
  private numbers: Float64Array;
  private styleIds: Int32Array;

  constructor(
    private readonly columns: number,
    private readonly capacity: number,
  ) {
    const cells = columns * capacity;
    this.kinds = new Uint8Array(cells);
    this.numbers = new Float64Array(cells);
    this.styleIds = new Int32Array(cells);
  }

  get rows(): number {
    return this.count;
  }

  get full(): boolean {
    return this.count === this.capacity;
  }

  /** Row `number` must follow the last one added (or start a new batch). */
  add(number: number, values: readonly OutValue[], styleIds: readonly number[]): void {
    if (this.count === 0) this.first = number;
    let cell = this.count * this.columns;
    for (let c = 0; c < this.columns; c++, cell++) {
      const v = values[c] ?? null;
      this.styleIds[cell] = styleIds[c] ?? 0;
      if (v === null) this.kinds[cell] = KIND.null;
      else if (typeof v === "string") {
        this.kinds[cell] = KIND.text;
        this.textLength += v.length;
        this.texts.push(v);
      } else if (typeof v === "number") {
        this.kinds[cell] = KIND.number;
        this.numbers[cell] = v;
      } else if (typeof v === "boolean") this.kinds[cell] = v ? KIND.true : KIND.false;
      else {
        this.kinds[cell] = KIND.date;
        this.numbers[cell] = v.getTime();
      }
    }
    this.count++;
  }

  /**
   * The rows gathered so far (null when none), in copies of the builder's arrays sized to them: the
   * copies are transferred to the rendering thread, the builder's own arrays are reused for the next batch.
   */
  take(): RowBatch | null {
    if (this.count === 0) return null;
    const cells = this.count * this.columns;
    const batch: RowBatch = {
      first: this.first,
      rows: this.count,
      columns: this.columns,
      texts: this.texts,
      textLength: this.textLength,
      kinds: this.kinds.slice(0, cells),
      numbers: this.numbers.slice(0, cells),
      styleIds: this.styleIds.slice(0, cells),
    };
    this.texts = [];
    this.textLength = 0;
    this.count = 0;
    return batch;
  }
}

/** A batch's values back as the list gave them (texts, numbers, booleans, Dates, nulls), row by row. */
const batchRows = function* (b: RowBatch): Generator<OutValue[]> {
  let at = 0;
  for (let r = 0, cell = 0; r < b.rows; r++) {
    const values: OutValue[] = new Array(b.columns);
    for (let c = 0; c < b.columns; c++, cell++) {
      const kind = b.kinds[cell];
      if (kind === KIND.text) values[c] = b.texts[at++] ?? "";
      else if (kind === KIND.number) values[c] = b.numbers[cell] ?? 0;
      else if (kind === KIND.date) values[c] = new Date(b.numbers[cell] ?? 0);
      else values[c] = kind === KIND.true ? true : kind === KIND.false ? false : null;
    }
    yield values;
  }
};

/**
 * The batch's rows as sheet XML, one `put` per row, exactly as the list writer renders a row in
 * its own thread: texts made safe (safeText) unless plain, the height from the safe texts, then
 * the cells. A row at a time: one string for the whole batch cost more to build and collect.
 */
export const renderBatch = (b: RowBatch, sheet: BatchSheet, put: (rowXml: string) => void): void => {
  let number = b.first;
  let cell = 0;
  const plain: boolean[] = new Array(b.columns);
  for (const raw of batchRows(b)) {
    const values = raw.map((v, c) => {
      plain[c] = typeof v === "string" && isPlainText(v);
      return plain[c] ? v : safeText(v);
    });
    const cells = rowCellsXml(number, values, b.styleIds, cell, plain);
    put(`${rowOpenXml(number, dataRowHeight(values, sheet.widths, sheet.wraps), b.columns)}${cells}</row>`);
    cell += b.columns;
    number++;
  }
};
