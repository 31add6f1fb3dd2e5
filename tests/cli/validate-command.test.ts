import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buergeramt, jugendamt } from "../helpers/offices";
import { cli, tempDir } from "../helpers/run-cli";
import { validateReportOf } from "../helpers/report-json";

describe("aktionsplan validate", () => {
  const dir = tempDir("validate");
  beforeAll(async () => {
    writeFileSync(join(dir, "Buergeramt.xlsx"), await buergeramt());
    writeFileSync(join(dir, "Jugendamt.xlsx"), await jugendamt());
    writeFileSync(join(dir, "leer.xlsx"), "");
  });

  it("prints a German report per file naming sheet and cell, and exits 1 when errors are found", async () => {
    const r = await cli(["validate", join(dir, "Buergeramt.xlsx"), "--today", "2024-06-30"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Buergeramt.xlsx: fehlerhaft – 2 Maßnahmen auf Blatt „Meldung“");
    expect(r.stdout).toContain(
      "Fehler (Blatt „Meldung“, Zelle G2): „fast fertig“ ist kein zulässiger Umsetzungsstand. Bitte wählen Sie aus der Liste: „nicht begonnen“, „in Planung“",
    );
    expect(r.stdout).toMatch(
      /Fehler \(Blatt „Meldung“, Zelle A3\): Excel hat die Maßnahmen-Nr\. als Zahl oder Datum gespeichert/,
    );
    expect(r.stdout).not.toContain("Hinweis (");
    expect(
      (await cli(["validate", join(dir, "Buergeramt.xlsx"), "--today", "2024-06-30", "--verbose"])).stdout,
    ).toContain("Hinweis");
  });

  it("exits 0 for a file with warnings only, and 2 when nothing is readable or the usage is wrong", async () => {
    expect((await cli(["validate", join(dir, "Jugendamt.xlsx"), "--today", "2024-06-30"])).code).toBe(0);
    expect((await cli(["validate", join(dir, "leer.xlsx")])).code).toBe(2);
    expect((await cli(["validate"])).code).toBe(2);
    // Issue 14: the German form is accepted, a day the calendar lacks is refused in German.
    const bad = await cli(["validate", dir, "--today", "2024-02-30"]);
    expect([bad.code, bad.stderr]).toEqual([
      2,
      expect.stringContaining("--today: Den 2024-02-30 gibt es im Kalender nicht"),
    ]);
    expect((await cli(["validate", dir, "--today", "31.06.2024"])).code).toBe(2);
    expect((await cli(["validate", dir, "--today", "heute"])).stderr).toContain(
      "--today erwartet ein Datum in der Form TT.MM.JJJJ",
    );
  });

  it("--json prints exactly the merge report's per-file shape", async () => {
    const r = await cli(["validate", dir, "--json", "--today", "2024-06-30"]);
    const json = JSON.parse(r.stdout) as { version: number; inputs: Record<string, unknown>[] };
    // Read back through the report's own schema: what validate prints is what feedback reads.
    expect(validateReportOf(r.stdout).inputs).toHaveLength(3);
    expect(json.version).toBe(1);
    expect(json.inputs.map((i) => [String(i.file).slice(dir.length + 1), i.status])).toEqual([
      ["Buergeramt.xlsx", "invalid"],
      ["Jugendamt.xlsx", "ok"],
      ["leer.xlsx", "unreadable"],
    ]);
    expect(Object.keys(json.inputs[0]!).sort()).toEqual([
      "file",
      "issues",
      "office",
      "offices",
      "rows",
      "sha256",
      "sheet",
      "status",
    ]);
    expect(Object.keys((json.inputs[0]!.issues as Record<string, unknown>[])[0]!).sort()).toEqual([
      "cell",
      "code",
      "column",
      "field",
      "message",
      "row",
      "severity",
      "sheet",
      "value",
    ]);
    expect(r.stderr).toBe("");
  });
});
