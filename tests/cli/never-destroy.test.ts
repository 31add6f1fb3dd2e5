// @needs: build
import { spawnSync } from "node:child_process";
import { copyFileSync, linkSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { jugendamt, masterplan, sozialamt } from "../helpers/offices";
import { fileHash, runCli, tempDir } from "../helpers/run-cli";
import { mergeReportAt } from "../helpers/report-json";
import type { MergeReport } from "../../src/core";

const BIN = join(__dirname, "..", "..", "bin", "aktionsplan.js");

/** Issue 19, item 1: one rule for every output path, checked against every input. */
describe("outputs never replace an input, whatever the path says", () => {
  const dir = tempDir("clash");
  const inbox = join(dir, "eingang");
  const master = join(dir, "Masterplan.xlsx");

  beforeAll(async () => {
    mkdirSync(inbox);
    writeFileSync(join(inbox, "Jugendamt.xlsx"), await jugendamt());
    writeFileSync(master, await masterplan());
  });

  it.each([
    ["--out is the master", (m: string) => ["--out", m, "--master", m]],
    ["--report-json is the master", (m: string) => ["--out", join(dir, "o1.xlsx"), "--report-json", m, "--master", m]],
    ["--out is the previous workbook", (m: string) => ["--out", m, "--previous", m]],
  ])("%s: exit 2 naming both, the file unchanged", (_name, args) => {
    const before = fileHash(master);
    const r = runCli(["merge", inbox, ...args(master), "--today", "2024-06-30"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(`ist dieselbe Datei wie --(master|previous|plan) ${master.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
    );
    expect(fileHash(master)).toBe(before);
  });

  it("--report-json is the --plan file: exit 2, the plan unchanged", () => {
    const plan = join(dir, "plan.json");
    copyFileSync(join(__dirname, "..", "..", "src", "core", "plans", "integration-2022-2026.json"), plan);
    const before = fileHash(plan);
    const r = runCli([
      "merge",
      inbox,
      "--out",
      join(dir, "o2.xlsx"),
      "--report-json",
      plan,
      "--plan",
      plan,
      "--today",
      "2024-06-30",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--report-json ${plan} ist dieselbe Datei wie --plan ${plan}`);
    expect(fileHash(plan)).toBe(before);
  });

  it("sees through a symbolic link and a hard link to the master", () => {
    const before = fileHash(master);
    const viaLink = join(dir, "verweis.xlsx");
    symlinkSync(master, viaLink);
    const hard = join(dir, "hart.xlsx");
    linkSync(master, hard);
    for (const out of [viaLink, hard]) {
      const r = runCli(["merge", inbox, "--out", out, "--master", master, "--today", "2024-06-30"]);
      expect([out, r.code]).toEqual([out, 2]);
      expect(r.stderr).toContain(`--out ${out} ist dieselbe Datei wie --master ${master}`);
    }
    expect(fileHash(master)).toBe(before);
  });

  it("refuses --out and --report-json naming one file", () => {
    const r = runCli([
      "merge",
      inbox,
      "--out",
      join(dir, "x.xlsx"),
      "--report-json",
      join(dir, "X.XLSX"),
      "--today",
      "2024-06-30",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nennen dieselbe Datei");
  });

  it("template never replaces a file in --out-dir: an office's returned file stays, the template gets a new name", async () => {
    const out = join(dir, "vorlagen");
    mkdirSync(out);
    const returned = join(out, "Sozialamt.xlsx");
    writeFileSync(returned, await sozialamt());
    const before = fileHash(returned);
    const r = runCli(["template", "--master", master, "--out-dir", out, "--today", "2024-05-01"]);
    expect(r.code).toBe(0);
    expect(fileHash(returned)).toBe(before);
    expect(readdirSync(out).sort()).toEqual(["Jugendamt.xlsx", "Sozialamt (2).xlsx", "Sozialamt.xlsx"]);
    expect(r.stderr).toContain(
      `${returned} gibt es schon und bleibt unverändert; die neue Vorlage heißt ${join(out, "Sozialamt (2).xlsx")}.`,
    );
  });

  it("template refuses a --plan inside --out-dir under a template's name", () => {
    const out = join(dir, "planordner");
    mkdirSync(out);
    const plan = join(out, "Jugendamt.xlsx");
    writeFileSync(
      plan,
      readFileSync(join(__dirname, "..", "..", "src", "core", "plans", "integration-2022-2026.json")),
    );
    const r = runCli(["template", "--master", master, "--out-dir", out, "--plan", plan, "--today", "2024-05-01"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`ist dieselbe Datei wie --plan ${plan}`);
  });

  it("feedback refuses an --out-dir that reaches the inbox through a link, and never replaces a file there", () => {
    const json = join(dir, "bericht.json");
    expect(
      runCli(["merge", inbox, "--out", join(dir, "u.xlsx"), "--report-json", json, "--today", "2024-06-30"]).code,
    ).toBe(0);
    const link = join(dir, "rueckmeldungen-link");
    symlinkSync(inbox, link);
    const r = runCli(["feedback", json, inbox, "--out-dir", link, "--today", "2024-07-01"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("ist ein Eingangsordner");
    expect(readdirSync(inbox)).toEqual(["Jugendamt.xlsx"]);
    const out = join(dir, "rueckmeldungen");
    mkdirSync(out);
    const mine = join(out, "Jugendamt (Rückmeldung).xlsx");
    writeFileSync(mine, "vom Koordinator bearbeitet");
    const r2 = runCli(["feedback", json, inbox, "--out-dir", out, "--today", "2024-07-01"]);
    expect(r2.code).toBe(0);
    expect(readFileSync(mine, "utf8")).toBe("vom Koordinator bearbeitet");
    // Beside the letters, the log of what was written (for the next merge's Rücklauf): a new file too.
    expect(readdirSync(out).sort()).toEqual([
      "Jugendamt (Rückmeldung) (2).xlsx",
      "Jugendamt (Rückmeldung).xlsx",
      "Rückmeldungen.json",
    ]);
  });

  it("report refuses --out that is a link to the consolidated workbook", () => {
    const u = join(dir, "u.xlsx");
    const before = fileHash(u);
    const link = join(dir, "bericht.html");
    symlinkSync(u, link);
    const r = runCli(["report", u, "--out", link]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--out ${link} ist dieselbe Datei wie die Eingabe ${u}`);
    expect(fileHash(u)).toBe(before);
  });
});

/** Issue 19, items 3 to 5: every read bounded, every inbox file accounted for, exact messages. */
describe("every inbox entry is read, or named with the reason", () => {
  const dir = tempDir("inbox");
  const inbox = join(dir, "eingang");
  const elsewhere = join(dir, "woanders");
  let result: ReturnType<typeof runCli>;
  let report: MergeReport;

  beforeAll(async () => {
    mkdirSync(join(inbox, "~$Ordner"), { recursive: true });
    mkdirSync(join(elsewhere, "Kultur"), { recursive: true });
    writeFileSync(join(elsewhere, "Jugendamt.xlsx"), await jugendamt());
    writeFileSync(join(elsewhere, "Kultur", "Sozialamt.xlsx"), await sozialamt());
    symlinkSync(join(elsewhere, "Jugendamt.xlsx"), join(inbox, "Jugendamt-Verweis.xlsx"));
    symlinkSync(join(elsewhere, "Kultur"), join(inbox, "Kultur-Ordner"));
    symlinkSync(inbox, join(inbox, "Kultur-Ordner-zurueck"));
    symlinkSync(join(dir, "gibtsnicht.xlsx"), join(inbox, "Verweis-ins-Leere.xlsx"));
    writeFileSync(join(inbox, "~$Ordner", "Vorlage.xltx"), await sozialamt());
    writeFileSync(join(inbox, "Tabelle.tsv"), "a\tb\n");
    writeFileSync(join(inbox, "Tabelle.xlt"), "alt");
    writeFileSync(join(inbox, "ohne-endung"), await jugendamt());
    writeFileSync(join(inbox, "Anschreiben.pdf"), "%PDF-1.4");
    // A Latin-1 file name, as an old Windows file server writes it: "Bürgeramt.xlsx" with ü as 0xFC.
    writeFileSync(
      Buffer.concat([Buffer.from(`${inbox}/B`), Buffer.from([0xfc]), Buffer.from("rgeramt.xlsx")]),
      await jugendamt(),
    );
    spawnSync("mkfifo", [join(inbox, "Pipe.xlsx")]);
    result = runCli([
      "merge",
      inbox,
      "--recursive",
      "--out",
      join(dir, "u.xlsx"),
      "--report-json",
      join(dir, "r.json"),
      "--today",
      "2024-06-30",
    ]);
    report = mergeReportAt(join(dir, "r.json"));
  });

  it("follows links to files and folders, detects a loop, reads templates, Latin-1 names and extension-less workbooks", () => {
    expect(
      report.inputs.map((i) => [
        i.file.slice(inbox.length + 1),
        i.status,
        i.issues[0]?.code === "file/unreadable" ? i.issues[0].message : i.rows,
      ]),
    ).toEqual([
      ["B\u00fcrgeramt.xlsx", "ok", 2],
      ["Jugendamt-Verweis.xlsx", "ok", 2],
      ["Kultur-Ordner-zurueck", "unreadable", expect.stringContaining("Die Verknüpfung zeigt im Kreis")],
      ["Kultur-Ordner/Sozialamt.xlsx", "ok", 2],
      ["Pipe.xlsx", "unreadable", expect.stringContaining("keine gewöhnliche Datei")],
      ["Tabelle.tsv", "unreadable", expect.stringContaining("CSV-Datei")],
      ["Tabelle.xlt", "unreadable", expect.stringContaining("Alte Excel-Datei")],
      ["Verweis-ins-Leere.xlsx", "unreadable", expect.stringContaining("nicht gefunden")],
      ["ohne-endung", "ok", 2],
      ["~$Ordner/Vorlage.xltx", "ok", 2],
    ]);
  });

  it("names what it does not read, and finishes although a fifo is there", () => {
    expect(result.stderr).toContain(`nicht gelesen: ${join(inbox, "Anschreiben.pdf")} (keine Tabellendatei)`);
    expect(result.code).toBe(1);
  });

  it("refuses a device or fifo as --master quickly, naming it", () => {
    const r = runCli(["merge", inbox, "--out", join(dir, "v.xlsx"), "--master", "/dev/zero", "--today", "2024-06-30"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Masterplan /dev/zero kann nicht gelesen werden: Das ist keine gewöhnliche Datei");
    const r2 = runCli(["report", join(inbox, "Pipe.xlsx"), "--out", join(dir, "b.html")]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain("keine gewöhnliche Datei");
    const r3 = runCli(["validate", "/dev/zero"]);
    expect(r3.code).toBe(2);
    expect(r3.stdout).toContain("keine gewöhnliche Datei");
  });

  it("words a vanished --previous as not found, not as a permission problem", () => {
    const r = runCli([
      "merge",
      inbox,
      "--out",
      join(dir, "w.xlsx"),
      "--previous",
      join(dir, "weg.xlsx"),
      "--today",
      "2024-06-30",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("wurde nicht gefunden");
    expect(r.stderr).not.toContain("Berechtigung");
  });

  it("validate | a reader that closes early: exit 0, no stack trace", () => {
    const files = readdirSync(elsewhere).map((f) => join(elsewhere, f));
    const r = spawnSync(
      "bash",
      [
        "-c",
        `node ${JSON.stringify(BIN)} validate --verbose ${files.map((f) => JSON.stringify(f)).join(" ")} | true; echo "exit=\${PIPESTATUS[0]}"`,
      ],
      { encoding: "utf8" },
    );
    expect(r.stdout.trim()).toBe("exit=0");
    expect(r.stderr).not.toContain("EPIPE");
  });
});

/** Issue 19, item 8: a hand-edited report JSON is checked before anything is written. */
describe("feedback refuses positions outside Excel's limits", () => {
  it.each([
    ["a row past 1,048,576", { row: 99_999_999, cell: "C99999999", column: "C" }, "Zeile hinter 1.048.576"],
    ["a column past XFD", { row: 5, cell: "XFE5", column: "XFE" }, "Spalte hinter XFD"],
    [
      "a cell that is not its column and row",
      { row: 5, cell: "D6", column: "C" },
      "cell passt nicht zu column und row",
    ],
  ])("%s: exit 2, nothing written", async (_name, position, message) => {
    const dir = tempDir("edited");
    const inbox = join(dir, "eingang");
    mkdirSync(inbox);
    writeFileSync(join(inbox, "Jugendamt.xlsx"), await jugendamt());
    const json = join(dir, "bericht.json");
    runCli(["merge", inbox, "--out", join(dir, "u.xlsx"), "--report-json", json, "--today", "2024-06-30"]);
    const report = JSON.parse(readFileSync(json, "utf8")) as { inputs: { issues: Record<string, unknown>[] }[] };
    Object.assign(report.inputs[0]!.issues.find((i) => i.cell !== null)!, position);
    writeFileSync(json, JSON.stringify(report));
    const out = join(dir, "rueckmeldungen");
    const r = runCli(["feedback", json, inbox, "--out-dir", out, "--today", "2024-07-01"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(() => readdirSync(out)).toThrow();
  });
});
