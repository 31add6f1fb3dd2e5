import { strFromU8, unzipSync } from "fflate";
import { columnIndex, type Grid, type RawCell } from "../../../src/core";
import { readWorkbookGrids } from "../../../src/xlsx";
import { SEVERITY_FILL } from "../../../src/xlsx/feedback";
import { loadWorkbook } from "../../helpers/workbook";
import { cleanOffice, feedbackFor, officeWithMistakes } from "./feedback-fixtures";

const cells = (g: Grid): Map<string, RawCell> => {
  const m = new Map<string, RawCell>();
  g.rows.forEach((row, r) =>
    row.forEach((c, i) => c && m.set(`${String.fromCharCode(64 + g.left + i)}${g.top + r}`, c)),
  );
  return m;
};
const parts = (bytes: Uint8Array) =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));

describe("buildFeedbackWorkbook", () => {
  it("copies the office's table at the same addresses: every cell's value (and format) as in the original", async () => {
    const original = await officeWithMistakes();
    const { bytes, kind, table } = await feedbackFor(original);
    expect(kind).toBe("feedback");
    const read = await readWorkbookGrids(bytes);
    if (!read.ok) throw new Error(read.reason);
    expect(read.sheets.map((s) => s.name)).toEqual(["Rückmeldung", "Tabelle 1"]);
    const before = cells(table!);
    const after = cells(read.grids[1]!);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [address, cell] of before) {
      expect([address, after.get(address)?.value]).toEqual([address, cell.value]);
      if (cell.format) expect([address, after.get(address)?.format]).toEqual([address, cell.format]);
    }
    expect(before.get("I4")?.value).toBe("=SUMME(A1:A3) ist kein Befehl");
    expect(before.get("G5")).toEqual({ value: 0.4, format: "0%", formula: true });
  });

  it("highlights each problem cell by its worst severity with a note; every other cell is left plain", async () => {
    const { bytes, result } = await feedbackFor(await officeWithMistakes());
    const ws = (await loadWorkbook(bytes)).getWorksheet("Tabelle 1")!;
    const expected = new Map<string, string>();
    for (const i of result.issues) {
      if (i.row === null) continue;
      const at = i.cell ?? `A${i.row}`;
      const rank = { error: 0, warning: 1, info: 2 }[i.severity];
      const prev = expected.get(at);
      if (prev === undefined || rank < { error: 0, warning: 1, info: 2 }[prev as "error"]) expected.set(at, i.severity);
    }
    expect(expected.size).toBeGreaterThan(4);
    // A row-level finding (the totals line) marks the row's first cell.
    expect(result.issues.find((i) => i.code === "row/totals-skipped")).toMatchObject({ cell: null, row: 8 });
    expect(expected.get("A8")).toBe("info");
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const severity = expected.get(cell.address) as "error" | "warning" | "info" | undefined;
        const fill = cell.fill?.type === "pattern" ? (cell.fill.fgColor?.argb ?? null) : null;
        expect([cell.address, fill]).toEqual([cell.address, severity ? SEVERITY_FILL[severity] : null]);
        const note =
          typeof cell.note === "string" ? cell.note : (cell.note?.texts?.map((t) => t.text).join("") ?? null);
        if (!severity) expect([cell.address, note]).toEqual([cell.address, null]);
      }),
    );
    const enumIssue = result.issues.find((i) => i.code === "cell/enum")!;
    const note = ws.getCell(enumIssue.cell!).note;
    expect(typeof note === "string" ? note : note.texts?.map((t) => t.text).join("")).toContain(
      `Fehler: ${enumIssue.message}`,
    );
    expect(columnIndex(enumIssue.column!)).toBe(6);
  });

  it("lists the findings in plain German with a link to each cell of the copy", async () => {
    const { bytes, result } = await feedbackFor(await officeWithMistakes());
    const ws = (await loadWorkbook(bytes)).getWorksheet("Rückmeldung")!;
    const text = ws
      .getColumn(1)
      .values.filter((v) => typeof v === "string")
      .join("\n");
    expect(text).toContain("Rückmeldung zu Ihrer Meldung");
    expect(text).toContain("Datei: Sozialamt.xlsx");
    // Issue 16: a letter, with the contact's article and the deadline as a date to meet.
    expect(text).toContain("Sehr geehrte Damen und Herren,");
    expect(text).toContain("vielen Dank für die Meldung des Sozialamts zur Berichtsrunde „Zwischenbericht 2024“.");
    expect(text).toMatch(
      /Bitte korrigieren Sie (den Fehler|die Fehler) in Ihrer eigenen Datei – nicht in dieser Rückmeldung – und senden Sie sie bis zum 31\.07\.2024 erneut an das Büro der Integrations- und Ausländerbeauftragten\./,
    );
    expect(text).toContain("Bei Fragen wenden Sie sich bitte an das Büro der Integrations- und Ausländerbeauftragten.");
    expect(text).toMatch(/Mit freundlichen Grüßen\nBüro der Integrations- und Ausländerbeauftragten/);
    expect(text).toContain("Das Blatt „Tabelle 1“ zeigt Ihre Tabelle so, wie sie bei uns angekommen ist.");
    const header = ws.getColumn(1).values.indexOf("Nr.");
    expect(ws.getRow(header).values).toEqual([
      undefined,
      "Nr.",
      "Schwere",
      "Zelle",
      "Spalte",
      "Wert",
      "Was ist zu tun?",
      "Prüfregel (intern)",
    ]);
    const rows = result.issues.map((_, n) => ws.getRow(header + 1 + n));
    expect(rows.map((r) => r.getCell(6).value)).toEqual(result.issues.map((i) => i.message));
    const p = parts(bytes);
    const links = [...p["xl/worksheets/sheet1.xml"]!.matchAll(/<hyperlink [^>]*\/>/g)].map((m) => m[0]);
    expect(links.length).toBe(result.issues.filter((i) => i.row !== null).length);
    const enumIssue = result.issues.find((i) => i.code === "cell/enum")!;
    expect(links).toContain(
      `<hyperlink ref="C${header + 1 + result.issues.indexOf(enumIssue)}" location="&apos;Tabelle 1&apos;!${enumIssue.cell}"/>`,
    );
    expect(links.every((l) => !l.includes("r:id"))).toBe(true);
    expect(p["xl/worksheets/_rels/sheet1.xml.rels"] ?? "").not.toContain("hyperlink");
  });

  it("writes no formula, and text that starts like one stays text", async () => {
    const p = parts((await feedbackFor(await officeWithMistakes())).bytes);
    const sheets = Object.entries(p).filter(([k]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k));
    expect(sheets.length).toBe(2);
    for (const [, xml] of sheets) expect(xml).not.toMatch(/<f[ >]/);
    const copy = p["xl/worksheets/sheet2.xml"]!;
    for (const address of ["I4", "J4", "J5", "I7"]) expect(copy).toMatch(new RegExp(`<c r="${address}"[^>]* t="s"`));
    expect(p["xl/sharedStrings.xml"]).toContain("=SUMME(A1:A3) ist kein Befehl");
  });

  it("gives a clean file a short confirmation, without a copy", async () => {
    const { bytes, kind } = await feedbackFor(await cleanOffice(), "Kultur.xlsx");
    expect(kind).toBe("confirmation");
    const wb = await loadWorkbook(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Rückmeldung"]);
    const text = wb.worksheets[0]!.getColumn(1)
      .values.filter((v) => typeof v === "string")
      .join("\n");
    expect(text).toContain("Bestätigung: Ihre Meldung ist in Ordnung");
    expect(text).toContain(
      "Ihre Meldung ist vollständig und ohne Beanstandung. Sie müssen nichts weiter tun. Der Hinweis unten dient nur zur Information.",
    );
  });

  it("names the copy differently when the office's sheet is itself called „Rückmeldung“", async () => {
    const { bytes } = await feedbackFor(await officeWithMistakes("Rückmeldung"));
    expect((await loadWorkbook(bytes)).worksheets.map((w) => w.name)).toEqual(["Rückmeldung", "Ihre Tabelle"]);
    expect(parts(bytes)["xl/worksheets/sheet1.xml"]).toContain('location="&apos;Ihre Tabelle&apos;!');
  });

  it("tells an unreadable file why, without a copy", async () => {
    const { bytes, kind } = await feedbackFor(
      new TextEncoder().encode("Nr;Maßnahme\n1.1.1;Sprachkurse\n"),
      "Sozialamt.xlsx",
    );
    expect(kind).toBe("feedback");
    const wb = await loadWorkbook(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Rückmeldung"]);
    const text = wb.worksheets[0]!.getColumn(1)
      .values.filter((v) => typeof v === "string")
      .join("\n");
    expect(text).toContain(
      "Leider konnten wir Ihre Datei nicht lesen; den Grund und was zu tun ist, nennt die Liste unten.",
    );
  });
});
