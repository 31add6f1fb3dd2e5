import ExcelJS from "exceljs";
import { DEFAULT_PLAN, consolidate, makeIssue, type FileResult } from "../../../src/core";
import { writeConsolidatedWorkbook } from "../../../src/xlsx/consolidated/write-consolidated";
import { input, record, masterMeasure } from "../../helpers/records";

const F3 = "Kindertagesbetreuung, Schule und Bildung";

const load = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
};

const sheetRows = (ws: ExcelJS.Worksheet): unknown[][] => {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

describe("writeConsolidatedWorkbook", () => {
  const ja = input("Jugendamt.xlsx", "Jugendamt", [
    {
      ...record(
        {
          measureId: "3.1.10",
          field: F3,
          leadOffice: "Jugendamt",
          status: "in Umsetzung",
          progress: 40,
          end: "2023-12-31",
          budget: "ja",
        },
        5,
      ),
      extras: [{ header: "Ansprechpartner/in", column: "K", value: "Frau Çelik" }],
    },
    record(
      {
        measureId: "3.1.9",
        field: F3,
        leadOffice: "Jugendamt",
        status: "umgesetzt",
        progress: 100,
        note: '=HYPERLINK("http://evil")',
      },
      4,
    ),
  ]);
  const withIssue: FileResult = {
    ...ja.result,
    status: "invalid",
    issues: [
      makeIssue(
        "cell/enum",
        { sheet: "Tabelle1", row: 7, column: 8 },
        { field: "status", value: "fast fertig", params: { allowed: ["in Umsetzung", "umgesetzt"] } },
      ),
    ],
  };
  const c = consolidate([{ ...ja, result: withIssue }], {
    plan: DEFAULT_PLAN,
    today: "2024-06-30",
    master: [
      masterMeasure({ measureId: "3.1.10", field: F3, leadOffice: "Jugendamt", budget: "ja" }),
      masterMeasure({ measureId: "3.1.11", field: F3, measure: "M", leadOffice: "Jugendamt", budget: "nein" }),
    ],
    previous: [],
  });

  it("holds the German sheets in order", async () => {
    const wb = await load(await writeConsolidatedWorkbook(c, DEFAULT_PLAN));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Übersicht",
      "Maßnahmen",
      "Prüfbericht",
      "Konflikte",
      "Fehlende Meldungen",
      "Abweichungen vom Masterplan",
      "Deckungsvorschläge",
      "Überfällig",
      "Änderungen",
      "Quellen",
    ]);
  });

  it("writes measures in natural ID order, with provenance, real dates and percent, and extras kept", async () => {
    const wb = await load(await writeConsolidatedWorkbook(c, DEFAULT_PLAN));
    const ws = wb.getWorksheet("Maßnahmen")!;
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    const col = (name: string) => header.indexOf(name) + 1;
    expect(header.slice(0, 2)).toEqual(["Maßnahmen-Nr.", "Handlungsfeld"]);
    expect(header).toEqual(
      expect.arrayContaining([
        "Meldung",
        "Geschäftsbereich",
        "Quelle",
        "Blatt",
        "Zeile",
        "Prüfergebnis",
        "Zusatz: Ansprechpartner/in",
      ]),
    );
    // With a master plan every measure of the plan has a row; the unreported one says so (issue 14).
    expect(
      [2, 3, 4].map((r) => [
        ws.getCell(r, 1).value,
        ws.getCell(r, col("Umsetzungsstand")).value,
        ws.getCell(r, col("Meldung")).value,
      ]),
    ).toEqual([
      ["3.1.9", "umgesetzt", "nicht im Masterplan"],
      ["3.1.10", "in Umsetzung", "gemeldet"],
      ["3.1.11", "keine Meldung", "keine Meldung"],
    ]);
    expect([ws.getCell(2, 1).value, ws.getCell(3, 1).value]).toEqual(["3.1.9", "3.1.10"]);
    expect(ws.getCell(3, col("Ende")).value).toEqual(new Date("2023-12-31T00:00:00Z"));
    expect(ws.getCell(3, col("Ende")).numFmt).toBe("dd.mm.yyyy");
    expect(ws.getCell(3, col("Fortschritt")).value).toBe(0.4);
    expect(ws.getCell(3, col("Fortschritt")).numFmt).toBe("0%");
    expect(ws.getCell(3, col("Quelle")).value).toBe("Jugendamt.xlsx");
    expect(ws.getCell(3, col("Zeile")).value).toBe(5);
    expect(ws.getCell(3, col("Zusatz: Ansprechpartner/in")).value).toBe("Frau Çelik");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("never writes a formula: formula-like text stays text", async () => {
    const wb = await load(await writeConsolidatedWorkbook(c, DEFAULT_PLAN));
    const formulas: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulas.push(`${ws.name}!${cell.address}`);
        }),
      ),
    );
    expect(formulas).toEqual([]);
    const ws = wb.getWorksheet("Maßnahmen")!;
    const note = (ws.getRow(1).values as unknown[]).indexOf("Sachstand");
    expect(ws.getCell(2, note).value).toBe('=HYPERLINK("http://evil")');
  });

  it("lists issues, overdue, coverage, missing and sources", async () => {
    const wb = await load(await writeConsolidatedWorkbook(c, DEFAULT_PLAN));
    expect(sheetRows(wb.getWorksheet("Prüfbericht")!)[1]).toEqual([
      "Jugendamt.xlsx",
      "Tabelle1",
      "H7",
      7,
      "H",
      "Umsetzungsstand",
      "Fehler",
      "cell/enum",
      "fast fertig",
      // Rendered from the issue catalogue when the Prüfbericht is written.
      "„fast fertig“ ist kein zulässiger Umsetzungsstand. Bitte wählen Sie aus der Liste: „in Umsetzung“, „umgesetzt“.",
    ]);
    expect(sheetRows(wb.getWorksheet("Überfällig")!).map((r) => r[0])).toEqual(["Maßnahmen-Nr.", "3.1.10"]);
    expect(sheetRows(wb.getWorksheet("Deckungsvorschläge")!)[1]?.slice(-1)).toEqual(["nein"]);
    expect(
      sheetRows(wb.getWorksheet("Fehlende Meldungen")!)
        .slice(1)
        .map((r) => [r[0], r[1]]),
    ).toEqual([
      ["nicht gemeldet", "3.1.11"],
      ["nicht im Masterplan", "3.1.9"],
    ]);
    expect(sheetRows(wb.getWorksheet("Quellen")!)[1]?.slice(0, 3)).toEqual([
      "Jugendamt.xlsx",
      "0".repeat(64),
      "fehlerhaft",
    ]);
  });

  it("is deterministic: the same consolidation and date give the same cells and document dates", async () => {
    const a = await load(await writeConsolidatedWorkbook(c, DEFAULT_PLAN));
    const b = await load(await writeConsolidatedWorkbook(c, DEFAULT_PLAN));
    expect(a.created).toEqual(new Date("2024-06-30T00:00:00Z"));
    a.eachSheet((ws) => expect(sheetRows(ws)).toEqual(sheetRows(b.getWorksheet(ws.name)!)));
  });
});
