/**
 * The master list behind the example workbooks: invented but plausible measures of a municipal
 * integration plan (not the adopted plan's text). The first part of each ID is the field's code, so
 * the generated files can be checked against the plan configuration.
 */
export interface ExampleMeasure {
  readonly id: string;
  readonly field: string;
  readonly goal: string;
  readonly measure: string;
  readonly leadOffice: string;
  readonly partners: readonly string[];
  readonly timeframe: string;
  readonly budget: string;
}

/** Field names exactly as in the plan configuration, keyed by code. */
export const EXAMPLE_FIELDS: Readonly<Record<string, string>> = {
  "1": "Arbeit und Wirtschaft",
  "2": "Wohnen und Sozialraum",
  "3": "Kindertagesbetreuung, Schule und Bildung",
  "4": "Gesundheit",
  "5": "Sport und Kultur",
  "6": "Teilhabe und Partizipation",
  "7": "Interkulturelle Öffnung der Verwaltung",
};

export const IM_RAHMEN = "Ja, im Rahmen verfügbarer Haushaltsmittel.";

const BIA = "Büro der Integrations- und Ausländerbeauftragten";
const SOZ = "Sozialamt";
const JA = "Jugendamt";
const KITA = "Eigenbetrieb Kindertageseinrichtungen";
const AKD = "Amt für Kultur und Denkmalschutz";
const BUEA = "Bürgeramt";
const HPA = "Haupt- und Personalamt";
const AWF = "Amt für Wirtschaftsförderung";
const GA = "Gesundheitsamt";

const m = (id: string, goal: string, measure: string, leadOffice: string, partners: readonly string[], timeframe: string, budget: string): ExampleMeasure => {
  const field = EXAMPLE_FIELDS[id.split(".")[0] ?? ""];
  // A typo in an ID must break the build of the examples, not produce a wrong field silently.
  if (field === undefined) throw new Error(`Beispielmaßnahme ${id}: unbekanntes Handlungsfeld`);
  return { id, field, goal, measure, leadOffice, partners, timeframe, budget };
};

const G11 = "Zugang zu Ausbildung und Arbeit verbessern";
const G12 = "Migrantische Unternehmen stärken";
const G21 = "Zugang zu Wohnraum sichern";
const G22 = "Nachbarschaften und Quartiere stärken";
const G31 = "Teilhabe in der Kindertagesbetreuung sichern";
const G32 = "Bildungserfolg unabhängig von der Herkunft ermöglichen";
const G33 = "Geflüchtete Kinder, Jugendliche und Familien begleiten";
const G41 = "Gesundheitliche Versorgung für alle erreichbar machen";
const G42 = "Psychosoziale Versorgung und Pflege kultursensibel gestalten";
const G51 = "Teilhabe am Sport fördern";
const G52 = "Kulturelle Vielfalt sichtbar machen";
const G61 = "Politische Mitwirkung stärken";
const G62 = "Ehrenamt und Selbstorganisation stärken";
const G71 = "Zugang zu Verwaltungsleistungen erleichtern";
const G72 = "Vielfalt und interkulturelle Kompetenz im Personal fördern";

