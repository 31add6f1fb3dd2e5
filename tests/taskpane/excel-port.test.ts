import { DEFAULT_PLAN, canonicalLayout, isoToSerial } from "../../src/core";
import { checkActiveSheet } from "../../src/taskpane/checker";
import { syncsForRead } from "../../src/taskpane/chunking";
import { LIST_SHEET } from "../../src/core";
import { createExcelPort, HIGHLIGHT_FORMULA } from "../../src/taskpane/excel-port";
import { listsOf, planStructure } from "../../src/taskpane/structure-plan";
import { createFakeExcel, type FakeCell } from "../fakes/fake-excel";
import { SHORT_HEADER } from "../helpers/short-header";

const today = "2024-06-30";
const HEADER = [
  "Nr.",
  "HF",
  "Maßnahme",
  "Federführung",
  "Haushaltsrelevanz",
  "Status",
  "Fortschritt in %",
  "Ende",
  "Ansprechpartner/in",
];
const date = (iso: string): FakeCell => ({ value: isoToSerial(iso)!, format: "dd.mm.yyyy" });
const pct = (n: number): FakeCell => ({ value: n, format: "0%" });
const row = (id: string, status: string, extra: Partial<Record<number, unknown>> = {}) => {
  const r: unknown[] = [id, "3", "Elternarbeit", "Jugendamt", "nein", status, pct(0.5), date("2025-12-31"), "Frau A"];
  for (const [i, v] of Object.entries(extra)) r[Number(i)] = v;
  return r as (FakeCell | string)[];
};

const officeSheet = () =>
  createFakeExcel({
    sheets: [
      {
        name: "Sachstand",
        rows: [
          ["Sachstand Jugendamt"],
          [],
          HEADER,
          row("3.1.1", "in Umsetzung"),
          row("3.1.2", "umgesetzt "),
          row("3.1.3", "fast fertig", { 3: "SozA", 7: "31.12.2023" }),
        ],
      },
    ],
  });

describe("reading through the Excel port", () => {
  it("reads the active sheet into the same plain cells as the exceljs adapter and validates it", async () => {
    const fake = officeSheet();
    const { snapshot, report } = await checkActiveSheet(createExcelPort(fake.host), DEFAULT_PLAN, today);
    expect([snapshot.grid.top, snapshot.grid.left]).toEqual([1, 1]);
    expect(snapshot.grid.rows[3]?.[6]).toEqual({ value: 0.5, format: "0%" });
    expect(snapshot.grid.rows[3]?.[7]).toEqual({ value: { date: "2025-12-31" }, format: "dd.mm.yyyy" });
    expect(report.issues.filter((i) => i.severity !== "info").map((i) => [i.cell, i.code])).toEqual([
      ["G5", "cell/status-progress"],
      ["F6", "cell/enum"],
      ["H6", "cell/overdue"],
    ]);
    expect(report.fixes.map((f) => f.cell)).toEqual(expect.arrayContaining(["E5".replace("E", "F"), "D6", "H6"]));
  });

  it.each([5_000, 50_000])("needs a constant number of syncs per chunk for %i rows, never per row", async (rows) => {
    const data = Array.from({ length: rows }, (_, i) => row(`3.1.${i + 1}`, "in Umsetzung"));
    const fake = createFakeExcel({ sheets: [{ name: "Groß", rows: [HEADER, ...data] }] });
    const snapshot = await createExcelPort(fake.host).readActiveSheet();
    // 1 sync for the shape, 1 for the date system, 1 per chunk of 50,000 cells.
    const expected = syncsForRead(rows + 1, HEADER.length) + 1;
    expect(fake.state.syncs).toBe(expected);
    expect(snapshot.syncs).toBe(expected);
    expect(expected).toBe(rows === 5_000 ? 3 : 12);
  });

  it("reads dates of a 1904 workbook right and marks formula cells", async () => {
    const fake = createFakeExcel({
      date1904: true,
      sheets: [
        {
          name: "S",
          rows: [
            [
              { value: isoToSerial("2024-12-31", true)!, format: "dd.mm.yyyy" },
              { value: 84, formula: "=B1*2" },
            ],
          ],
        },
      ],
    });
    const snapshot = await createExcelPort(fake.host).readActiveSheet();
    expect(snapshot.grid.rows[0]).toEqual([
      { value: { date: "2024-12-31" }, format: "dd.mm.yyyy" },
      { value: 84, formula: true },
    ]);
  });
});

describe("highlights", () => {
  it("adds conditional formats per severity and removes exactly its own, leaving the office's", async () => {
    const fake = officeSheet();
    fake
      .sheet("Sachstand")
      .conditionalFormats.push({ address: "Sachstand!A1:A1", type: "Custom", formula: "=A1>0", fill: "#00FF00" });
    const port = createExcelPort(fake.host);
    const before = fake.state.syncs;
    await port.highlight([
      { cell: "F6", severity: "error" },
      { cell: "D6", severity: "warning" },
      { cell: "H6", severity: "warning" },
    ]);
    expect(fake.state.syncs - before).toBe(1);
    const ours = fake.sheet("Sachstand").conditionalFormats.filter((c) => c.formula === HIGHLIGHT_FORMULA);
    expect(ours.map((c) => [c.address, c.fill])).toEqual([
      ["Sachstand!D6,Sachstand!H6", "#FFEB9C"],
      ["Sachstand!F6", "#FFC7CE"],
    ]);
    expect(await port.clearHighlights()).toBe(2);
    expect(fake.sheet("Sachstand").conditionalFormats).toEqual([
      { address: "Sachstand!A1:A1", type: "Custom", formula: "=A1>0", fill: "#00FF00" },
    ]);
  });
});

