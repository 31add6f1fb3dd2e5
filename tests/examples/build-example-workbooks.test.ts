import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_PLAN } from "../../src/core";
import { buildExampleWorkbooks, CLEAN_EXAMPLE_FILE, EXAMPLE_MEASURES, MASTERPLAN_HEADER, PLANTED_MISTAKES, type ExampleFile } from "../../src/examples";
import { writeExamples } from "../../src/examples/generate-examples";

const OFFICE_FILES = ["Sozialamt.xlsx", "Jugendamt.xlsx", "Eigenbetrieb_Kindertageseinrichtungen.xlsx", "Amt_fuer_Kultur_und_Denkmalschutz.xlsx", "Buergeramt.xlsx"];

const load = async (f: ExampleFile): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type, which Node's Buffer<ArrayBuffer> no longer matches.
  await wb.xlsx.load(f.bytes as unknown as ExcelJS.Buffer);
  return wb;
};

/** Cell values in a comparable form: dates as ISO days, formulas with their cached result. */
const plain = (v: ExcelJS.CellValue | undefined): unknown => {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return `date:${v.toISOString().slice(0, 10)}`;
  if (typeof v === "object" && "formula" in v) return { formula: v.formula, result: plain(v.result as ExcelJS.CellValue) };
  return v;
};

const table = (ws: ExcelJS.Worksheet, row: number): unknown[] => {
  const out: unknown[] = [];
  ws.getRow(row).eachCell((c, col) => (out[col - 1] = plain(c.value)));
  return out;
};

const dump = (wb: ExcelJS.Workbook): [string, string, unknown][] => {
  const out: [string, string, unknown][] = [];
  wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => out.push([ws.name, c.address, plain(c.value)]))));
  return out;
};

let files: ExampleFile[] = [];
const books = new Map<string, ExcelJS.Workbook>();
const sheetOf = (file: string, name: string): ExcelJS.Worksheet => {
  const ws = books.get(file)?.getWorksheet(name);
  if (!ws) throw new Error(`${file}: no sheet ${name}`);
  return ws;
};

beforeAll(async () => {
  files = await buildExampleWorkbooks();
  for (const f of files) books.set(f.fileName, await load(f));
});

