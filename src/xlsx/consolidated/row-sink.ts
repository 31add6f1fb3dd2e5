import type { DirectRows } from "./direct-rows";
import { rowXml, type RowRenderer, type RowsSpec } from "./rows-xml";
import type { OutValue } from "./sheet-kit";

/** Batches given to a renderer and not yet written: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT = 4;

/** Where a list's direct rows go: rendered here, or gathered into batches for a renderer elsewhere. */
export interface RowSink {
  /** A row and its cells' style ids (read at once: the caller may reuse the array). */
  row(number: number, values: readonly OutValue[], styleIds: readonly number[]): void;
  /** Ends a batch: a renderer gets it now, and the oldest batches it returned are written. */
  cut(): Promise<void>;
  /** Writes every row given so far: before exceljs writes a row itself, and at the list's end. */
  flush(): Promise<void>;
}

export const rowSink = (direct: DirectRows, spec: RowsSpec, renderer: RowRenderer | undefined): RowSink => {
  if (renderer === undefined)
    return {
      row: (number, values, styleIds) => direct.put(rowXml(spec, number, values, styleIds, 0)),
      cut: () => Promise.resolve(),
      flush: () => Promise.resolve(),
    };
  let first = 0;
  let rows: (readonly OutValue[])[] = [];
  let ids: number[] = [];
  const pending: Promise<Uint8Array>[] = [];
  const post = () => {
    if (rows.length === 0) return;
    const rendered = renderer.render(spec, { first, rows, styleIds: ids });
    // Awaited in turn below; until then a failure must not count as unhandled.
    rendered.catch(() => undefined);
    pending.push(rendered);
    rows = [];
    ids = [];
  };
  // Batches come back in the order they went, so the oldest is always the next to write.
  const writeUntil = async (left: number) => {
    while (pending.length > left) direct.putBytes(await pending.shift()!);
  };
  return {
    row(number, values, styleIds) {
      if (rows.length > 0 && number !== first + rows.length) post();
      if (rows.length === 0) first = number;
      rows.push(values);
      for (const id of styleIds) ids.push(id);
    },
    async cut() {
      post();
      await writeUntil(IN_FLIGHT);
    },
    async flush() {
      post();
      await writeUntil(0);
    },
  };
};
