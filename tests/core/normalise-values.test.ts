import {
  DEFAULT_PLAN,
  choiceLookups,
  normaliseBoolean,
  normaliseChoice,
  normaliseList,
  normaliseMeasureId,
  normaliseProgress,
  normaliseText,
  normaliseTimeframe,
  officeNames,
  planIndex,
} from "../../src/core";

const lookups = choiceLookups(planIndex(DEFAULT_PLAN));

describe("normaliseProgress", () => {
  it.each([
    // value, format, expected percent, proposal value (null = no proposal)
    [0.5, "0%", 50, null],
    [1, "0%", 100, null],
    [0, "0%", 0, null],
    [0.5, undefined, 50, 0.5],
    [50, undefined, 50, 0.5],
    [1, undefined, 1, 0.01],
    [100, undefined, 100, 1],
    ["50 %", undefined, 50, 0.5],
    ["50%", undefined, 50, 0.5],
    ["0,5", undefined, 50, 0.5],
    ["0.5", undefined, 50, 0.5],
    ["50", undefined, 50, 0.5],
    ["12,5 %", undefined, 12.5, 0.125],
    ["100 Prozent", undefined, 100, 1],
    ["\u00a075\u00a0%", undefined, 75, 0.75],
  ] as const)("%p (format %p) → %p %", (value, format, expected, proposal) => {
    const r = normaliseProgress(value, format);
    expect(r.problem).toBeUndefined();
    expect(r.value).toBe(expected);
    expect(r.proposal?.value ?? null).toBe(proposal);
    if (proposal !== null) expect(r.proposal?.format).toBe("0%");
  });

  it.each([
    ["viel", "cell/progress-invalid"],
    [true, "cell/progress-invalid"],
    [150, "cell/progress-range"],
    [1.5, "cell/progress-range"],
    ["-10 %", "cell/progress-invalid"],
    ["120 %", "cell/progress-range"],
    [{ error: "#DIV/0!" }, "cell/error-value"],
  ] as const)("%p → %s", (value, code) => {
    const format = value === 1.5 ? "0%" : undefined;
    expect(normaliseProgress(value, format).problem?.code).toBe(code);
  });
});

describe("normaliseChoice: status", () => {
  it.each([
    ["umgesetzt", "umgesetzt", null],
    ["umgesetzt ", "umgesetzt", "trim"],
    ["Umgesetzt", "umgesetzt", "synonym"],
    ["abgeschlossen", "umgesetzt", "synonym"],
    ["läuft", "in Umsetzung", "synonym"],
    ["LAEUFT", "in Umsetzung", "synonym"],
    ["in Bearbeitung", "in Umsetzung", "synonym"],
    ["Zurueckgestellt", "zurückgestellt", "synonym"],
    ["fortlaufend", "Daueraufgabe", "synonym"],
  ] as const)("%p → %p (%p)", (value, expected, reason) => {
    const r = normaliseChoice(value, lookups.status);
    expect(r.value).toBe(expected);
    expect(r.proposal?.reason ?? null).toBe(reason);
  });
  it("an unknown status lists the allowed values", () => {
    const r = normaliseChoice("fast fertig", lookups.status);
    expect(r.problem?.code).toBe("cell/enum");
    expect(r.problem && "allowed" in r.problem.params ? r.problem.params.allowed : []).toContain("in Umsetzung");
  });
});

describe("normaliseChoice: office, field, budget", () => {
  it.each([
    ["leadOffice", "SozA", "Sozialamt"],
    ["leadOffice", "Amt für Soziales", "Sozialamt"],
    ["leadOffice", "amt fuer soziales", "Sozialamt"],
    ["leadOffice", "Kindertageseinrichtungen", "Eigenbetrieb Kindertageseinrichtungen"],
    ["leadOffice", "IT-Dienstleistungen", "Eigenbetrieb IT-Dienstleistungen"],
    ["field", "3", "Kindertagesbetreuung, Schule und Bildung"],
    ["field", "Bildung", "Kindertagesbetreuung, Schule und Bildung"],
    ["field", "Interkulturelle Öffnung", "Interkulturelle Öffnung der Verwaltung"],
    ["budget", "nein", "nein"],
    ["budget", "ja", "ja"],
    ["budget", "Ja, im Rahmen verfügbarer Haushaltsmittel.", "Ja, im Rahmen verfügbarer Haushaltsmittel."],
    ["budget", "ja im Rahmen verfügbarer Haushaltsmittel", "Ja, im Rahmen verfügbarer Haushaltsmittel."],
    ["coverageState", "Beschlossen", "beschlossen"],
    ["linkedPlan", "UN-BRK", "Aktionsplan UN-BRK"],
  ] as const)("%s %p → %p", (key, value, expected) => {
    expect(normaliseChoice(value, lookups[key]).value).toBe(expected);
  });

  it.each([["Ja"], ["JA"], [" Ja "], ["x"]])("budget %p is ambiguous, never guessed", (value) => {
    const r = normaliseChoice(value, lookups.budget);
    expect(r.value).toBeNull();
    expect(r.problem?.code).toBe("cell/ambiguous-budget");
  });

  it("an unknown office is its own code", () => {
    expect(normaliseChoice("Amt für Raumfahrt", lookups.leadOffice).problem?.code).toBe("cell/unknown-office");
  });
});

