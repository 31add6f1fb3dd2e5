import {
  germanDate,
  letterContact,
  officeIn,
  type ColumnKey,
  type LayoutColumn,
  type PlanConfig,
  type RoundInfo,
} from "../../core";
import { isFolded } from "./folded-columns";

export interface InstructionLine {
  readonly text: string;
  readonly style: "title" | "heading" | "fact" | "text";
}

export interface InstructionFacts {
  readonly plan: PlanConfig;
  readonly office: string;
  readonly round: RoundInfo;
  readonly layout: readonly LayoutColumn[];
  readonly measures: number;
  readonly sheet: string;
  /** Reporting columns pre-filled from the last round (labels), empty without --previous. */
  readonly prefilled: readonly string[];
}

/** What to write into each reporting column, in words an office clerk uses. */
const EXPLAIN: Readonly<Partial<Record<ColumnKey, (plan: PlanConfig) => string>>> = {
  status: (plan) => `aus der Auswahlliste wählen (${plan.statuses.map((s) => s.label).join(", ")}).`,
  progress: () => "wie weit die Maßnahme umgesetzt ist, in Prozent, z. B. 50 %. „umgesetzt“ heißt 100 %.",
  note: () => "in wenigen Sätzen: Was ist seit der letzten Meldung geschehen? Was wurde erreicht?",
  problems: () => "Was erschwert oder verzögert die Umsetzung? Leer lassen, wenn es nichts gibt.",
  nextSteps: () => "Was ist bis zur nächsten Meldung geplant?",
  newVoluntaryService: () => "„ja“, wenn die Maßnahme eine neue freiwillige kommunale Leistung ist, sonst „nein“.",
  coverageProposal: () =>
    "nur bei Haushaltsrelevanz „ja“ oder einer neuen freiwilligen Leistung: Wie soll die Maßnahme bezahlt werden? Der Deckungsvorschlag wird dem zuständigen Gremium zur Entscheidung vorgelegt.",
  coverageState: () => "wie weit der Deckungsvorschlag ist: aus der Auswahlliste wählen.",
  committee: () => "das Gremium, dem der Deckungsvorschlag vorgelegt wird oder wurde.",
  proposalNo: () => "die Nummer der Vorlage, falls es eine gibt.",
  asOf: () => "das Datum Ihrer Angaben, z. B. 15.07.2024.",
};

const quoted = (labels: readonly string[]): string => labels.map((l) => `„${l}“`).join(", ");

/** The "Anleitung" sheet in plain German: what to fill in, by when, whom to ask. */
export const instructionLines = (f: InstructionFacts): InstructionLine[] => {
  const person = letterContact(f.plan, f.round.contact);
  // After "an": the contact with its article ("an das Büro …"), or a person's name.
  const contact = person?.acc ?? "die koordinierende Stelle, die Ihnen diese Datei geschickt hat";
  const ways = person
    ? [person.phone ? `Telefon ${person.phone}` : null, person.email ? `E-Mail ${person.email}` : null].filter(Boolean)
    : [];
  const askWhom = person
    ? `${person.name}${person.unit ? ` (${person.unit})` : ""}${ways.length ? `, ${ways.join(", ")}` : ""}`
    : contact;
  const deadline = f.round.deadline ? germanDate(f.round.deadline) : null;
  const office = officeIn(f.plan.correspondence, f.plan.offices, f.office, "nom");
  const which =
    f.measures === 0 ? "keine Maßnahmen" : f.measures === 1 ? "die Maßnahme" : `die ${f.measures} Maßnahmen`;
  const master = f.layout.filter((c) => c.master).map((c) => c.label);
  const reporting = f.layout.filter((c) => !c.master);
  const folded = f.layout.filter(isFolded).map((c) => c.label);
  const asOf = f.layout.find((c) => c.key === "asOf")?.label;
  const lines: InstructionLine[] = [
    { text: `Meldung zum ${f.plan.title}`, style: "title" },
    {
      text: `Berichtsrunde: ${f.round.name}${f.round.cutoff ? ` (Stand zum Stichtag ${germanDate(f.round.cutoff)})` : ""}`,
      style: "fact",
    },
    { text: `Für: ${f.office}`, style: "fact" },
    { text: `Abgabe bis: ${deadline ?? "wie im Anschreiben angegeben"}`, style: "fact" },
    { text: `Fragen an: ${askWhom}`, style: "fact" },
    { text: "", style: "text" },
    { text: "Was ist zu tun?", style: "heading" },
    {
      text: `1. Öffnen Sie das Blatt „${f.sheet}“. Es enthält ${which}, für die ${office} federführend ist.`,
      style: "text",
    },
    {
      text: `2. Die grau hinterlegten Spalten (${quoted(master)}) stammen aus dem Aktionsplan und sind gesperrt. Stimmt dort etwas nicht, schreiben Sie bitte an ${contact}, statt die Tabelle zu ändern.`,
      style: "text",
    },
    ...(folded.length
      ? [
          {
            text: `Damit die Tabelle übersichtlich bleibt und der Ausdruck nur Nummer, Maßnahme und Ihre Angaben zeigt, sind die übrigen grauen Spalten (${quoted(folded)}) eingeklappt. Mit dem Pluszeichen über der Tabelle blenden Sie sie ein; dann werden sie auch gedruckt.`,
            style: "text" as const,
          },
        ]
      : []),
    { text: "3. Füllen Sie für jede Maßnahme die weißen Spalten aus:", style: "text" },
    ...reporting.map((c) => ({
      text: `• ${c.label}: ${EXPLAIN[c.key]?.(f.plan) ?? "bitte ausfüllen, soweit zutreffend."}`,
      style: "text" as const,
    })),
    {
      text: "4. Hat eine Zelle eine Auswahlliste, wählen Sie bitte einen Wert daraus; andere Eingaben lehnt Excel ab.",
      style: "text",
    },
  ];
  if (f.prefilled.length > 0)
    lines.push({
      text: `5. ${quoted(f.prefilled)} sind aus der letzten Meldung vorausgefüllt. Bitte bringen Sie diese Angaben auf den neuen Stand.${asOf ? ` Ist bei einer Maßnahme alles gleich geblieben, tragen Sie bei „${asOf}“ das Datum Ihrer Prüfung ein;` : ""} Unveränderte Zeilen werden als „nicht aktualisiert“ zurückgemeldet.`,
      style: "text",
    });
  lines.push(
    { text: "", style: "text" },
    { text: "Zurücksenden", style: "heading" },
    {
      text: `Speichern Sie die Datei als Excel-Arbeitsmappe (.xlsx) und senden Sie sie ${deadline ? `bis zum ${deadline} ` : ""}an ${contact}. Der Dateiname darf sich ändern; Blätter und Spalten bitte nicht löschen, umbenennen oder verschieben.`,
      style: "text",
    },
    { text: "", style: "text" },
    { text: "Gut zu wissen", style: "heading" },
    {
      text: "Die grauen Spalten sind vor versehentlichen Änderungen geschützt. Bitte heben Sie den Blattschutz nicht auf.",
      style: "text",
    },
    { text: "Ein ausgeblendetes Blatt enthält die Auswahllisten; bitte nicht ändern.", style: "text" },
  );
  return lines;
};
