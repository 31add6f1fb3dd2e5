import { z } from "zod";
import { assertNever } from "./assert-never";

/** Why a file could not be read at all; rendered per locale like every other message. */
export const UnreadableReason = z.enum([
  "empty",
  "ole2",
  "text",
  "not-a-workbook",
  "too-many-entries",
  "too-large",
  "ratio",
  "corrupt",
  "encrypted",
  "no-worksheets",
  "parse-failed",
  "timeout",
  "out-of-memory",
  "file-too-big",
  "format-xls",
  "format-xlsb",
  "format-ods",
  "format-csv",
  "format-numbers",
  "io",
  "not-found",
  "permission",
  "is-directory",
  "special-file",
  "name-invalid",
  "symlink-loop",
]);
export type UnreadableReason = z.infer<typeof UnreadableReason>;

const SAVE_AS = "Bitte in Excel öffnen und als „Excel-Arbeitsmappe (*.xlsx)“ speichern.";

export const unreadableReasonDe = (reason: UnreadableReason): string => {
  switch (reason) {
    case "empty":
      return "Die Datei ist leer (0 Byte).";
    case "ole2":
      return `Die Datei ist eine alte Excel-Datei (.xls) oder mit einem Kennwort verschlüsselt. ${SAVE_AS} Ein Kennwortschutz muss vorher entfernt werden.`;
    case "text":
      return `Die Datei enthält nur Text (vermutlich CSV oder eine beschädigte Tabelle), keine lesbare Arbeitsmappe. ${SAVE_AS}`;
    case "not-a-workbook":
      return "Die Datei ist ein ZIP-Paket, aber keine Excel-Arbeitsmappe (z. B. ein umbenanntes Word-Dokument).";
    case "too-many-entries":
      return "Die Datei enthält ungewöhnlich viele Bestandteile und wird zum Schutz des Rechners nicht gelesen.";
    case "too-large":
      return "Die Datei würde entpackt zu groß und wird zum Schutz des Rechners nicht gelesen.";
    case "ratio":
      return "Die Datei ist ungewöhnlich stark komprimiert (möglicherweise eine „ZIP-Bombe“) und wird nicht gelesen.";
    case "corrupt":
      return "Die Datei ist beschädigt oder unvollständig (z. B. abgebrochene Übertragung). Bitte erneut senden lassen.";
    case "encrypted":
      return "Teile der Datei sind mit einem ZIP-Kennwort verschlüsselt. Bitte die Datei ohne Kennwort erneut speichern und senden.";
    case "no-worksheets":
      return "Die Arbeitsmappe enthält keine lesbaren Tabellenblätter.";
    case "parse-failed":
      return "Der Inhalt der Arbeitsmappe ist fehlerhaft aufgebaut und konnte nicht gelesen werden.";
    case "timeout":
      return "Das Lesen der Datei dauerte zu lange und wurde abgebrochen.";
    case "out-of-memory":
      return "Das Lesen der Datei brauchte zu viel Arbeitsspeicher und wurde abgebrochen.";
    case "file-too-big":
      return "Die Datei ist größer als zulässig.";
    case "format-xls":
      return `Alte Excel-Datei (.xls). ${SAVE_AS}`;
    case "format-xlsb":
      return `Binäre Excel-Arbeitsmappe (.xlsb). ${SAVE_AS}`;
    case "format-ods":
      return "OpenDocument-Tabelle (.ods). Bitte in LibreOffice über „Speichern unter“ als „Excel 2007-365 (.xlsx)“ speichern.";
    case "format-csv":
      return `CSV-Datei. ${SAVE_AS}`;
    case "format-numbers":
      return "Apple-Numbers-Datei. Bitte in Numbers über „Exportieren“ als Excel-Datei (.xlsx) speichern.";
    case "io":
      return "Die Datei konnte nicht gelesen werden (gesperrt oder ein Lesefehler des Datenträgers).";
    case "not-found":
      return "Die Datei wurde nicht gefunden (inzwischen gelöscht, verschoben oder eine Verknüpfung ins Leere).";
    case "permission":
      return "Keine Berechtigung, die Datei zu lesen. Bitte die Dateirechte prüfen.";
    case "is-directory":
      return "Das ist ein Ordner, keine Datei.";
    case "special-file":
      return "Das ist keine gewöhnliche Datei (sondern z. B. eine Pipe, ein Gerät oder ein Socket) und wird nicht gelesen.";
    case "name-invalid":
      return "Der Dateiname ist ungültig (zu lang oder mit unzulässigen Zeichen).";
    case "symlink-loop":
      return "Die Verknüpfung zeigt im Kreis (auf sich selbst oder einen übergeordneten Ordner) und wird nicht verfolgt.";
    default:
      return assertNever(reason);
  }
};
