// @needs: libreoffice-calc-nogui, python3-xlsxwriter
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { jugendamt } from "../helpers/offices";
import { cli, tempDir } from "../helpers/run-cli";
import { soffice } from "../helpers/soffice";
import { mergeReportAt } from "../helpers/report-json";

jest.setTimeout(180_000);

/** XlsxWriter (Debian's python3-xlsxwriter): inline strings off, its own styles and part layout. */
const xlsxwriter = (path: string): void => {
  const script = `
import xlsxwriter, sys
wb = xlsxwriter.Workbook(sys.argv[1])
ws = wb.add_worksheet("Sachstand Kultur")
pct = wb.add_format({"num_format": "0%"})
date = wb.add_format({"num_format": "dd.mm.yyyy"})
ws.write_row(0, 0, ["Maßnahmen-Nr.", "Handlungsfeld", "Maßnahme", "federführend", "Haushaltsrelevanz", "Umsetzungsstand", "Fortschritt", "Ende"])
ws.write_row(1, 0, ["5.2.1", "Sport und Kultur", "Interkulturelle Tage", "Amt für Kultur und Denkmalschutz", "nein", "Daueraufgabe"])
ws.write_number(1, 6, 0.5, pct)
ws.write_formula(2, 6, "=G2*2", pct, 1)
ws.write_row(2, 0, ["5.2.2", "Sport und Kultur", "Musikunterricht", "Eigenbetrieb Heinrich-Schütz-Konservatorium", "ja", "in Planung"])
import datetime
ws.write_datetime(1, 7, datetime.datetime(2026, 12, 31), date)
ws.write_datetime(2, 7, datetime.datetime(2025, 7, 31), date)
wb.close()
`;
  const r = spawnSync("/usr/bin/python3", ["-c", script, path], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
};

describe("workbooks from other writers", () => {
  it("reads files saved by LibreOffice Calc (as .xlsx and as .ods) and by XlsxWriter", async () => {
    const src = tempDir("lo-src");
    const inbox = tempDir("lo-inbox");
    writeFileSync(join(src, "Jugendamt.xlsx"), await jugendamt());
    const loDir = join(src, "lo");
    mkdirSync(loDir);
    const resaved = soffice(join(src, "Jugendamt.xlsx"), "xlsx", loDir);
    writeFileSync(join(inbox, "Jugendamt_LibreOffice.xlsx"), readFileSync(resaved));
    const odsDir = join(src, "ods");
    mkdirSync(odsDir);
    writeFileSync(join(inbox, "Jugendamt.ods"), readFileSync(soffice(join(src, "Jugendamt.xlsx"), "ods", odsDir)));
    xlsxwriter(join(inbox, "Kultur_XlsxWriter.xlsx"));
    const json = join(tempDir("lo-json"), "r.json");
    await cli([
      "merge",
      inbox,
      "--out",
      join(tempDir("lo-out"), "k.xlsx"),
      "--report-json",
      json,
      "--today",
      "2024-06-30",
    ]);
    const report = mergeReportAt(json);
    const outcome = Object.fromEntries(
      report.inputs.map((i) => [
        i.file.slice(inbox.length + 1),
        [
          i.status,
          i.rows,
          i.issues
            .filter(
              (x) => x.code !== "header/unknown" && x.code !== "cell/formula-like" && x.code !== "cell/normalised",
            )
            .map((x) => x.code),
        ],
      ]),
    );
    expect(outcome).toEqual({
      // Read since issue 17 (was: unreadable with advice to convert): the same findings as the .xlsx,
      // and now both files report for the same office, which the merge points out.
      "Jugendamt.ods": ["ok", 2, ["file/same-office", "cell/coverage-missing", "cell/overdue"]],
      "Jugendamt_LibreOffice.xlsx": ["ok", 2, ["file/same-office", "cell/coverage-missing", "cell/overdue"]],
      // G3 is a formula whose cached value (100 %) contradicts "in Planung": proof the value was read.
      "Kultur_XlsxWriter.xlsx": ["ok", 2, ["cell/coverage-missing", "cell/status-progress"]],
    });
  });
});
