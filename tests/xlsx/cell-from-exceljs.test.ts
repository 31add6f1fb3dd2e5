import { cellFromExceljs, type ExceljsCellLike } from "../../src/xlsx";

const utc = (y: number, m: number, d: number, h = 0, min = 0, s = 0) => new Date(Date.UTC(y, m - 1, d, h, min, s));
/** A Date the way exceljs builds it from a serial (utils.excelToDate). */
const excelDate = (serial: number, date1904 = false) =>
  new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));

describe("cellFromExceljs: every exceljs value shape", () => {
  it.each<[string, ExceljsCellLike, unknown]>([
    ["undefined", { value: undefined }, null],
    ["null", { value: null }, null],
    ["number", { value: 42.5 }, { value: 42.5 }],
    [
      "NaN (not storable in Excel): an error the core names, not a blank",
      { value: Number.NaN },
      { value: { error: "#NUM!" } },
    ],
    ["string", { value: "Sprachkurs" }, { value: "Sprachkurs" }],
    ["empty string (a value, blank for the core)", { value: "" }, { value: "" }],
    ["text that looks like a formula", { value: "=1+1" }, { value: "=1+1" }],
    ["boolean", { value: false }, { value: false }],
    ["percent keeps its format", { value: 0.5, numFmt: "0%" }, { value: 0.5, format: "0%" }],
    ["empty format is no format", { value: 3, numFmt: "" }, { value: 3 }],
    [
      "date",
      { value: utc(2024, 12, 31), numFmt: "dd.mm.yyyy" },
      { value: { date: "2024-12-31" }, format: "dd.mm.yyyy" },
    ],
    ["date without a format", { value: utc(2024, 2, 29) }, { value: { date: "2024-02-29" } }],
    [
      "date and time",
      { value: utc(2024, 6, 30, 14, 30, 5), numFmt: "dd.mm.yyyy hh:mm:ss" },
      { value: { date: "2024-06-30T14:30:05" }, format: "dd.mm.yyyy hh:mm:ss" },
    ],
    [
      "time of day only stays a serial, as Office.js gives it",
      { value: excelDate(0.5), numFmt: "hh:mm" },
      { value: 0.5, format: "hh:mm" },
    ],
    [
      "a number exceljs took for a date (escaped unit \\m)",
      { value: excelDate(3.14), numFmt: "0.00\\ \\m" },
      { value: 3.14, format: "0.00\\ \\m" },
    ],
    [
      "serial 1 is 1 Jan 1900 (exceljs says 31 Dec 1899)",
      { value: excelDate(1), numFmt: "dd.mm.yyyy" },
      { value: { date: "1900-01-01" }, format: "dd.mm.yyyy" },
    ],
    [
      "serial 61 is 1 Mar 1900",
      { value: excelDate(61), numFmt: "dd.mm.yyyy" },
      { value: { date: "1900-03-01" }, format: "dd.mm.yyyy" },
    ],
    ["invalid Date", { value: new Date(Number.NaN) }, null],
    [
      "rich text",
      { value: { richText: [{ text: "fett", font: { bold: true } }, { text: " und normal" }] } },
      { value: "fett und normal" },
    ],
    ["hyperlink", { value: { text: "Link", hyperlink: "https://example.invalid" } }, { value: "Link" }],
    [
      "hyperlink with rich text",
      { value: { text: { richText: [{ text: "a" }, { text: "b" }] }, hyperlink: "x" } },
      { value: "ab" },
    ],
    ["error", { value: { error: "#REF!" } }, { value: { error: "#REF!" } }],
    ["formula with cached result", { value: { formula: "A1*2", result: 4 } }, { value: 4, formula: true }],
    ["formula without cached result", { value: { formula: "NOW()" } }, { value: null, formula: true }],
    [
      "formula whose result is an error",
      { value: { formula: "1/0", result: { error: "#DIV/0!" } } },
      { value: { error: "#DIV/0!" }, formula: true },
    ],
    [
      "formula with a date result",
      { value: { formula: "A1+1", result: utc(2025, 1, 1) }, numFmt: "dd.mm.yyyy" },
      { value: { date: "2025-01-01" }, format: "dd.mm.yyyy", formula: true },
    ],
    ["formula with a text result", { value: { formula: 'A1&"x"', result: "ax" } }, { value: "ax", formula: true }],
    ["shared formula", { value: { sharedFormula: "B2", result: 8 } }, { value: 8, formula: true }],
    [
      "array formula",
      { value: { formula: "A1", result: 3, shareType: "array", ref: "H1" } },
      { value: 3, formula: true },
    ],
    [
      "formula result 0 that exceljs' value getter drops",
      { value: { formula: "A1*0" }, result: 0 },
      { value: 0, formula: true },
    ],
    [
      "formula result false likewise",
      { value: { formula: "FALSE()" }, result: false },
      { value: false, formula: true },
    ],
    ["unknown object shape", { value: { something: 1 } }, null],
  ])("%s", (_name, cell, expected) => expect(cellFromExceljs(cell)).toEqual(expected));

  it("never carries formula text", () => {
    const cell = cellFromExceljs({ value: { formula: 'HYPERLINK("x")', result: "x" } });
    expect(JSON.stringify(cell)).not.toContain("HYPERLINK");
  });
});

describe("cellFromExceljs: the 1904 date system", () => {
  it.each<[string, number, string]>([
    ["serial 0 is 1 Jan 1904", 0, "1904-01-01"],
    ["serial 1 is 2 Jan 1904", 1, "1904-01-02"],
    ["serial 44195 is 31 Dec 2024", 44195, "2024-12-31"],
    ["serial 45657 (31 Dec 2024 in 1900) is 1 Jan 2029", 45657, "2029-01-01"],
  ])("%s", (_name, serial, iso) =>
    expect(cellFromExceljs({ value: excelDate(serial, true), numFmt: "dd.mm.yyyy" }, true)).toEqual({
      value: { date: iso },
      format: "dd.mm.yyyy",
    }),
  );

  it("gives back the stored serial when a 1904 date cell is not formatted as a date", () => {
    expect(cellFromExceljs({ value: excelDate(0.25, true), numFmt: "hh:mm" }, true)).toEqual({
      value: 0.25,
      format: "hh:mm",
    });
  });
});
