import { DEFAULT_PLAN, makeIssue, messageDe, validateGrid } from "../../src/core";
import { grid } from "../helpers/grid";

// Issue 16: messages an office reads say what to do, list values with commas, never with "|".
describe("messages say what to do", () => {
  const at = { sheet: "Tabelle1", row: 7, column: 8 };

  it.each([
    [
      "status",
      makeIssue("cell/enum", at, {
        field: "status",
        value: "fast fertig",
        params: { allowed: ["nicht begonnen", "in Planung", "umgesetzt"] },
      }),
      "„fast fertig“ ist kein zulässiger Umsetzungsstand. Bitte wählen Sie aus der Liste: „nicht begonnen“, „in Planung“, „umgesetzt“.",
    ],
    [
      "budget with a comma inside a value",
      makeIssue("cell/enum", at, {
        field: "budget",
        value: "vielleicht",
        params: { allowed: ["nein", "Ja, im Rahmen verfügbarer Haushaltsmittel.", "ja"] },
      }),
      "„vielleicht“ ist keine zulässige Angabe zur Haushaltsrelevanz. Bitte wählen Sie aus der Liste: „nein“, „Ja, im Rahmen verfügbarer Haushaltsmittel.“, „ja“.",
    ],
    [
      "coverage",
      makeIssue("cell/coverage-missing", at, { params: { reason: "budget" } }),
      "Für diese haushaltsrelevante Maßnahme fehlt ein Deckungsvorschlag. Bitte tragen Sie in der Spalte „Deckungsvorschlag“ ein, wie die Maßnahme finanziert werden soll.",
    ],
    [
      "overdue",
      makeIssue("cell/overdue", at, { params: { end: "31.12.2023", status: "in Umsetzung" } }),
      "Das geplante Ende (31.12.2023) ist überschritten, die Maßnahme ist aber noch „in Umsetzung“. Bitte nennen Sie im Sachstand den neuen voraussichtlichen Abschluss oder den Grund der Verzögerung.",
    ],
    [
      "csv",
      makeIssue("file/unreadable", { sheet: null, row: null, column: null }, { params: { reason: "format-csv" } }),
      "Die Datei kann nicht gelesen werden. Die Datei ist eine CSV-Datei und kann nicht gelesen werden. Bitte öffnen Sie sie in Excel und speichern Sie sie als „Excel-Arbeitsmappe (*.xlsx)“.",
    ],
  ])("%s", (_name, issue, text) => {
    expect(messageDe(issue)).toBe(text);
  });

  it("lists reach a message as arrays and are shown with commas, a value's own comma kept", () => {
    for (const code of ["cell/enum", "cell/unknown-office", "cell/ambiguous-synonym"] as const) {
      const text = messageDe(
        makeIssue(code, at, { value: "x", params: { read: "a", allowed: ["a", "b, c", "d"] } as never }),
      );
      expect([code, text.includes(" | "), /„?b, c“?/.test(text)]).toEqual([code, false, true]);
    }
  });

  it("a real table's unknown status reads as the issue asks", () => {
    const g = grid(
      [
        ["Maßnahmen-Nr.", "Handlungsfeld", "Maßnahme", "federführend", "Haushaltsrelevanz", "Umsetzungsstand"],
        ["1.1.1", "Arbeit und Wirtschaft", "Beratung", "Sozialamt", "nein", "fast fertig"],
      ],
      { sheet: "Tabelle1" },
    );
    const report = validateGrid(g, DEFAULT_PLAN, { today: "2024-07-01" });
    const enumIssue = report.issues.find((i) => i.code === "cell/enum" && i.field === "status");
    expect(enumIssue && messageDe(enumIssue)).toMatch(
      /^„fast fertig“ ist kein zulässiger Umsetzungsstand\. Bitte wählen Sie aus der Liste: „nicht begonnen“, „in Planung“, /,
    );
  });
});