describe("example workbooks", () => {
  it("are the five office files and the master plan", () => {
    expect(files.map((f) => f.fileName)).toEqual([...OFFICE_FILES, "Masterplan.xlsx"]);
    expect(CLEAN_EXAMPLE_FILE).toBe("Amt_fuer_Kultur_und_Denkmalschutz.xlsx");
  });

  it.each([
    ["Sozialamt.xlsx", "Sachstand", 4, ["Nr.", "Federführung", "Zeitraum", "Status", "Fortschritt in %", "Sachstand / Bemerkungen", "Ansprechpartner/in"]],
    ["Jugendamt.xlsx", "Aktionsplan Integration", 2, ["Maßnahmen-Nr.", "Beginn", "Ende", "Umsetzungsstand", "Fortschritt", "Interne Notiz"]],
    ["Eigenbetrieb_Kindertageseinrichtungen.xlsx", "Tabelle1", 1, ["Maßnahme Nr.", "HF", "Verantwortlich", "Haushalt", "Stand der Umsetzung", "Fortschritt (%)", "Bemerkungen"]],
    ["Amt_fuer_Kultur_und_Denkmalschutz.xlsx", "Sachstand Kultur", 1, ["Handlungsfeld", "Maßnahmen-Nr.", "Deckungsvorschlag", "Umsetzungsstand", "Sachstand"]],
    ["Buergeramt.xlsx", "Meldung Bürgeramt", 3, ["lfd. Nr.", "Themenfeld", "Zuständigkeit", "Zeitplan", "Status", "Erfüllungsgrad", "Erläuterung"]],
  ])("%s keeps its header on sheet %s in row %i", (file, sheet, row, spellings) => {
    const ws = sheetOf(file, sheet);
    const found = [1, 2, 3, 4, 5, 6].find((r) => spellings.every((s) => table(ws, r).includes(s)));
    expect(found).toBe(row);
  });

  it("puts a title block above the Sozialamt table", () => {
    const ws = sheetOf("Sozialamt.xlsx", "Sachstand");
    expect(ws.getCell("A1").value).toBe("Aktionsplan Integration – Sachstand Sozialamt");
    expect(ws.getCell("L1").isMerged).toBe(true);
    expect(ws.getCell("A2").value).toBe("Stand: 30.06.2024");
    expect(table(ws, 3)).toEqual([]);
  });

  // One row per planted mistake: the cell a finding must point at, and what the cell holds.
  const planted: [string, string, string, string, unknown][] = [
    ["Sozialamt.xlsx", "Sachstand", "D7", "office-abbreviation", "SozA"],
    ["Sozialamt.xlsx", "Sachstand", "I7", "status-synonym", "läuft"],
    ["Sozialamt.xlsx", "Sachstand", "G9", "coverage-missing", "ja"],
    ["Sozialamt.xlsx", "Sachstand", "A11", "id-duplicate", "2.1.1"],
    ["Jugendamt.xlsx", "Aktionsplan Integration", "A3", "id-as-date", "date:2001-02-03"],
    ["Jugendamt.xlsx", "Aktionsplan Integration", "H4", "date-as-text", "31.12.2024"],
    ["Jugendamt.xlsx", "Aktionsplan Integration", "J5", "status-synonym", "in Bearbeitung"],
    ["Jugendamt.xlsx", "Aktionsplan Integration", "K5", "formula-cell", { formula: "6/12", result: 0.5 }],
    ["Jugendamt.xlsx", "Aktionsplan Integration", "H7", "overdue", "date:2023-12-31"],
    ["Eigenbetrieb_Kindertageseinrichtungen.xlsx", "Tabelle1", "J2", "date-1904", "date:2024-06-12"],
    ["Eigenbetrieb_Kindertageseinrichtungen.xlsx", "Tabelle1", "G2", "status-trailing-space", "umgesetzt "],
    ["Eigenbetrieb_Kindertageseinrichtungen.xlsx", "Tabelle1", "F4", "budget-ambiguous", "Ja"],
    ["Eigenbetrieb_Kindertageseinrichtungen.xlsx", "Tabelle1", "H5", "status-progress-mismatch", 0.6],
    ["Eigenbetrieb_Kindertageseinrichtungen.xlsx", "Tabelle1", "A7", "id-as-number", 3.1],
    ["Buergeramt.xlsx", "Meldung Bürgeramt", "H4", "progress-as-text", "50 %"],
    ["Buergeramt.xlsx", "Meldung Bürgeramt", "A6", "blank-row", null],
    ["Buergeramt.xlsx", "Meldung Bürgeramt", "G7", "status-unknown", "fast fertig"],
    ["Buergeramt.xlsx", "Meldung Bürgeramt", "G8", "status-synonym", "abgeschlossen"],
    ["Buergeramt.xlsx", "Meldung Bürgeramt", "A10", "totals-row", "Summe"],
  ];

  it.each(planted)("%s %s!%s plants %s", (file, sheet, cell, _kind, expected) => {
    expect(plain(sheetOf(file, sheet).getCell(cell).value)).toEqual(expected);
  });

  it("lists exactly the planted mistakes the cells hold, and none in the clean file", () => {
    const listed = PLANTED_MISTAKES.map((m) => [m.file, m.sheet, m.cell, m.kind]);
    expect(listed).toEqual(planted.map(([file, sheet, cell, kind]) => [file, sheet, cell, kind]));
    expect(PLANTED_MISTAKES.filter((m) => m.file === CLEAN_EXAMPLE_FILE)).toEqual([]);
  });

  it("plants the context each mistake needs", () => {
    const soz = sheetOf("Sozialamt.xlsx", "Sachstand");
    expect([soz.getCell("H9").value, soz.getCell("K9").value]).toEqual([null, null]);
    expect(soz.getCell("A6").value).toBe("2.1.1");
    expect([soz.getCell("J5").value, soz.getCell("J5").numFmt]).toEqual([0.75, "0%"]);
    const ja = sheetOf("Jugendamt.xlsx", "Aktionsplan Integration");
    expect(ja.getCell("A3").numFmt).toBe("dd.mm.yyyy");
    expect(ja.getCell("J7").value).toBe("in Umsetzung");
    const kita = books.get("Eigenbetrieb_Kindertageseinrichtungen.xlsx");
    expect(kita?.properties.date1904).toBe(true);
    expect(kita?.getWorksheet("Tabelle1")?.getCell("G5").value).toBe("umgesetzt");
    const bue = sheetOf("Buergeramt.xlsx", "Meldung Bürgeramt");
    expect([table(bue, 5).length > 0, table(bue, 6), table(bue, 7).length > 0]).toEqual([true, [], true]);
    expect(plain(bue.getCell("C10").value)).toEqual({ formula: "COUNTA(C4:C9)", result: 5 });
  });

  it("keeps the clean file to the plan's own values", () => {
    const ws = sheetOf(CLEAN_EXAMPLE_FILE, "Sachstand Kultur");
    const labels = new Set(DEFAULT_PLAN.columns.map((c) => c.label));
    expect(table(ws, 1).filter((h) => !labels.has(String(h)))).toEqual([]);
    const statuses = new Set(DEFAULT_PLAN.statuses.map((s) => s.value));
    const budgets = new Set(DEFAULT_PLAN.budget.map((b) => b.value));
    for (let r = 2; r <= ws.rowCount; r++) {
      const [, id, , , , , , budget, coverage, status] = table(ws, r);
      expect(EXAMPLE_MEASURES.some((m) => m.id === id)).toBe(true);
      expect(statuses.has(String(status))).toBe(true);
      expect(budgets.has(String(budget))).toBe(true);
      if (budget === "ja") expect(coverage).toEqual(expect.any(String));
    }
  });

  it("builds the master plan in the canonical layout from a list consistent with the plan", () => {
    const ws = sheetOf("Masterplan.xlsx", "Masterplan");
    expect(table(ws, 1)).toEqual([...MASTERPLAN_HEADER]);
    expect(ws.rowCount).toBe(EXAMPLE_MEASURES.length + 1);
    expect(EXAMPLE_MEASURES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(EXAMPLE_MEASURES.map((m) => m.id)).size).toBe(EXAMPLE_MEASURES.length);
    const offices = new Set(DEFAULT_PLAN.offices.map((o) => o.name));
    const budgets = new Set(DEFAULT_PLAN.budget.map((b) => b.value));
    for (const [i, m] of EXAMPLE_MEASURES.entries()) {
      const field = DEFAULT_PLAN.fields.find((f) => f.name === m.field);
      expect([m.id, field?.code]).toEqual([m.id, m.id.split(".")[0]]);
      expect([m.id, offices.has(m.leadOffice), budgets.has(m.budget)]).toEqual([m.id, true, true]);
      expect(ws.getCell(i + 2, 1).value).toBe(m.id);
    }
  });

  it("gives the same cells and the same bytes when built twice", async () => {
    const again = await buildExampleWorkbooks();
    for (const [i, f] of again.entries()) {
      const first = files[i];
      expect(f.fileName).toBe(first?.fileName);
      expect(dump(await load(f))).toEqual(dump(books.get(f.fileName) ?? new ExcelJS.Workbook()));
      expect(Buffer.from(f.bytes).equals(Buffer.from(first?.bytes ?? []))).toBe(true);
    }
  });

  it("writes the offices' files into eingang/ and the master plan into master/", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beispiele-"));
    const out = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      await writeExamples(join(dir, "examples"));
      expect(readdirSync(join(dir, "examples", "eingang")).sort()).toEqual([...OFFICE_FILES].sort());
      expect(readdirSync(join(dir, "examples", "master"))).toEqual(["Masterplan.xlsx"]);
      expect(out.mock.calls.map((c) => String(c[0]))).toEqual(files.map((f) => expect.stringMatching(new RegExp(`^Beispieldatei geschrieben: .*${f.fileName.replace(".", "\\.")} \\(`))));
    } finally {
      out.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