describe("fixes", () => {
  it("writes only the chosen fixes, with events off, and the table then validates without them", async () => {
    const fake = officeSheet();
    const port = createExcelPort(fake.host);
    const first = await checkActiveSheet(port, DEFAULT_PLAN, today);
    let changed = 0;
    await port.onChanged(() => void changed++);
    const fixes = first.report.fixes.filter((f) => ["F5", "D6", "H6"].includes(f.cell));
    await port.applyFixes(fixes, false);
    expect(changed).toBe(0);
    const cells = fake.sheet("Sachstand").cells;
    expect(cells.get("5:6")?.value).toBe("umgesetzt");
    expect(cells.get("6:4")?.value).toBe("Sozialamt");
    expect(cells.get("6:8")).toEqual({ value: isoToSerial("2023-12-31"), format: "dd.mm.yyyy" });
    expect(cells.get("6:9")?.value).toBe("Frau A");
    const second = await checkActiveSheet(port, DEFAULT_PLAN, today);
    expect(second.report.fixes.map((f) => f.cell)).not.toEqual(expect.arrayContaining(["F5", "D6", "H6"]));
    await fake.edit("Sachstand", 6, 6, "umgesetzt");
    expect(changed).toBe(1);
  });
});

describe("Tabelle strukturieren", () => {
  it("renames headers in place, keeps unknown columns and the office's formatting, adds table, lists, formats", async () => {
    const fake = officeSheet();
    fake
      .sheet("Sachstand")
      .conditionalFormats.push({ address: "Sachstand!I4:I6", type: "Custom", formula: "=TRUE", fill: "#ABCDEF" });
    const port = createExcelPort(fake.host);
    const { snapshot, report } = await checkActiveSheet(port, DEFAULT_PLAN, today);
    const layout = canonicalLayout(DEFAULT_PLAN);
    const plan = planStructure(report, snapshot.grid, layout)!;
    const outcome = await port.structure(plan, listsOf(layout));
    expect(outcome).toEqual({ ok: true, backup: "Sachstand (2)" });
    const sheet = fake.sheet("Sachstand");
    const header = Array.from({ length: 9 }, (_, c) => sheet.cells.get(`3:${c + 1}`)?.value);
    expect(header).toEqual([...SHORT_HEADER, "Ende", "Ansprechpartner/in"]);
    expect(sheet.cells.get("3:10")?.value).toBe("Ziel");
    expect(sheet.tables.map((t) => t.address)).toEqual(["Sachstand!A3:X6"]);
    expect(sheet.frozenRows).toBe(3);
    expect(sheet.conditionalFormats).toContainEqual({
      address: "Sachstand!I4:I6",
      type: "Custom",
      formula: "=TRUE",
      fill: "#ABCDEF",
    });
    expect(sheet.cells.get("4:9")?.value).toBe("Frau A");
    expect(sheet.validations.find((v) => v.address === "Sachstand!F4:F6")?.source).toMatch(
      new RegExp(`^='${LIST_SHEET}'!\\$[A-Z]+\\$1:\\$[A-Z]+\\$7$`),
    );
    expect(fake.sheet(LIST_SHEET).visibility).toBe("Hidden");
    expect(fake.sheet("Sachstand (2)").cells.get("3:1")?.value).toBe("Nr.");
  });

  it("explains a protected sheet instead of failing, and changes nothing", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "Geschützt", protected: true, rows: [HEADER, row("3.1.1", "in Umsetzung")] }],
    });
    const port = createExcelPort(fake.host);
    const { snapshot, report } = await checkActiveSheet(port, DEFAULT_PLAN, today);
    const layout = canonicalLayout(DEFAULT_PLAN);
    expect(await port.structure(planStructure(report, snapshot.grid, layout)!, listsOf(layout))).toEqual({
      ok: false,
      reason: "protected",
      detail: "Geschützt",
    });
    expect(fake.sheet("Geschützt").cells.get("1:1")?.value).toBe("Nr.");
    expect(fake.state.sheets).toHaveLength(1);
  });

  it("explains merged cells inside the table", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "M", merged: ["C2:D2"], rows: [HEADER, row("3.1.1", "in Umsetzung")] }],
    });
    const port = createExcelPort(fake.host);
    const { snapshot, report } = await checkActiveSheet(port, DEFAULT_PLAN, today);
    const layout = canonicalLayout(DEFAULT_PLAN);
    const outcome = await port.structure(planStructure(report, snapshot.grid, layout)!, listsOf(layout));
    expect(outcome.ok ? null : outcome.reason).toBe("merged");
  });
});
