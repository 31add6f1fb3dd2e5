/**
 * Words and sentences an office would type into its measure table, so the synthetic workbooks have
 * the text lengths and the character mix (umlauts, ß, dashes, percent signs) of real ones: the
 * cost of reading and validating text grows with its length, so short dummy strings would flatter.
 */

export const GOALS: readonly string[] = [
  "Zugang zu Ausbildung und Arbeit für Zugewanderte verbessern",
  "Wohnraumversorgung von Geflüchteten dezentral sichern",
  "Sprachförderung in Kindertageseinrichtungen ausbauen",
  "Interkulturelle Kompetenz der Beschäftigten stärken",
  "Teilhabe von Migrantenorganisationen an kommunalen Gremien erhöhen",
  "Gesundheitsversorgung und Prävention für Zugewanderte niedrigschwellig gestalten",
  "Vereinssport als Ort der Begegnung öffnen",
  "Schulische Integration neu zugewanderter Kinder und Jugendlicher begleiten",
];

export const MEASURES: readonly string[] = [
  "Einrichtung einer Anlaufstelle für die Anerkennung ausländischer Berufsabschlüsse in Zusammenarbeit mit Jobcenter und Kammern",
  "Mehrsprachige Informationsmaterialien zu Angeboten der Kindertagesbetreuung erstellen und verteilen",
  "Qualifizierung von Sprach- und Kulturmittlerinnen und -mittlern für Beratungsgespräche in den Ämtern",
  "Fortbildungsreihe „Interkulturelle Öffnung“ für Führungskräfte der Stadtverwaltung",
  "Ausbau der Migrationsberatung für erwachsene Zugewanderte in den Stadtteilen",
  "Patenschaftsprogramm für neu zugewanderte Familien mit ehrenamtlichen Lotsinnen und Lotsen",
  "Förderprogramm für interkulturelle Projekte von Sportvereinen",
  "Vorbereitungsklassen an Ober- und Berufsschulen bedarfsgerecht ausstatten",
  "Gesundheitslotsen-Projekt in Kooperation mit Krankenkassen verstetigen",
  "Beteiligungsformate mit Migrantenorganisationen bei der Stadtteilentwicklung",
];

const OPENINGS: readonly string[] = [
  "Im Berichtszeitraum wurden",
  "Seit Jahresbeginn fanden",
  "Bis zum Stichtag konnten",
  "Gemeinsam mit den freien Trägern wurden",
  "Nach Abstimmung mit der Koordinierungsgruppe wurden",
  "Im zweiten Halbjahr sind",
];

const MIDDLES: readonly string[] = [
  "insgesamt 14 Informationsveranstaltungen in fünf Stadtteilen durchgeführt",
  "die Konzeption abgeschlossen und dem Fachausschuss zur Kenntnis gegeben",
  "rund 230 Beratungsgespräche geführt, davon etwa 40 % mit Sprachmittlung",
  "zwei zusätzliche Stellen ausgeschrieben; eine ist seit dem 1. März besetzt",
  "die Materialien in Arabisch, Dari, Russisch, Ukrainisch und Englisch übersetzt",
  "Gespräche mit dem Jobcenter über eine gemeinsame Fallbegleitung geführt",
  "die Fördermittel für 2024 bewilligt und an 12 Projekte ausgereicht",
  "Schulungen für 85 Beschäftigte aus Bürgeramt und Sozialamt organisiert",
];

const CLOSINGS: readonly string[] = [
  "Die Nachfrage übersteigt weiterhin das Angebot.",
  "Eine Auswertung erfolgt im Zwischenbericht 2024.",
  "Die Finanzierung ist bis Ende 2025 gesichert.",
  "Der Beschluss des Stadtrates steht noch aus.",
  "Die Rückmeldungen der Teilnehmenden waren überwiegend positiv.",
  "Für 2025 ist eine Ausweitung auf weitere Stadtteile geplant.",
  "Verzögerungen ergaben sich durch die lange Stellenbesetzung.",
];

export const PROBLEMS: readonly string[] = [
  "Personalengpass im Sachgebiet; Vertretung nur eingeschränkt möglich.",
  "Räume im Stadtteil fehlen, Suche läuft gemeinsam mit dem Liegenschaftsamt.",
  "Mittel aus dem Landesprogramm wurden gekürzt.",
  "Dolmetscherpool reicht für die Nachfrage nicht aus.",
];

export const NEXT_STEPS: readonly string[] = [
  "Auswertung der Teilnehmendenbefragung bis 30.09.",
  "Vorlage an den Ausschuss für Soziales im Herbst.",
  "Verlängerung der Kooperationsvereinbarung mit den Trägern.",
  "Ausschreibung der zweiten Projektphase.",
];

export const INDICATORS: readonly string[] = [
  "Anzahl Beratungen je Quartal",
  "Anteil geschulter Beschäftigter in %",
  "Zahl der geförderten Projekte",
  "Teilnehmende je Veranstaltung",
];

export const EXTERNAL_PARTNERS: readonly string[] = [
  "Jobcenter",
  "IHK",
  "Volkshochschule",
  "Migrantenbeirat",
  "freie Träger",
  "Stadtsportbund",
];

/** Extra columns offices keep for themselves: the merge must carry them as "Zusatz: …". */
export const EXTRA_HEADERS: readonly string[] = ["Ansprechpartner/in", "interne Nr.", "Priorität", "Telefon"];

export const CONTACTS: readonly string[] = [
  "Frau Schulze",
  "Herr Nguyen",
  "Frau Yılmaz",
  "Herr Krause",
  "Frau Petrović",
  "Herr Weber",
];

/** Status spellings people type that the plan does not know (an error the merge must report). */
export const UNKNOWN_STATUSES: readonly string[] = ["fast fertig", "siehe Bemerkung", "in Klärung", "??"];

/** Office spellings no synonym covers (an error), beside the codes ("SozA") the plan does map. */
export const UNKNOWN_OFFICES: readonly string[] = ["Amt 50.2", "Abt. Integration", "Stadtteilbüro Nord"];

export const SHEET_NAMES: readonly string[] = [
  "Maßnahmen",
  "Tabelle1",
  "Umsetzungsstand",
  "Berichtstabelle 2024",
  "Aktionsplan",
];

/**
 * A Sachstand of 100–400 characters: sentences are added until the target length is reached, then
 * cut at a word boundary, so lengths spread evenly over the range rather than clustering.
 */
export const sachstand = (pick: <T>(items: readonly T[]) => T, target: number): string => {
  let text = `${pick(OPENINGS)} ${pick(MIDDLES)}. ${pick(CLOSINGS)}`;
  while (text.length < target) text += ` ${pick(OPENINGS)} ${pick(MIDDLES)}. ${pick(CLOSINGS)}`;
  if (text.length <= target) return text;
  const cut = text.lastIndexOf(" ", target);
  return `${text.slice(0, cut > 80 ? cut : target).replace(/[,;:]$/, "")}.`;
};
