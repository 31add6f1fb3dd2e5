import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FEEDBACK_LOG_SCHEMA_FILE, feedbackLogJsonSchema, withFeedback, type ReturnRow } from "../../../src/core";

const row = (round: string, office: string, feedbackWritten: string | null): ReturnRow => ({
  round,
  office,
  templateCreated: null,
  versions: [],
  newestFile: null,
  newestReceived: null,
  deadline: null,
  errors: null,
  feedbackWritten,
  correctedReceived: null,
  olderFiles: [],
});

describe("withFeedback: Rückmeldungen from feedback's logs in Rücklauf", () => {
  const log = [
    { round: "Jahresmeldung 2023", office: "Sozialamt", on: "2023-08-20" },
    { round: "Jahresmeldung 2023", office: "Sozialamt", on: "2023-09-05" },
    { round: "Jahresmeldung 2023", office: "Jugendamt", on: "2023-08-20" },
  ];

  it.each([
    ["no day yet: the latest logged letter", row("Jahresmeldung 2023", "Sozialamt", null), "2023-09-05"],
    ["a typed day before the letter: the letter's", row("Jahresmeldung 2023", "Jugendamt", "2023-08-01"), "2023-08-20"],
    ["a typed day after the letter: kept", row("Jahresmeldung 2023", "Jugendamt", "2023-10-01"), "2023-10-01"],
    ["another round: untouched", row("Jahresmeldung 2022", "Sozialamt", null), null],
    ["another office: untouched", row("Jahresmeldung 2023", "Bürgeramt", "2023-08-01"), "2023-08-01"],
    ["the round spelt otherwise: the same round", row("jahresmeldung  2023", "Jugendamt", null), "2023-08-20"],
  ])("%s", (_, r, want) => {
    expect(withFeedback([r], log)[0]!.feedbackWritten).toBe(want);
  });
});

describe("the published JSON Schema of feedback's log", () => {
  it("is the one generated from the core's zod schema (run `npm run schemas` after changing it)", () => {
    const checkedIn = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", FEEDBACK_LOG_SCHEMA_FILE), "utf8"));
    expect(checkedIn).toEqual(feedbackLogJsonSchema());
  });
});