describe("normaliseMeasureId", () => {
  it.each([
    ["3.2.1", undefined, "3.2.1", null, null],
    [" 3.2.1 ", undefined, "3.2.1", "3.2.1", null],
    ["3.2.1.", undefined, "3.2.1", "3.2.1", null],
    ["7.1", undefined, "7.1", null, null],
    [{ date: "2001-02-03" }, undefined, null, "3.2.1", "cell/id-not-text"],
    [{ date: "2024-10-03" }, undefined, null, "3.10.24", "cell/id-not-text"],
    [36925, "dd.mm.yyyy", null, "3.2.1", "cell/id-not-text"],
    [3.1, undefined, null, "3.1", "cell/id-not-text"],
    ["3-2-1", undefined, null, null, "cell/id-format"],
    ["Maßnahme A", undefined, null, null, "cell/id-format"],
  ] as const)("%p (format %p) → %p, proposal %p, %p", (value, format, expected, proposal, code) => {
    const r = normaliseMeasureId(value, format);
    expect(r.value).toBe(expected);
    expect(r.proposal?.value ?? null).toBe(proposal);
    expect(r.problem?.code ?? null).toBe(code);
    if (code === "cell/id-not-text") expect(r.proposal?.format).toBe("@");
  });
});

describe("normaliseTimeframe", () => {
  it.each([
    ["2022–2024", "2022-01-01", "2022-12-31".replace("2022-12-31", "2024-12-31"), false],
    ["2022 - 2024", "2022-01-01", "2024-12-31", false],
    ["2022 bis 2024", "2022-01-01", "2024-12-31", false],
    ["2023/2024", "2023-01-01", "2024-12-31", false],
    ["ab 2023", "2023-01-01", null, false],
    ["seit 2022 fortlaufend", "2022-01-01", null, true],
    ["bis 2024", null, "2024-12-31", false],
    ["bis 30.06.2025", null, "2025-06-30", false],
    ["fortlaufend", null, null, true],
    ["Daueraufgabe", null, null, true],
    ["2024", "2024-01-01", "2024-12-31", false],
    [2025, "2025-01-01", "2025-12-31", false],
    ["01.03.2023 – 31.12.2024", "2023-03-01", "2024-12-31", false],
    ["ca. 2023-2025", "2023-01-01", "2025-12-31", false],
  ] as const)("%p → %p … %p (ongoing %p)", (value, start, end, ongoing) => {
    expect(normaliseTimeframe(value).value).toEqual({ start, end, ongoing });
    // Typed timeframes are remembered: the second reading is the same.
    expect(normaliseTimeframe(value).value).toEqual({ start, end, ongoing });
  });
  it("unreadable text is a warning-level problem", () => {
    expect(normaliseTimeframe("wenn Geld da ist").problem?.code).toBe("cell/timeframe-invalid");
    expect(normaliseTimeframe("wenn Geld da ist").problem?.code).toBe("cell/timeframe-invalid");
  });
  it("a remembered timeframe is shared between rows, so no caller can change it", () => {
    const first = normaliseTimeframe("2022–2026");
    expect(() => {
      (first.value as { end: string | null }).end = "2030-12-31";
    }).toThrow(TypeError);
    expect(normaliseTimeframe("2022–2026").value?.end).toBe("2026-12-31");
  });
});

describe("normaliseBoolean", () => {
  it.each([
    ["ja", true],
    ["Ja", true],
    ["x", true],
    [1, true],
    [true, true],
    ["nein", false],
    ["-", false],
    [0, false],
    [false, false],
    ["WAHR", true],
    ["FALSCH", false],
  ] as const)("%p → %p", (value, expected) => expect(normaliseBoolean(value).value).toBe(expected));
  it("other text is a problem", () =>
    expect(normaliseBoolean("vielleicht").problem?.code).toBe("cell/boolean-invalid"));
});

describe("normaliseText and normaliseList", () => {
  it.each([
    ["Sachstand", "Sachstand", false, false],
    ["  Sachstand\u00a0", "Sachstand", true, false],
    ["Zeile 1\nZeile 2", "Zeile 1\nZeile 2", false, false],
    ["=SUMME(A1:A3)", "=SUMME(A1:A3)", false, true],
    ["+49 351 000", "+49 351 000", false, true],
    ["@Team", "@Team", false, true],
    [42, "42", false, false],
    ["\u200bText", "Text", true, false],
  ] as const)("%p → %p", (value, expected, proposes, formulaLike) => {
    const r = normaliseText(value);
    expect(r.value).toBe(expected);
    expect(r.proposal !== undefined).toBe(proposes);
    expect(r.problem?.code === "cell/formula-like").toBe(formulaLike);
  });

  it("splits partners and names known offices canonically, keeping external partners", () => {
    const r = normaliseList(
      "SozA; Jugendamt, Verein Ausländerrat e.V.\nKonservatorium",
      officeNames(planIndex(DEFAULT_PLAN)),
    );
    expect(r.value).toEqual([
      "Sozialamt",
      "Jugendamt",
      "Verein Ausländerrat e.V.",
      "Eigenbetrieb Heinrich-Schütz-Konservatorium",
    ]);
  });
});

describe("cleanText keeps what scripts need", () => {
  it.each([
    ["👩\u200d👧", "👩\u200d👧"],
    ["می\u200cخواهم", "می\u200cخواهم"],
    ["\ufeffText\u200b", "Text"],
  ])("%p → %p", (input, expected) => expect(normaliseText(input).value).toBe(expected));
});
