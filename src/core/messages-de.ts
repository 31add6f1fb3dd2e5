import { assertNever } from "./assert-never";
import type { ColumnKey } from "./column-keys";
import type { Issue, IssueCode } from "./issue";
import { UnreadableReason, unreadableReasonDe } from "./unreadable-reason";

const q = (s: string | null | undefined): string => `„${s ?? ""}“`;

/** Allowed values travel as "a | b" (values may hold commas); a reader sees them quoted, with commas. */
const choices = (allowed: string): string =>
  allowed
    .split(" | ")
    .filter((a) => a !== "")
    .map(q)
    .join(", ");

/** What a drop-down column's value is called in a sentence ("kein zulässiger Umsetzungsstand"). */
const CHOICE_NOUN: Readonly<Partial<Record<ColumnKey, string>>> = {
  status: "kein zulässiger Umsetzungsstand",
  field: "kein Handlungsfeld dieses Plans",
  budget: "keine zulässige Angabe zur Haushaltsrelevanz",
  coverageState: "kein zulässiger Stand des Deckungsvorschlags",
  linkedPlan: "kein bekannter Plan",
};

/** Why a decision needs another look (decision/check, param "reason"). */
const DECISION_CHECK_DE: Readonly<Record<string, string>> = {
  "conflict-gone": "der Konflikt besteht nicht mehr, die Maßnahme meldet nur noch eine Datei",
  "source-gone": "die gewählte Datei liegt in dieser Runde nicht vor",
  "value-changed":
    "das Amt hat den Wert seit der Entscheidung geändert; die Meldung des Amtes gilt, bis neu entschieden ist",
  "left-plan": "die Maßnahme steht nicht mehr im Masterplan",
  "finding-gone": "der akzeptierte Befund tritt nicht mehr auf",
  "no-proposal": "das Amt schlägt kein anderes Ende mehr vor; bitte das neue Ende in „Wert“ eintragen",
};

/** What is wrong with a decision row (decision/invalid, param "problem"). */
const DECISION_INVALID_DE: Readonly<Record<string, string>> = {
  "unknown-id": "die Maßnahmen-Nr. gibt es weder im Masterplan noch im Verlauf",
  "unknown-column": "diese Spalte kennt der Plan nicht",
  "unknown-kind":
    "die Art muss „Quelle wählen“, „Wert setzen“, „Befund akzeptieren“, „Terminverschiebung annehmen“ oder „Kommentar“ sein",
  "no-reason": "die Begründung fehlt",
  "no-column": "für „Wert setzen“ bitte die Spalte in „Feld“ angeben",
  "no-value": "der Wert fehlt",
  "bad-value": "der Wert ist für diese Spalte nicht zulässig",
  "bad-date": "das ist kein Datum (TT.MM.JJJJ)",
  "unknown-code": "das ist kein Prüfcode des Werkzeugs (z. B. cell/overdue)",
  "bad-on": "„Am“ ist kein Datum (TT.MM.JJJJ)",
};

/**
 * German messages a clerk understands, one per code. The switch is exhaustive: a new code without
 * a message does not compile (no default branch to swallow it).
 */
