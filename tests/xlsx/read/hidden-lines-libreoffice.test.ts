// @needs: libreoffice-calc-nogui
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookGrids } from "../../../src/xlsx";
import { tempDir } from "../../helpers/run-cli";
import { soffice } from "../../helpers/soffice";
import { addRows, workbookBytes } from "../../helpers/workbook";

jest.setTimeout(180_000);

/** LibreOffice is the judge for OpenDocument: what it hides when it saves a workbook as .ods, we note. */
describe("hidden rows and columns through LibreOffice Calc", () => {
  it("are the same in an .xlsx and in the .ods and .xlsx LibreOffice saves from it", async () => {
    const dir = tempDir("lo-hidden");
    const source = join(dir, "Meldung.xlsx");
    writeFileSync(
      source,
      await workbookBytes((wb) => {
        const ws = wb.addWorksheet("Meldung");
        addRows(ws, [
          ["Nr.", "intern", "Maßnahme", "Status"],
          ["1.1.1", "x", "Beratung", "in Umsetzung"],
          ["1.1.2", "y", "Lotsen", "umgesetzt"],
          ["1.1.3", "z", "Kurse", "in Planung"],
          ["1.1.4", "w", "Treff", "entfallen"],
        ]);
        ws.getRow(3).hidden = true;
        ws.getRow(4).hidden = true;
        ws.getColumn(2).hidden = true;
      }),
    );
    const hidden = async (bytes: Uint8Array) => {
      const r = await readWorkbookGrids(bytes);
      if (!r.ok) throw new Error(r.detail);
      const s = r.sheets[0]!;
      return { rows: s.hiddenRows, columns: s.hiddenColumns, ids: r.grids[0]?.rows.map((row) => row[0]?.value) };
    };
    const expected = {
      rows: [{ first: 3, last: 4 }],
      columns: [{ first: 2, last: 2 }],
      ids: ["Nr.", "1.1.1", "1.1.2", "1.1.3", "1.1.4"],
    };
    expect(await hidden(new Uint8Array(readFileSync(source)))).toEqual(expected);
    for (const format of ["ods", "xlsx"]) {
      const out = tempDir(`lo-hidden-${format}`);
      expect([format, await hidden(new Uint8Array(readFileSync(soffice(source, format, out))))]).toEqual([
        format,
        expected,
      ]);
    }
  });
});
