import { DEFAULT_PLAN, letterContact, toReportFile, type Grid } from "../../../src/core";
import { checkWorkbookBytes, readWorkbookGrids } from "../../../src/xlsx";
import { buildFeedbackWorkbook, type FeedbackFile } from "../../../src/xlsx/feedback";
import { addRows, workbookBytes } from "../../helpers/workbook";
import { SHORT_HEADER } from "../../helpers/short-header";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * An office table with a bit of everything: a title block, a formula (cached value), text that
 * looks like a formula, an Excel error, dates, percentages, an extra column and a few mistakes.
 */
export const officeWithMistakes = (sheet = "Tabelle 1") =>
  workbookBytes((wb) => {
    const ws = wb.addWorksheet(sheet);
    addRows(ws, [
      ["Sachstand Sozialamt", null, null, null, "Stand: Juni 2024"],
      [],
      [...SHORT_HEADER, "Ende", "Sachstand", "Interne Notiz"],
      [
        "1.1.1",
        "Arbeit und Wirtschaft",
        "Sprachkurse",
        "Sozialamt",
        "nein",
        "umgesetzt",
        1,
        d("2023-12-31"),
        "=SUMME(A1:A3) ist kein Befehl",
        "+49 351 1234",
      ],
      [
        "1.1.2",
        "Arbeit und Wirtschaft",
        "Jobmesse",
        "Sozialamt",
        "ja",
        "fast fertig",
        { formula: "0.2*2", result: 0.4 },
        d("2025-12-31"),
        null,
        "@intern",
      ],
      [
        "1.1.3",
        "Arbeit und Wirtschaft",
        "Mentoring",
        "Sozialamt",
        "nein",
        "in Umsetzung",
        0.5,
        { error: "#REF!" },
        "läuft",
        null,
      ],
      [
        "1.1.3",
        "Arbeit und Wirtschaft",
        "Mentoring doppelt",
        "SozA",
        "nein",
        "in Planung",
        0.2,
        d("2026-06-30"),
        "-",
        null,
      ],
      ["Summe", null, null, null, null, null, 2.1],
    ]);
    for (const c of ["G4", "G5", "G6", "G7"]) ws.getCell(c).numFmt = "0%";
    for (const c of ["H4", "H5", "H7"]) ws.getCell(c).numFmt = "dd.mm.yyyy";
  });

export const cleanOffice = () =>
  workbookBytes((wb) =>
    addRows(wb.addWorksheet("Meldung"), [
      [
        "Maßnahmen-Nr.",
        "Handlungsfeld",
        "Maßnahme",
        "federführend",
        "Haushaltsrelevanz",
        "Umsetzungsstand",
        "Interne Notiz",
      ],
      [
        "5.1.1",
        "Sport und Kultur",
        "Interkulturelle Tage",
        "Amt für Kultur und Denkmalschutz",
        "nein",
        "Daueraufgabe",
        "unknown column: a hint only",
      ],
    ]),
  );

/** What the merge would report for these bytes, and the measure table sheet as read. */
export const checked = async (
  bytes: Uint8Array,
  name = "Sozialamt.xlsx",
): Promise<{ result: FeedbackFile; table: Grid | null }> => {
  const c = await checkWorkbookBytes(name, "abc", bytes, DEFAULT_PLAN, "2024-06-30");
  const read = await readWorkbookGrids(bytes);
  return {
    result: toReportFile(c.result),
    table: read.ok ? (read.grids.find((g) => g.sheet === c.result.sheet) ?? null) : null,
  };
};

export const feedbackFor = async (bytes: Uint8Array, name = "Sozialamt.xlsx") => {
  const { result, table } = await checked(bytes, name);
  return {
    result,
    table,
    ...(await buildFeedbackWorkbook({
      name,
      result,
      table,
      plan: DEFAULT_PLAN,
      roundName: "Zwischenbericht 2024",
      deadline: "2024-07-31",
      contact: letterContact(DEFAULT_PLAN, "Büro der Integrations- und Ausländerbeauftragten"),
      checkedOn: "2024-06-30",
    })),
  };
};
