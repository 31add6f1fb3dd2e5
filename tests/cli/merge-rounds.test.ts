// @needs: build
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { jugendamt, sozialamt } from "../helpers/offices";
import { cli, tempDir, runCli } from "../helpers/run-cli";
import { addRows, loadWorkbook, workbookBytes } from "../helpers/workbook";
import { SHORT_HEADER } from "../helpers/short-header";

const rowsOf = (ws: ExcelJS.Worksheet): unknown[][] => {
  const out: unknown[][] = [];
  ws.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
  return out;
};

const read = async (path: string) => loadWorkbook(new Uint8Array(readFileSync(path)));

describe("merge across reporting rounds and odd inboxes", () => {
  const dir = tempDir("rounds");
  const inbox = join(dir, "eingang");
  const first = join(dir, "runde1.xlsx");

  beforeAll(async () => {
    mkdirSync(inbox);
    writeFileSync(join(inbox, "Jugendamt.xlsx"), await jugendamt());
    writeFileSync(join(inbox, "Sozialamt.xlsx"), await sozialamt());
    expect((await cli(["merge", inbox, "--out", first, "--today", "2024-06-30"])).code).toBe(0);
  });

  it("with --previous lists status and progress changes since the earlier round", async () => {
    const inbox2 = join(dir, "eingang2");
    mkdirSync(inbox2);
    copyFileSync(join(inbox, "Sozialamt.xlsx"), join(inbox2, "Sozialamt.xlsx"));
    // The Jugendamt reports 3.1.2 as done now.
    writeFileSync(
      join(inbox2, "Jugendamt.xlsx"),
      await workbookBytes((wb) =>
        addRows(wb.addWorksheet("S"), [
          [...SHORT_HEADER, "Deckungsvorschlag"],
          ["3.1.1", "3", "Elternarbeit in Kitas mehrsprachig", "Jugendamt", "nein", "in Umsetzung", 50, null],
          ["3.1.2", "3", "Sprachmittlung in Beratungsstellen", "Jugendamt", "ja", "umgesetzt", 100, "Landesförderung"],
        ]),
      ),
    );
    const out = join(dir, "runde2.xlsx");
    expect((await cli(["merge", inbox2, "--out", out, "--previous", first, "--today", "2024-12-31"])).code).toBe(0);
    const changes = rowsOf((await read(out)).getWorksheet("Änderungen")!);
    // Each change names its measure; a Sachstand that changed (here: 3.1.1's was left out) is a change too (issue 16).
    expect(changes).toEqual([
      [
        "Maßnahmen-Nr.",
        "Maßnahme",
        "Änderung",
        "Umsetzungsstand vorher",
        "Umsetzungsstand jetzt",
        "Fortschritt vorher",
        "Fortschritt jetzt",
        "Sachstand vorher",
        "Sachstand jetzt",
      ],
      [
        "1.1.1",
        "Sprachkurse für Erwerbstätige",
        "unverändert",
        "umgesetzt",
        "umgesetzt",
        1,
        1,
        "Kurse laufen regulär",
        "Kurse laufen regulär",
      ],
      [
        "3.1.1",
        "Elternarbeit in Kitas mehrsprachig",
        "geändert",
        "in Umsetzung",
        "in Umsetzung",
        0.5,
        0.5,
        "Elterncafés in 4 Stadtteilen",
      ],
      ["3.1.2", "Sprachmittlung in Beratungsstellen", "geändert", "in Umsetzung", "umgesetzt", 0.3, 1],
    ]);
  });

  it("names our own earlier output and two files of one office instead of merging blindly", async () => {
    const odd = join(dir, "gemischt");
    mkdirSync(odd);
    copyFileSync(join(inbox, "Jugendamt.xlsx"), join(odd, "Jugendamt.xlsx"));
    copyFileSync(join(inbox, "Jugendamt.xlsx"), join(odd, "Jugendamt_korrigiert.xlsx"));
    copyFileSync(first, join(odd, "Umsetzungsstand_alt.xlsx"));
    const json = join(dir, "gemischt.json");
    await cli(["merge", odd, "--out", join(dir, "gemischt.xlsx"), "--report-json", json, "--today", "2024-06-30"]);
    const report = JSON.parse(readFileSync(json, "utf8")) as {
      inputs: { file: string; rows: number; issues: { code: string }[] }[];
    };
    const codes = Object.fromEntries(
      report.inputs.map((i) => [
        i.file.slice(odd.length + 1),
        [i.rows, i.issues.filter((x) => x.code.startsWith("file/")).map((x) => x.code)],
      ]),
    );
    expect(codes).toEqual({
      "Jugendamt.xlsx": [2, ["file/same-office"]],
      "Jugendamt_korrigiert.xlsx": [2, ["file/same-office"]],
      "Umsetzungsstand_alt.xlsx": [0, ["file/own-output"]],
    });
  });

  it("writes the same cells in any time zone", async () => {
    const outs = ["UTC", "America/New_York", "Pacific/Kiritimati"].map((tz) => {
      const out = join(dir, `tz-${tz.replace("/", "-")}.xlsx`);
      expect(runCli(["merge", inbox, "--out", out, "--today", "2024-06-30"], { TZ: tz }).code).toBe(0);
      return out;
    });
    const [a, ...rest] = await Promise.all(outs.map(read));
    for (const b of rest) a!.eachSheet((ws) => expect(rowsOf(b.getWorksheet(ws.name)!)).toEqual(rowsOf(ws)));
    expect(rowsOf(a!.getWorksheet("Maßnahmen")!)[1]).toContainEqual(new Date("2024-06-15T00:00:00Z"));
  }, 120_000); // three merges in child processes: a busy machine needs more than the default 30 s
});
