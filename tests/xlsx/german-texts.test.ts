import { canonicalLayout, DEFAULT_PLAN, type Severity } from "../../src/core";
import { feedbackSummary } from "../../src/cli/feedback-command";
import { coverLines, feedbackLetterText, type FeedbackFile } from "../../src/xlsx/feedback";
import { instructionLines } from "../../src/xlsx/template";
import { letterContact } from "../../src/core";

// Issue 16: every text an office or the coordinator reads, rendered for every office of the bundled
// plan and with counts 0, 1 and 2, is checked for German an office would send back red-penned.
const COUNTS = [0, 1, 2] as const;
const NOUNS: readonly (readonly [string, string])[] = [
  ["Warnung", "Warnungen"],
  ["Hinweis", "Hinweise"],
  ["Maßnahme", "Maßnahmen"],
  ["Datei", "Dateien"],
  ["Rückmeldung", "Rückmeldungen"],
];

const issues = (n: number, severity: Severity): FeedbackFile["issues"] =>
  Array.from({ length: n }, (_, i) => ({
    code: "cell/required",
    severity,
    sheet: "Tabelle1",
    cell: `B${i + 2}`,
    row: i + 2,
    column: "B",
    field: "measure",
    value: null,
    message: "Pflichtangabe „Maßnahme“ fehlt.",
  }));

const round = {
  name: "Zwischenbericht 2024",
  cutoff: "2024-06-30",
  deadline: "2024-07-31",
  contact: "Büro der Integrations- und Ausländerbeauftragten",
};
const contact = letterContact(DEFAULT_PLAN, round.contact);

/** Every rendered text for one office and one count. */
const texts = (office: string, n: number): string[] => {
  const out: string[] = [];
  for (const [errors, warnings, hints] of [
    [n, 0, 0],
    [0, n, 0],
    [0, 0, n],
    [n, n, n],
    [1, n, 0],
  ] as const) {
    const result: FeedbackFile = {
      file: "Meldung.xlsx",
      sha256: "0".repeat(64),
      status: errors > 0 ? "invalid" : "ok",
      office,
      offices: [office],
      sheet: "Tabelle1",
      rows: n,
      issues: [...issues(errors, "error"), ...issues(warnings, "warning"), ...issues(hints, "info")],
    };
    const input = {
      name: "Meldung.xlsx",
      result,
      table: null,
      plan: DEFAULT_PLAN,
      roundName: round.name,
      deadline: round.deadline,
      contact,
      checkedOn: "2024-07-01",
    };
    out.push(coverLines({ ...input, issues: result.issues, copy: null }).join("\n"));
    out.push(feedbackLetterText(input, "Meldung (Rückmeldung).xlsx").text);
    out.push(
      coverLines({ ...input, result: { ...result, status: "unreadable" }, issues: result.issues, copy: null }).join(
        "\n",
      ),
    );
  }
  out.push(
    instructionLines({
      plan: DEFAULT_PLAN,
      office,
      round,
      layout: canonicalLayout(DEFAULT_PLAN),
      measures: n,
      sheet: "Maßnahmen",
      prefilled: n > 0 ? ["Umsetzungsstand"] : [],
    })
      .map((l) => l.text)
      .join("\n"),
  );
  out.push(feedbackSummary(n, n, "rueckmeldungen"), feedbackSummary(n, 0, "rueckmeldungen"));
  return out;
};

const configured = (code: string) => DEFAULT_PLAN.correspondence?.offices[code]?.forms;

/** Places where the bare name is right: after a label ("Für: Sozialamt") or as a line of its own (signature). */
const bareAllowed = (text: string, at: number, name: string): boolean => {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const before = text.slice(lineStart, at);
  const lineEnd = text.indexOf("\n", at) === -1 ? text.length : text.indexOf("\n", at);
  return (
    /^[^:]{1,30}: $/.test(before) ||
    (before === "" && text.slice(at, lineEnd).trim() === name) ||
    /\($/.test(before.trimEnd())
  );
};

describe("German texts from data", () => {
  it("the bundled plan gives every office its case forms", () => {
    expect(DEFAULT_PLAN.offices.filter((o) => configured(o.code) === undefined).map((o) => o.name)).toEqual([]);
  });

  describe.each(DEFAULT_PLAN.offices.map((o) => [o.name, o] as const))("%s", (_name, office) => {
    const forms = configured(office.code)!;
    it.each(COUNTS.map((n) => [n]))("count %i", (n) => {
      for (const text of texts(office.name, n)) {
        expect(text).not.toMatch(/[a-zäöüß]\((n|en|e|s)\)/i);
        for (const [one, many] of NOUNS) {
          expect([one, text]).not.toEqual([one, expect.stringMatching(new RegExp(`(^|[^\\d.])1 ${many}\\b`))]);
          expect([one, text]).not.toEqual([
            one,
            expect.stringMatching(new RegExp(`(^|[^\\d.])([02-9]|\\d{2,}) ${one}(?![a-zäöüß])`)),
          ]);
        }
        // Every mention of the office is one of its configured forms (with article), or a label's value.
        const formSpans = Object.values(forms).flatMap((f) =>
          [...text.matchAll(new RegExp(f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g"))].map((m) => [
            m.index!,
            m.index! + f.length,
          ]),
        );
        for (const m of text.matchAll(new RegExp(office.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g"))) {
          const inForm = formSpans.some(([a, b]) => a! <= m.index! && m.index! + office.name.length <= b!);
          const line = text.slice(
            text.lastIndexOf("\n", m.index!) + 1,
            text.indexOf("\n", m.index!) === -1 ? undefined : text.indexOf("\n", m.index!),
          );
          expect([line, inForm || bareAllowed(text, m.index!, office.name)]).toEqual([line, true]);
        }
      }
    });
  });

  it("writes case forms where the letter and the Anleitung need them", () => {
    const t = texts("Eigenbetrieb Kindertageseinrichtungen", 2).join("\n");
    expect(t).toContain("vielen Dank für die Meldung des Eigenbetriebs Kindertageseinrichtungen");
    expect(t).toContain("für die der Eigenbetrieb Kindertageseinrichtungen federführend ist");
    expect(t).toContain("erneut an das Büro der Integrations- und Ausländerbeauftragten");
    expect(texts("Sozialamt", 1).join("\n")).toContain(
      "Es enthält die Maßnahme, für die das Sozialamt federführend ist.",
    );
  });
});
