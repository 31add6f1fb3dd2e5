import { DEFAULT_PLAN, guessedForms, parsePlanConfig, parsePlanConfigText } from "../../src/core";
import integration from "../../src/core/plans/integration-2022-2026.json";

const clone = (): Record<string, unknown> => JSON.parse(JSON.stringify(integration)) as Record<string, unknown>;

describe("plan configuration", () => {
  it("the bundled Integration plan is valid and names the Eigenbetriebe of the source document", () => {
    expect(DEFAULT_PLAN.title).toBe("Aktionsplan Integration 2022 bis 2026");
    expect(DEFAULT_PLAN.period).toEqual({ first: 2022, last: 2026 });
    const names = DEFAULT_PLAN.offices.map((o) => o.name);
    for (const eb of [
      "Kindertageseinrichtungen",
      "Sportstätten",
      "Heinrich-Schütz-Konservatorium",
      "IT-Dienstleistungen",
    ])
      expect(names.some((n) => n.includes(eb))).toBe(true);
    expect(DEFAULT_PLAN.budget.map((b) => [b.value, b.needsCoverageProposal])).toEqual([
      ["nein", false],
      ["Ja, im Rahmen verfügbarer Haushaltsmittel.", false],
      ["ja", true],
    ]);
  });

  it("serves another plan by configuration alone", () => {
    const gap = {
      ...clone(),
      id: "gleichstellung",
      title: "Gleichstellungs-Aktionsplan",
      period: { first: 2023, last: 2027 },
    };
    const r = parsePlanConfig(gap);
    expect(r.ok && r.plan.title).toBe("Gleichstellungs-Aktionsplan");
  });

  it.each([
    [(c: Record<string, unknown>) => ((c.statuses as { label: unknown }[])[2]!.label = 5), "$.statuses[2].label"],
    [(c: Record<string, unknown>) => ((c.period as { first: number }).first = 2030), "$.period"],
    [(c: Record<string, unknown>) => delete c.title, "$.title"],
    [(c: Record<string, unknown>) => ((c.columns as { key: string }[])[0]!.key = "nope"), "$.columns[0].key"],
    [
      (c: Record<string, unknown>) => ((c.statuses as { category: string }[])[0]!.category = "fertig"),
      "$.statuses[0].category",
    ],
  ])("a malformed configuration names the JSON path (%#)", (mutate, path) => {
    const c = clone();
    mutate(c);
    const r = parsePlanConfig(c);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toContain(path);
  });

  it("a JSON syntax error is reported at $", () => {
    const r = parsePlanConfigText("{ nope");
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(["$"]);
  });
});

describe("correspondence (issue 16)", () => {
  it("refuses case forms for an office code the plan does not have", () => {
    const input = JSON.parse(JSON.stringify(DEFAULT_PLAN));
    input.correspondence.offices.Sozialamtt = {
      forms: { nom: "das Sozialamt", acc: "das Sozialamt", dat: "dem Sozialamt", gen: "des Sozialamts" },
    };
    const r = parsePlanConfig(input);
    expect(r.ok).toBe(false);
  });

  it.each([
    ["Sozialamt", "des Sozialamts", "das Sozialamt"],
    [
      "Amt für Kultur und Denkmalschutz",
      "des Amts für Kultur und Denkmalschutz",
      "das Amt für Kultur und Denkmalschutz",
    ],
    ["Eigenbetrieb Sportstätten", "des Eigenbetriebs Sportstätten", "den Eigenbetrieb Sportstätten"],
    ["Büro der Oberbürgermeisterin", "des Büros der Oberbürgermeisterin", "das Büro der Oberbürgermeisterin"],
    ["Stadtbezirk Nord", "Stadtbezirk Nord", "Stadtbezirk Nord"],
  ])("guesses forms only where the head noun is certain: %s", (name, gen, acc) => {
    expect([guessedForms(name).gen, guessedForms(name).acc]).toEqual([gen, acc]);
  });
});
