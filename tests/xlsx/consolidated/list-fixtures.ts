// Shared by the tests of the list writer's direct rows (direct-rows.test.ts, batched-rows.test.ts).
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { writeListSheet, type ListSheet, type SheetLayout } from "../../../src/xlsx/consolidated/list-sheet";
import type { OutValue } from "../../../src/xlsx/consolidated/sheet-kit";

/** Every part of a package as text, by name. */
export const parts = (bytes: Uint8Array): Record<string, string> =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));

export const collect = async (write: (out: PassThrough) => Promise<void>): Promise<Uint8Array> => {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (b: Buffer) => chunks.push(b));
  const ended = new Promise<void>((done) => out.once("end", done));
  await write(out);
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
};

/** One list sheet through exceljs' streaming writer, its rows either direct or as exceljs row objects. */
export const streamedList = (
  list: ListSheet,
  exceljsRows: boolean,
  breathe = false,
  more: Partial<SheetLayout> = {},
): Promise<Uint8Array> =>
  collect(async (out) => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    // A fixed time: the two packages are compared byte for byte.
    wb.created = wb.modified = new Date("2024-06-30T00:00:00Z");
    await writeListSheet(wb as unknown as ExcelJS.Workbook, list, {
      tables: false,
      maxRows: 1_048_576,
      print: { plan: "Aktionsplan", round: "Stand 30.06.2024" },
      exceljsRows,
      ...(breathe ? { breathe: () => new Promise<void>((done) => setImmediate(done)) } : {}),
      ...more,
    });
    await wb.commit();
  });

export const AWKWARD = [
  "Träger & \"Partner\" <mit> 'Zitat'",
  "Zeile eins\nZeile zwei\r\nmit\tTab",
  "Steuerzeichen \u0001\u0007\u000b\u001f und DEL \u007f",
  '=HYPERLINK("http://evil")',
  "Emoji 🙂 und ß, äöü",
  "sehr lang ".repeat(60),
  "",
];

/** Rows of every value type the lists hold, dates in a column with and one without a format, and notes. */
export const list = (count: number): ListSheet => ({
  sheet: "Liste",
  table: "Liste",
  columns: [
    { header: "Maßnahmen-Nr.", width: 12 },
    { header: "Text", width: 30, wrap: true },
    { header: "Anteil", width: 10, format: "0%" },
    { header: "Ende", width: 12, format: "dd.mm.yyyy" },
    { header: "Gemischt", width: 14 },
    { header: "Zahl", width: 8 },
    { header: "Entscheidung", width: 16, choices: '"angenommen,abgelehnt"' },
  ],
  count,
  row: (i): OutValue[] => [
    `1.${i % 7}.${i}`,
    AWKWARD[i % AWKWARD.length]!,
    i % 3 === 0 ? null : (i % 101) / 100,
    i % 5 === 0 ? null : new Date(Date.UTC(2022 + (i % 5), i % 12, 1 + (i % 28))),
    // A date in a column without a number format, a number, a truth value, text: exceljs styles each by its type.
    [new Date(Date.UTC(2024, 5, 30, 12)), 42.125, true, false, "Text", null][i % 6]!,
    i % 4 === 0 ? -i * 1e-7 : i * 1e21,
    i % 9 === 0 ? "angenommen" : null,
  ],
  emptyText: "Keine Einträge.",
  overflowText: (n) => `… weitere ${n}`,
  notes: (i) => (i % 97 === 5 ? [{ column: 2, text: `Entschieden am 01.07.2024 <${i}> & gut` }] : []),
  conditional: (first, last) => [
    {
      ref: `C${first}:C${last}`,
      rules: [{ type: "cellIs", operator: "lessThan", formulae: ["0.5"], priority: 1, style: {} }],
    },
  ],
});
