// @needs: build
import { join } from "node:path";
import { type BatchSheet, renderBatch, RowBatchBuilder, type RowBatch } from "../../src/xlsx/consolidated/row-batch";
import { rowRendererThread } from "../../src/xlsx/node-row-renderer";

/** The worker script as the bundled command line starts it. */
const SCRIPT = join(__dirname, "..", "..", "lib", "bundle", "node-render-worker.js");

const SHEET: BatchSheet = { widths: [12, 20, 10], wraps: [false, true, false] };

const batchOf = (first: number, rows: number): RowBatch => {
  const builder = new RowBatchBuilder(3, rows);
  for (let r = 0; r < rows; r++)
    builder.add(
      first + r,
      [`1.${r}`, `Sachstand „${r}“ <&> ${"Wort ".repeat(r % 13)}🙂`, r % 4 === 0 ? null : r / 8],
      [1, 2, 0],
    );
  return builder.take()!;
};

const renderedHere = (batch: RowBatch): string => {
  let xml = "";
  renderBatch(batch, SHEET, (row) => {
    xml += row;
  });
  return xml;
};

describe("the row rendering thread", () => {
  it("answers each batch, in the order asked, with the bytes this thread would render", async () => {
    const thread = rowRendererThread(SCRIPT)!;
    try {
      // Built twice: the batch handed over loses its buffers.
      const batches = [2, 402, 802, 1202].map((first) => batchOf(first, 400));
      const answers = await Promise.all(batches.map((b) => thread.render(b, SHEET)));
      const decoder = new TextDecoder();
      expect(answers.map((bytes) => decoder.decode(bytes))).toEqual(
        [2, 402, 802, 1202].map((first) => renderedHere(batchOf(first, 400))),
      );
    } finally {
      await thread.close();
    }
  });

  it("fails a batch it cannot render with a message, and renders the next", async () => {
    const thread = rowRendererThread(SCRIPT)!;
    try {
      const broken = thread.render(batchOf(2, 3), { widths: null, wraps: null } as unknown as BatchSheet);
      const next = thread.render(batchOf(5, 3), SHEET);
      await expect(broken).rejects.toThrow(/Zeilen konnten nicht geschrieben werden/);
      expect(new TextDecoder().decode(await next)).toBe(renderedHere(batchOf(5, 3)));
    } finally {
      await thread.close();
    }
  });

  it("is not started without a worker script (the TypeScript sources): the rows are rendered in the writer's thread", () => {
    expect(rowRendererThread(null)).toBeNull();
  });
});
