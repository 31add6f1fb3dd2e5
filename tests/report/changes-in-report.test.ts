import { buildProgressReport, consolidate, DEFAULT_PLAN } from "../../src/core";
import { reportDocument, type ReportTable } from "../../src/report";
import { writeConsolidatedWorkbook } from "../../src/xlsx/consolidated/write-consolidated";
import { readConsolidated } from "../../src/xlsx/read";
import { input, record } from "../helpers/records";

// Issue 16: changes since the last round name the measure, show a changed Sachstand, and keep the
// measures reported last time and missing now — through the workbook, as the report command reads it.
describe("changes since the last round, from the consolidated workbook to the report", () => {
  const base = { field: "Arbeit und Wirtschaft", leadOffice: "Sozialamt", budget: "nein" } as const;

  it("lists a measure missing now, a changed Sachstand and a new measure, each by number and title", async () => {
    const now = [
      record({
        ...base,
        measureId: "1.1.1",
        measure: "Sprachkurse",
        status: "in Umsetzung",
        progress: 50,
        note: "Kurse laufen",
      }),
      record(
        { ...base, measureId: "1.1.2", measure: "Jobmesse", status: "in Planung", progress: 10, note: "neu geplant" },
        3,
      ),
      record({ ...base, measureId: "1.1.4", measure: "Lotsen", status: "umgesetzt", progress: 100, note: null }, 4),
    ];
    const previous = [
      { measureId: "1.1.1", status: "in Umsetzung", progress: 50, note: "Kurse laufen", measure: "Sprachkurse" },
      { measureId: "1.1.2", status: "in Planung", progress: 10, note: "Idee", measure: "Jobmesse" },
      { measureId: "1.1.3", status: "in Umsetzung", progress: 30, note: "Beratung läuft", measure: "Elterncafés" },
    ];
    const c = consolidate([input("/eingang/Sozialamt.xlsx", "Sozialamt", now)], {
      plan: DEFAULT_PLAN,
      today: "2024-12-31",
      previous,
    });
    expect(c.changes?.map((x) => [x.measureId, x.kind])).toEqual([
      ["1.1.1", "unchanged"],
      ["1.1.2", "changed"],
      ["1.1.4", "new"],
      ["1.1.3", "missing"],
    ]);
    const read = await readConsolidated(await writeConsolidatedWorkbook(c, DEFAULT_PLAN), "U.xlsx", DEFAULT_PLAN);
    if (!read.ok) throw new Error(read.message);
    const section = reportDocument(buildProgressReport(read.input)).sections.find(
      (s) => s.heading === "Veränderungen seit der letzten Berichtsrunde",
    )!;
    expect(section.blocks[0]).toEqual({
      kind: "paragraph",
      text: "Gegenüber der letzten Berichtsrunde: 1 geändert, 1 neu, 1 nicht mehr gemeldet, 1 unverändert.",
    });
    const table = (section.blocks[1] as { table: ReportTable }).table;
    expect(table.columns.map((x) => x.header)).toEqual([
      "Nr.",
      "Maßnahme",
      "Änderung",
      "Umsetzungsstand vorher → jetzt",
      "Fortschritt vorher → jetzt",
      "Sachstand jetzt (wenn geändert)",
    ]);
    expect(table.rows.map((r) => [r[0], r[1], r[2], r[3], r[5]])).toEqual([
      ["1.1.2", "Jobmesse", "geändert", "in Planung → in Planung", "neu geplant"],
      ["1.1.4", "Lotsen", "neu", "– → umgesetzt", "–"],
      ["1.1.3", "Elterncafés", "nicht mehr gemeldet", "in Umsetzung → –", "–"],
    ]);
  });
});
