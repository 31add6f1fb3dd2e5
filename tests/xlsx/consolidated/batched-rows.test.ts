import { DEFAULT_PLAN } from "../../../src/core";
import type { RowRenderer } from "../../../src/xlsx/consolidated/batched-rows";
import { batchBuffers, renderBatch, RowBatchBuilder } from "../../../src/xlsx/consolidated/row-batch";
import { streamConsolidatedWorkbook } from "../../../src/xlsx/node";
import { longRound } from "../../helpers/records";
import { collect, list, parts, streamedList } from "./list-fixtures";

/**
 * Renders as the worker thread does, after the batch went through a structured clone with its
 * buffers transferred (what postMessage does to it); counts the batches.
 */
const clonedRenderer = (): { render: RowRenderer; batches: () => number } => {
  let batches = 0;
  const render: RowRenderer = async (batch, sheet) => {
    const buffers = batchBuffers(batch);
    const copy = structuredClone({ batch, sheet }, { transfer: buffers });
    // Transferred, not copied: the sender's buffers are gone.
    expect(buffers.every((b) => b.byteLength === 0)).toBe(true);
    let xml = "";
    renderBatch(copy.batch, copy.sheet, (row) => {
      xml += row;
    });
    batches++;
    return new TextEncoder().encode(xml);
  };
  return { render, batches: () => batches };
};

describe("list rows rendered in batches elsewhere", () => {
  it.each([
    ["all rows batched", 1_600, 1],
    ["a list shorter than the threshold stays here", 1_600, 1_601],
  ])("make the same package as exceljs' row objects: %s", async (_name, count, from) => {
    const renderer = clonedRenderer();
    const batched = parts(
      await streamedList(list(count), false, true, { renderRows: renderer.render, renderElsewhereRows: from }),
    );
    const exceljs = parts(await streamedList(list(count), true, true));
    expect(Object.keys(batched).sort()).toEqual(Object.keys(exceljs).sort());
    // Rows with notes (every 97th) go through exceljs between batches, so their order is checked too.
    expect(Object.keys(batched).some((p) => p.startsWith("xl/comments"))).toBe(true);
    for (const name of Object.keys(exceljs)) expect([name, batched[name]]).toEqual([name, exceljs[name]]);
    expect(renderer.batches() > 0).toBe(from <= count);
  });

  it("make the same consolidated workbook as the rows rendered here", async () => {
    const c = longRound(700, (i) => (i % 3 === 0 ? `Sachstand <${i}> & „mehr“ – ${"lang ".repeat(i % 40)}` : null));
    const renderer = clonedRenderer();
    const [batched, here] = await Promise.all([
      collect((out) =>
        streamConsolidatedWorkbook(c, DEFAULT_PLAN, out, {
          tableRowLimit: 1,
          renderRows: renderer.render,
          renderElsewhereRows: 1,
        }),
      ),
      collect((out) => streamConsolidatedWorkbook(c, DEFAULT_PLAN, out, { tableRowLimit: 1 })),
    ]).then(([a, b]) => [parts(a), parts(b)]);
    expect(renderer.batches()).toBeGreaterThan(2);
    expect(Object.keys(batched!).sort()).toEqual(Object.keys(here!).sort());
    for (const name of Object.keys(here!)) expect([name, batched![name]]).toEqual([name, here![name]]);
  });

  it("give back each value as it was added, row by row", () => {
    const builder = new RowBatchBuilder(3, 2);
    builder.add(5, ["a", 1.5, null], [1, 2, 0]);
    expect(builder.full).toBe(false);
    builder.add(6, [true, new Date(Date.UTC(2024, 5, 30)), "ß „x“"], [0, 3, 1]);
    expect(builder.full).toBe(true);
    const batch = builder.take()!;
    expect(builder.take()).toBeNull();
    const rows: string[] = [];
    renderBatch(batch, { widths: [10, 10, 10], wraps: [false, false, false] }, (xml) => rows.push(xml));
    expect(rows).toEqual([
      '<row r="5" spans="1:3" x14ac:dyDescent="0.25"><c r="A5" s="1" t="str"><v>a</v></c><c r="B5" s="2"><v>1.5</v></c></row>',
      '<row r="6" spans="1:3" x14ac:dyDescent="0.25"><c r="A6" t="b"><v>1</v></c><c r="B6" s="3"><v>45473</v></c><c r="C6" s="1" t="str"><v>ß „x“</v></c></row>',
    ]);
  });
});
