import { DEFAULT_PLAN, isoToSerial, validateGrid } from "../../src/core";
import { readWorkbookGrids } from "../../src/xlsx";
import { createExcelPort } from "../../src/taskpane/excel-port";
import { createFakeExcel, type FakeCell } from "../fakes/fake-excel";
import { workbookBytes } from "../helpers/workbook";

/**
 * One table, written once with exceljs (as an office's file) and once into the fake Excel (as the
 * add-in sees it): both shells must hand the core the same grid, in the 1900 and 1904 date systems.
 */
describe.each([false, true])("exceljs and Office.js adapters agree (1904: %p)", (date1904) => {
  const table: { v: unknown; fmt?: string; formula?: string; office: FakeCell }[][] = [
    [
      { v: "Nr.", office: { value: "Nr." } },
      { v: "Maßnahme", office: { value: "Maßnahme" } },
      { v: "Umsetzungsstand", office: { value: "Umsetzungsstand" } },
      { v: "Fortschritt", office: { value: "Fortschritt" } },
      { v: "Ende", office: { value: "Ende" } },
      { v: "Notiz", office: { value: "Notiz" } },
    ],
    [
      { v: "3.1.1", office: { value: "3.1.1" } },
      { v: "Elterncafé 👪 مرحبا", office: { value: "Elterncafé 👪 مرحبا" } },
      { v: "umgesetzt ", office: { value: "umgesetzt " } },
      { v: 0.5, fmt: "0%", office: { value: 0.5, format: "0%" } },
      {
        v: new Date(Date.UTC(2024, 11, 31)),
        fmt: "dd.mm.yyyy",
        office: { value: isoToSerial("2024-12-31", date1904)!, format: "dd.mm.yyyy" },
      },
      { v: true, office: { value: true } },
    ],
    [
      {
        v: new Date(Date.UTC(2001, 1, 3)),
        fmt: "dd.mm.yyyy",
        office: { value: isoToSerial("2001-02-03", date1904)!, format: "dd.mm.yyyy" },
      },
      { v: { formula: 'A1&"x"', result: "Summe" }, office: { value: "Summe", formula: '=A1&"x"' } },
      { v: { error: "#DIV/0!" }, office: { value: { error: "#DIV/0!" } } },
      { v: 42, fmt: "0.00", office: { value: 42, format: "0.00" } },
      { v: "31.12.2024", office: { value: "31.12.2024" } },
      { v: 3.1, office: { value: 3.1 } },
    ],
  ];

  it("gives identical grids and identical validation results", async () => {
    const bytes = await workbookBytes((wb) => {
      if (date1904) wb.properties.date1904 = true;
      const ws = wb.addWorksheet("Tabelle1");
      table.forEach((row, r) =>
        row.forEach((c, i) => {
          const cell = ws.getCell(r + 1, i + 1);
          cell.value = c.v as never;
          if (c.fmt) cell.numFmt = c.fmt;
        }),
      );
    });
    const read = await readWorkbookGrids(bytes);
    if (!read.ok) throw new Error(read.reason);
    const fake = createFakeExcel({
      date1904,
      sheets: [{ name: "Tabelle1", rows: table.map((r) => r.map((c) => c.office)) }],
    });
    const snapshot = await createExcelPort(fake.host).readActiveSheet();
    expect(snapshot.grid).toEqual(read.grids[0]);
    const options = { today: "2024-06-30" };
    expect(validateGrid(snapshot.grid, DEFAULT_PLAN, options)).toEqual(
      validateGrid(read.grids[0]!, DEFAULT_PLAN, options),
    );
  });
});
