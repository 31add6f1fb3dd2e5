import { strToU8 } from "fflate";
import { readWorkbookGrids } from "../../../src/xlsx";
import { nodeInflateRaw } from "../../../src/xlsx/node-inflate";
import type { InflateRaw } from "../../../src/xlsx/zip-guard";
import { addRows, workbookBytes } from "../../helpers/workbook";
import { fakeWorkbookZip, patchEntry } from "../zip-fixtures";

const MiB = 1024 * 1024;

/** zlib's inflate, noting the largest output it was allowed per call: which parts went the whole way. */
const watchedZlib = () => {
  const limits: number[] = [];
  const inflate: InflateRaw = Object.assign(
    (data: Uint8Array, maxBytes: number) => {
      limits.push(maxBytes);
      return nodeInflateRaw(data, maxBytes);
    },
    { stopsAtMax: true },
  );
  return { inflate, limits };
};

/** A sheet of varied text, so its part compresses to well over 64 KiB. */
const bigWorkbook = () =>
  workbookBytes((wb) =>
    addRows(
      wb.addWorksheet("Maßnahmen"),
      Array.from({ length: 6_000 }, (_, i) => [
        `1.${i % 9}.${i}`,
        `Sachstand ${(i * 7919) % 100_003} – Text ${i * 31}`,
        i,
      ]),
    ),
  );

describe("inflating whole parts with an inflater that stops at the declared size", () => {
  it("reads a large sheet part in one zlib call, to the same grid as fflate's slices", async () => {
    const bytes = await bigWorkbook();
    const zlib = watchedZlib();
    const whole = await readWorkbookGrids(bytes, { inflateRaw: zlib.inflate });
    const sliced = await readWorkbookGrids(bytes);
    expect(whole.ok && sliced.ok).toBe(true);
    if (whole.ok && sliced.ok) expect(whole.grids).toEqual(sliced.grids);
    // The same inflater without the promise to stop is not given the sheet part whole (its
    // compressed size is over what deflate's worst ratio allows there): with it, it is.
    const limits: number[] = [];
    const plain: InflateRaw = (data, maxBytes) => {
      limits.push(maxBytes);
      return nodeInflateRaw(data, maxBytes);
    };
    expect((await readWorkbookGrids(bytes, { inflateRaw: plain })).ok).toBe(true);
    expect(Math.max(...zlib.limits)).toBeGreaterThan(256 * 1024);
    expect(Math.max(...limits)).toBeLessThan(Math.max(...zlib.limits));
  });

  it.each([
    ["declared honestly", 40 * MiB],
    ["declared small (a lying header)", 4000],
  ])("still refuses a bomb %s, as the sliced path does", async (_name, size) => {
    const bomb = patchEntry(
      fakeWorkbookZip({ "xl/worksheets/sheet1.xml": new Uint8Array(40 * MiB) }),
      "xl/worksheets/sheet1.xml",
      {
        size,
      },
    );
    const zlib = watchedZlib();
    const whole = await readWorkbookGrids(bomb, { inflateRaw: zlib.inflate });
    const sliced = await readWorkbookGrids(bomb);
    expect(whole.ok).toBe(false);
    expect(whole).toEqual(sliced);
    // zlib was never allowed more than the declared size and one byte.
    expect(Math.max(0, ...zlib.limits)).toBeLessThanOrEqual(Math.min(size, 16 * MiB) + 1);
  });

  it("keeps a part whose header understates it from the whole path's verdict", async () => {
    const zip = patchEntry(
      fakeWorkbookZip({ "xl/sharedStrings.xml": strToU8(`<sst>${"<si><t>x</t></si>".repeat(9000)}</sst>`) }),
      "xl/sharedStrings.xml",
      { size: 100 },
    );
    const [whole, sliced] = [
      await readWorkbookGrids(zip, { inflateRaw: watchedZlib().inflate }),
      await readWorkbookGrids(zip),
    ];
    expect(whole.ok).toBe(false);
    expect(whole).toEqual(sliced);
  });
});