export const messageDe = (
  issue: Pick<Issue, "code" | "value" | "params" | "cell"> & { readonly field?: ColumnKey | null },
): string => {
  const p = (name: string): string => issue.params[name] ?? "";
  const v = q(issue.value);
  const code: IssueCode = issue.code;
  switch (code) {
    case "file/unreadable": {
      const reason = UnreadableReason.safeParse(p("reason"));
      return `Die Datei kann nicht gelesen werden. ${reason.success ? unreadableReasonDe(reason.data) : p("reason")}`;
    }
    case "file/no-worksheets":
      return "Die Arbeitsmappe enthält keine Tabellenblätter mit Daten.";
    case "file/no-table":
      return `Keine Maßnahmentabelle gefunden: In den ersten 20 Zeilen ${p("sheets") ? `der Blätter ${p("sheets")} ` : ""}steht keine Kopfzeile mit bekannten Spalten (z. B. „Maßnahmen-Nr.“, „Umsetzungsstand“).`;
    case "file/own-output":
      return `Diese Datei ist ${p("what") || "eine Ausgabe dieses Werkzeugs"} und wird nicht als Meldung eines Amtes zusammengeführt.`;
    case "file/truncated":
      return `Das Blatt ${q(p("sheet"))} hat Werte bis Zeile ${p("lastRow")}, Spalte ${p("lastColumn")}; gelesen werden höchstens ${p("maxRows")} Zeilen und ${p("maxColumns")} Spalten. Was darüber hinaus steht, fehlt in der Zusammenführung: bitte die Tabelle auf mehrere Dateien aufteilen.`;
    case "file/sheet-not-read":
      return "Dieses Blatt sieht aus wie eine Maßnahmentabelle, hat aber keine Spalte „Maßnahmen-Nr.“; seine Zeilen können keiner Maßnahme zugeordnet werden und werden nicht zusammengeführt. Bitte die Maßnahmen-Nr. ergänzen oder die Zeilen in die Maßnahmentabelle übernehmen.";
    case "file/same-office":
      return `Vom selben Amt (${p("office")}) liegt auch ${p("others")} vor. Bitte klären, welche Fassung gilt; übernommen wird je Maßnahme der neueste Stand.`;
    case "file/from-template":
      return `Die Datei stammt aus der Vorlage${p("office") ? ` für ${p("office")}` : ""} zur Berichtsrunde ${q(p("round") || issue.value)}${p("version") ? ` (Vorlagenversion ${p("version")})` : ""}.`;
    case "file/old-template":
      return p("reason") === "plan"
        ? `Die Datei stammt aus der Vorlage eines anderen Aktionsplans (${p("plan")}). Bitte prüfen, ob die richtige Datei zurückgeschickt wurde.`
        : `Die Datei stammt aus der Vorlage der Berichtsrunde ${q(p("round") || issue.value)}, gesammelt wird aber ${q(p("current"))}. Bitte prüfen, ob es die aktuelle Meldung ist; sonst bitte die aktuelle Vorlage ausfüllen.`;
    case "header/missing":
      return `Die Pflichtspalte ${q(p("label"))} fehlt in der Kopfzeile.`;
    case "header/duplicate":
      return `Die Spalte ${v} kommt doppelt vor (zuerst in Spalte ${p("first")}); diese zweite Spalte wird als Zusatzspalte übernommen.`;
    case "header/blank":
      return "Die Spalte hat keine Überschrift, enthält aber Daten; sie wird als Zusatzspalte übernommen.";
    case "header/unknown":
      return `Die Spalte ${v} ist im Plan nicht vorgesehen; sie bleibt erhalten und wird als Zusatzspalte übernommen.`;
    case "column/progress-mixed":
      return `Die Spalte „Fortschritt“ mischt Anteile (0,6 = 60 %) und Prozentzahlen (60 = 60 %). ${p("cells") ? `Nicht eindeutig (1 % oder 100 %?): ${p("cells")}. ` : ""}Bitte einheitlich als Prozent eingeben (z. B. 60 %).`;
    case "row/duplicate-id":
      return `Die Maßnahmen-Nr. ${v} steht bereits in Zeile ${p("first")}.`;
    case "row/identical":
      return `Die Zeile wiederholt Zeile ${p("first")} vollständig.`;
    case "row/totals-skipped":
      return "Summen- oder Ergebniszeile erkannt; sie wird nicht als Maßnahme gelesen.";
    case "row/not-updated":
      return `Die Angaben dieser Zeile${p("fields") ? ` (${p("fields")})` : ""} sind unverändert aus der letzten Meldung übernommen (nicht aktualisiert). Bitte prüfen und auf den neuen Stand bringen${p("asOf") ? `; ist alles gleich geblieben, bitte bei ${q(p("asOf"))} das Datum der Prüfung eintragen` : ""}.`;
    case "cell/required":
      return `Pflichtangabe ${q(p("label"))} fehlt.`;
    case "cell/enum":
      return `${v} ist ${(issue.field ? CHOICE_NOUN[issue.field] : undefined) ?? "kein zulässiger Wert für diese Spalte"}. Bitte wählen Sie aus der Liste: ${choices(p("allowed"))}.`;
    case "cell/unknown-office":
      return `Das Amt ${v} ist im Plan nicht bekannt. Bitte die amtliche Bezeichnung verwenden, z. B. ${choices(p("allowed").split(" | ").slice(0, 3).join(" | "))}.`;
    case "cell/ambiguous-budget":
      return `${v} ist mehrdeutig: Bitte „ja“ (Mittel im kommenden Doppelhaushalt nötig) oder „Ja, im Rahmen verfügbarer Haushaltsmittel.“ wählen.`;
    case "cell/id-format":
      return `Die Maßnahmen-Nr. ${v} hat nicht die Form Handlungsfeld.Ziel.Maßnahme (z. B. 3.2.1).`;
    case "cell/id-field-mismatch":
      return `Die Maßnahmen-Nr. ${v} beginnt nicht mit ${p("fieldCode")}, der Nummer des Handlungsfelds ${q(p("field"))}.`;
    case "cell/id-not-text":
      return p("proposal")
        ? `Excel hat die Maßnahmen-Nr. als Zahl oder Datum gespeichert (${v}). Gemeint war wohl ${q(p("proposal"))}: bitte prüfen und als Text eingeben.`
        : `Excel hat die Maßnahmen-Nr. als Zahl oder Datum gespeichert (${v}); bitte als Text eingeben.`;
    case "cell/date-invalid":
      return `${v} ist kein gültiges Datum (z. B. 31.12.2024).`;
    case "cell/two-digit-year":
      return `Das Datum ${v} hat eine zweistellige Jahreszahl; gelesen als ${p("read")}. Bitte das Jahr vierstellig eingeben.`;
    case "cell/date-after-stichtag":
      return p("kind") === "today"
        ? `Der Stand ${v} liegt nach dem heutigen Datum (${p("limit")}). Bitte das Datum der letzten Aktualisierung eintragen.`
        : `Der Stand ${v} liegt nach dem Stichtag ${p("limit")} der Berichtsrunde ${q(p("round"))}. Bitte prüfen, ob das Datum stimmt; berichtet wird der Stand zum Stichtag.`;
    case "cell/date-outside-period":
      return `Das Datum ${v} liegt außerhalb des Planzeitraums ${p("first")} bis ${p("last")}.`;
    case "cell/end-before-start":
      return `Das Ende ${v} liegt vor dem Beginn ${p("start")}.`;
    case "cell/timeframe-invalid":
      return `Der Zeitraum ${v} ist nicht lesbar (z. B. „2022–2024“, „ab 2023“, „fortlaufend“).`;
    case "cell/progress-invalid":
      return `${v} ist keine Prozentangabe (z. B. 50 %).`;
    case "cell/progress-range":
      return `Der Fortschritt muss zwischen 0 % und 100 % liegen (gelesen: ${p("percent")} %).`;
    case "cell/status-progress":
      return `Fortschritt ${v} passt nicht zum Umsetzungsstand ${q(p("status"))} (erwartet ${p("min") === p("max") ? `${p("min")} %` : `${p("min")} % bis ${p("max")} %`}).`;
    case "cell/boolean-invalid":
      return `${v} ist keine Ja/Nein-Angabe.`;
    case "cell/coverage-missing":
      return p("reason") === "voluntary"
        ? "Für diese neue freiwillige kommunale Leistung fehlt ein Deckungsvorschlag. Bitte tragen Sie in der Spalte „Deckungsvorschlag“ ein, wie die Maßnahme finanziert werden soll."
        : "Für diese haushaltsrelevante Maßnahme fehlt ein Deckungsvorschlag. Bitte tragen Sie in der Spalte „Deckungsvorschlag“ ein, wie die Maßnahme finanziert werden soll.";
    case "cell/coverage-unnamed":
      return `Bitte den Deckungsvorschlag benennen: ${v} sagt nicht, wie die Maßnahme finanziert wird (z. B. „Umschichtung aus Budget 50.1“, „Fördermittel des Freistaats“). Ohne Benennung zählt er nicht als Deckungsvorschlag.`;
    case "cell/master-deviation":
      return p("kind") === "postponement"
        ? `${q(p("label"))} weicht vom Masterplan ab: gemeldet ${v}, im Masterplan ${q(p("master"))}. Das gilt als vorgeschlagene Terminverschiebung; bis die Koordinierungsstelle sie annimmt, gilt der Termin des Masterplans.`
        : `${q(p("label"))} weicht vom Masterplan ab: gemeldet ${v}, im Masterplan ${q(p("master"))}. Übernommen wird der Wert des Masterplans; bitte Änderungen mit der Koordinierungsstelle abstimmen statt sie in die Vorlage zu schreiben.`;
    case "cell/overdue":
      return `Das geplante Ende (${p("end")}) ist überschritten, die Maßnahme ist aber noch ${q(p("status"))}. Bitte nennen Sie im Sachstand den neuen voraussichtlichen Abschluss oder den Grund der Verzögerung.`;
    case "cell/ambiguous-synonym":
      return `${v} ist mehrdeutig; gelesen als ${q(p("read"))}. Bitte den gemeinten Wert aus der Liste wählen: ${p("allowed").split(" | ").join(", ")}.`;
    case "cell/normalised":
      return `Eingegeben: ${v}; gelesen als ${q(p("read"))}.`;
    case "cell/formula-like":
      return "Der Text beginnt wie eine Formel (=, +, -, @); er wird als Text behandelt und nie berechnet.";
    case "cell/error-value":
      return `Die Zelle enthält den Excel-Fehlerwert ${q(p("error"))}.`;
    case "decision/check":
      return `Entscheidung prüfen: ${DECISION_CHECK_DE[p("reason")] ?? p("reason")}${p("before") || p("now") ? ` (bei der Entscheidung ${q(p("before"))}, jetzt ${q(p("now"))})` : ""}.`;
    case "decision/invalid":
      return `Die Entscheidung in dieser Zeile kann nicht angewendet werden: ${DECISION_INVALID_DE[p("problem")] ?? p("problem")}${issue.value ? ` (${v})` : ""}.`;
    default:
      return assertNever(code);
  }
};