export const EXAMPLE_MEASURES: readonly ExampleMeasure[] = [
  m("1.1.1", G11, "Berufsbezogene Deutschkurse für Zugewanderte gemeinsam mit dem Jobcenter vermitteln und Kinderbetreuung während der Kurszeiten sicherstellen", SOZ, ["Jobcenter Dresden"], "2022–2024", IM_RAHMEN),
  m("1.1.2", G11, "Anerkennungsberatung für ausländische Berufs- und Studienabschlüsse in den städtischen Beratungsstellen bekannter machen", AWF, ["IHK Dresden", "Handwerkskammer Dresden"], "ab 2023", "nein"),
  m("1.1.3", G11, "Praktikums- und Ausbildungsplätze in der Stadtverwaltung gezielt für junge Geflüchtete öffnen", HPA, [JA], "2023–2026", IM_RAHMEN),
  m("1.2.1", G12, "Mehrsprachige Gründungsberatung im Existenzgründerservice aufbauen", AWF, [], "2023–2025", "ja"),
  m("1.2.2", G12, "Netzwerktreffen migrantischer Unternehmerinnen und Unternehmer mit Kammern und Verbänden ausrichten", AWF, ["IHK Dresden"], "fortlaufend", "nein"),
  m("2.1.1", G21, "Wohnraumvermittlung für Geflüchtete in Zusammenarbeit mit kommunalen und genossenschaftlichen Vermietern verstetigen", SOZ, ["WiD Wohnen in Dresden"], "fortlaufend", IM_RAHMEN),
  m("2.1.2", G21, "Auszug aus Gemeinschaftsunterkünften durch Wohnungslotsinnen und -lotsen begleiten", SOZ, ["Träger der freien Wohlfahrtspflege"], "2022–2026", "ja"),
  m("2.1.3", G21, "Mehrsprachige Mieterinformationen zu Hausordnung, Heizen und Lüften sowie Mülltrennung herausgeben", SOZ, [BIA], "2022–2023", "nein"),
  m("2.2.1", G22, "Begegnungsorte in Stadtteilen mit hohem Zuzug fördern und mit der Quartiersarbeit verknüpfen", "Amt für Stadtplanung und Mobilität", [SOZ], "2023–2026", IM_RAHMEN),
  m("2.2.2", G22, "Gemeinwesenarbeit in Großwohnsiedlungen um interkulturelle Angebote erweitern", SOZ, [JA], "ab 2023", "ja"),
  m("3.1.1", G31, "Mehrsprachige Elterninformationen zur Anmeldung und zum Alltag in der Kita bereitstellen", KITA, [JA], "2022–2023", "nein"),
  m("3.1.2", G31, "Pädagogische Fachkräfte in Kitas zu vorurteilsbewusster Bildung und Erziehung fortbilden", KITA, [], "2022–2026", IM_RAHMEN),
  m("3.1.3", G31, "Sprachmittlung für Aufnahme- und Entwicklungsgespräche in Kitas sicherstellen", KITA, [BIA], "ab 2022", "ja"),
  m("3.1.4", G31, "Elterncafés in Kitas mit vielen mehrsprachig aufwachsenden Kindern einrichten", KITA, [JA], "2023–2025", IM_RAHMEN),
  m("3.1.5", G31, "Alltagsintegrierte sprachliche Bildung in den Konzeptionen aller städtischen Kitas verankern", KITA, [], "fortlaufend", "nein"),
  // Cross-cutting measures of a field are numbered field.N; "3.10" is the one German Excel turns into 3.1.
  m("3.10", "Zugänge zur Kindertagesbetreuung erleichtern", "Spielgruppen im Stadtteil als Einstieg für Familien ohne Betreuungsplatz schaffen", KITA, [JA], "2024–2026", "ja"),
  m("3.2.1", G32, "Elternarbeit an Grundschulen mit Elternbegleiterinnen und -begleitern ausbauen", JA, ["Schulverwaltungsamt"], "2022–2025", IM_RAHMEN),
  m("3.2.2", G32, "Offene Kinder- und Jugendarbeit interkulturell öffnen und Fachkräfte qualifizieren", JA, [], "2022–2024", "nein"),
  m("3.2.3", G32, "Übergang von der Schule in den Beruf für neu zugewanderte Jugendliche mit Lotsinnen und Lotsen begleiten", JA, ["Jobcenter Dresden", "Agentur für Arbeit"], "2023–2026", "ja"),
  m("3.2.4", G32, "Vorbereitungsklassen für Deutsch als Zweitsprache in der Schulnetzplanung berücksichtigen", "Schulverwaltungsamt", ["Landesamt für Schule und Bildung"], "2022–2026", IM_RAHMEN),
  m("3.2.5", G32, "Hausaufgabenhilfe und Lernpatenschaften in Stadtteilbibliotheken ausbauen", AKD, ["Städtische Bibliotheken Dresden"], "2023–2025", IM_RAHMEN),
  m("3.3.1", G33, "Unbegleitete minderjährige Geflüchtete in Clearingstellen und Wohngruppen fachlich begleiten", JA, [], "fortlaufend", IM_RAHMEN),
  m("3.3.2", G33, "Angebote der Familienbildung mehrsprachig bewerben und mit Sprachmittlung ausstatten", JA, [], "2022–2023", "nein"),
  m("4.1.1", G41, "Gesundheitslotsinnen und -lotsen mit eigener Migrationsgeschichte ausbilden und einsetzen", GA, ["Migrantenorganisationen"], "2022–2024", "ja"),
  m("4.1.2", G41, "Mehrsprachige Informationen zu Impfungen, Vorsorge und Früherkennung veröffentlichen", GA, [], "fortlaufend", IM_RAHMEN),
  m("4.2.1", G42, "Psychosoziale Beratung für traumatisierte Geflüchtete mit Einsatz von Dolmetschenden sichern", GA, [SOZ], "2023–2026", "ja"),
  m("4.2.2", G42, "Pflegeberatung für ältere Migrantinnen und Migranten kultursensibel gestalten", SOZ, [GA], "2024–2026", IM_RAHMEN),
  m("5.1.1", G51, "Sportvereine bei der interkulturellen Öffnung beraten und Übungsleitende mit Migrationsgeschichte gewinnen", "Eigenbetrieb Sportstätten", ["Stadtsportbund Dresden"], "2022–2026", "nein"),
  m("5.1.2", G51, "Schwimmkurse für geflüchtete Kinder und für Frauen in städtischen Bädern anbieten", "Eigenbetrieb Sportstätten", [], "2023–2024", "ja"),
  m("5.2.1", G52, "Interkulturelle Tage jährlich gemeinsam mit Migrantenorganisationen ausrichten", AKD, [BIA], "fortlaufend", IM_RAHMEN),
  m("5.2.2", G52, "Instrumental- und Ensembleunterricht für geflüchtete Kinder am Konservatorium ermöglichen", "Eigenbetrieb Heinrich-Schütz-Konservatorium", [], "2023–2025", "ja"),
  m("5.2.3", G52, "Förderrichtlinie Kultur um einen Schwerpunkt interkulturelle Projekte ergänzen", AKD, [], "2022–2023", "ja"),
  m("5.2.4", G52, "Museen und Gedenkstätten mit mehrsprachigen Führungen und Audioguides zugänglich machen", AKD, ["Museen der Stadt Dresden"], "2023–2026", IM_RAHMEN),
  m("5.2.5", G52, "Migrationsgeschichte der Stadt in einer Ausstellung mit Zeitzeuginnen und Zeitzeugen aufarbeiten", AKD, ["Stadtarchiv Dresden"], "2024–2026", "ja"),
  m("6.1.1", G61, "Integrations- und Ausländerbeirat frühzeitig bei Stadtratsvorlagen beteiligen", BIA, [], "fortlaufend", "nein"),
  m("6.1.2", G61, "Migrantenorganisationen bei Projektanträgen und Förderverfahren gezielt beraten", BIA, [], "2022–2026", IM_RAHMEN),
  m("6.1.3", G61, "Einbürgerungsfeiern im Rathaus ausrichten und mehrsprachig zur Einbürgerung informieren", BUEA, [BIA], "ab 2023", IM_RAHMEN),
  m("6.2.1", G62, "Pool ehrenamtlicher Sprachmittlerinnen und Sprachmittler aufbauen und koordinieren", BIA, [SOZ], "2022–2024", "ja"),
  m("7.1.1", G71, "Formulare und Bescheide des Bürgeramts in einfacher Sprache und mehrsprachig anbieten", BUEA, [HPA], "2022–2024", IM_RAHMEN),
  m("7.1.2", G71, "Online-Terminvergabe der Ausländerbehörde mehrsprachig gestalten", BUEA, ["Eigenbetrieb IT-Dienstleistungen"], "2023–2024", "ja"),
  m("7.1.3", G71, "Telefonischen Dolmetschdienst für Beratungsgespräche in den Bürgerbüros einführen", BUEA, [], "2022–2023", "ja"),
  m("7.1.4", G71, "Wartebereiche der Ausländerbehörde mit einem mehrsprachigen Leitsystem ausstatten", BUEA, [], "2024–2025", "ja"),
  m("7.2.1", G72, "Interkulturelle Kompetenz verbindlich in die Fortbildung von Führungskräften aufnehmen", HPA, [], "2022–2023", "nein"),
  m("7.2.2", G72, "Beschäftigte mit Kundenkontakt in interkultureller Kommunikation schulen", HPA, [BIA], "fortlaufend", IM_RAHMEN),
  m("7.2.3", G72, "Stellenausschreibungen um einen Hinweis auf erwünschte Vielfalt ergänzen", HPA, [], "2022", "nein"),
];

/** The measure with this ID; throws so a wrong ID in an office sheet fails while building, not later. */
export const exampleMeasure = (id: string): ExampleMeasure => {
  const found = EXAMPLE_MEASURES.find((x) => x.id === id);
  if (!found) throw new Error(`Beispielmaßnahme ${id} fehlt in der Masterliste`);
  return found;
};
