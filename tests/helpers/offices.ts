import type ExcelJS from "exceljs";
import { addRows, workbookBytes } from "./workbook";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Jugendamt: title block, header in row 4, real dates, percent cells, one formula with cached value. */
export const jugendamt = () =>
  workbookBytes((wb) => {
    const ws = wb.addWorksheet("Maßnahmen JA");
    ws.mergeCells("A1:F1");
    ws.getCell("A1").value = "Aktionsplan Integration – Sachstand Jugendamt";
    ws.getCell("A2").value = "Stand: 30.06.2024";
    addRows(ws, [
      [],
      [
        "Maßnahmen-Nr.",
        "Handlungsfeld",
        "Maßnahme",
        "federführend",
        "Haushaltsrelevanz",
        "Beginn",
        "Ende",
        "Umsetzungsstand",
        "Fortschritt",
        "Sachstand",
        "Interne Notiz",
      ],
      [
        "3.1.1",
        "Bildung",
        "Elternarbeit in Kitas mehrsprachig",
        "Jugendamt",
        "nein",
        d("2022-01-01"),
        d("2025-12-31"),
        "in Umsetzung",
        { formula: "0.25*2", result: 0.5 },
        "Elterncafés in 4 Stadtteilen",
        "intern",
      ],
      [
        "3.1.2",
        "Bildung",
        "Sprachmittlung in Beratungsstellen",
        "Jugendamt",
        "ja",
        d("2022-01-01"),
        d("2023-12-31"),
        "in Umsetzung",
        0.3,
        null,
        null,
      ],
    ]);
    for (const c of ["F5", "G5", "F6", "G6"]) ws.getCell(c).numFmt = "dd.mm.yyyy";
    for (const c of ["I5", "I6"]) ws.getCell(c).numFmt = "0%";
  });

/** Sozialamt: another spelling and order, a 1904 workbook, an abbreviation and a status synonym. */
export const sozialamt = () =>
  workbookBytes((wb: ExcelJS.Workbook) => {
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("Tabelle1");
    addRows(ws, [
      [
        "Nr.",
        "Maßnahme",
        "HF",
        "Federführung",
        "Status",
        "Fortschritt in %",
        "Zeitraum",
        "Haushaltsrelevanz",
        "Bemerkungen",
        "Stand",
      ],
      [
        "1.1.1",
        "Sprachkurse für Erwerbstätige",
        "1",
        "SozA",
        "abgeschlossen",
        1,
        "2022–2023",
        "Ja, im Rahmen verfügbarer Haushaltsmittel.",
        "Kurse laufen regulär",
        d("2024-06-15"),
      ],
      [
        "3.1.1",
        "Elternarbeit in Kitas mehrsprachig",
        "3",
        "Jugendamt",
        "in Planung",
        0.2,
        "2022-2025",
        "nein",
        "Sozialamt unterstützt",
        d("2024-06-20"),
      ],
    ]);
    ws.getCell("F2").numFmt = "0%";
    ws.getCell("F3").numFmt = "0%";
    ws.getCell("J2").numFmt = "dd.mm.yyyy";
    ws.getCell("J3").numFmt = "dd.mm.yyyy";
  });

/** Bürgeramt: an unknown status and an ID German Excel turned into a date. */
export const buergeramt = () =>
  workbookBytes((wb) => {
    const ws = wb.addWorksheet("Meldung");
    addRows(ws, [
      [
        "Maßnahmen-Nr.",
        "Handlungsfeld",
        "Maßnahme",
        "federführend",
        "Haushaltsrelevanz",
        "Umsetzungszeitraum",
        "Umsetzungsstand",
        "Fortschritt",
      ],
      [
        "7.1.1",
        "Interkulturelle Öffnung",
        "Mehrsprachige Formulare",
        "Bürgeramt",
        "nein",
        "ab 2023",
        "fast fertig",
        0.9,
      ],
      [
        d("2001-02-07"),
        "Interkulturelle Öffnung",
        "Terminvergabe in einfacher Sprache",
        "Bürgeramt",
        "nein",
        "fortlaufend",
        "Daueraufgabe",
        null,
      ],
    ]);
    ws.getCell("A3").numFmt = "dd.mm.yyyy";
    ws.getCell("H2").numFmt = "0%";
  });

/** The master plan: four measures, one (2.1.1) nobody reports. */
export const masterplan = () =>
  workbookBytes((wb) => {
    addRows(wb.addWorksheet("Masterplan"), [
      ["Maßnahmen-Nr.", "Handlungsfeld", "Ziel", "Maßnahme", "federführend", "Umsetzungszeitraum", "Haushaltsrelevanz"],
      [
        "1.1.1",
        "Arbeit und Wirtschaft",
        "Arbeitsmarktzugang",
        "Sprachkurse für Erwerbstätige",
        "Sozialamt",
        "2022–2023",
        "Ja, im Rahmen verfügbarer Haushaltsmittel.",
      ],
      ["2.1.1", "Wohnen und Sozialraum", "Wohnraum", "Wohnraumvermittlung", "Sozialamt", "2022–2026", "ja"],
      [
        "3.1.1",
        "Kindertagesbetreuung, Schule und Bildung",
        "Elternarbeit",
        "Elternarbeit in Kitas mehrsprachig",
        "Jugendamt",
        "2022–2025",
        "nein",
      ],
      [
        "3.1.2",
        "Kindertagesbetreuung, Schule und Bildung",
        "Sprachmittlung",
        "Sprachmittlung in Beratungsstellen",
        "Jugendamt",
        "2022–2023",
        "ja",
      ],
    ]);
  });
