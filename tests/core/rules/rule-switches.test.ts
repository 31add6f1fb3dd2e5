import { DEFAULT_PLAN, parsePlanConfig, validateGrid, type PlanConfig } from "../../../src/core";
import { flat, withoutReadings } from "../../helpers/flatten";
import { grid, type CellInput } from "../../helpers/grid";

const HEADER = ["Nr.", "Handlungsfeld", "Maßnahme", "Federführung", "Haushaltsrelevanz", "Ende", "Status", "Stand"];
/** Overdue (end 2023, in Umsetzung), budget "ja" without a Deckungsvorschlag, and a Stand after today. */
const ROW: CellInput[] = [
  "3.1.1",
  "Bildung",
  "Elternarbeit",
  "Jugendamt",
  "ja",
  { date: "2023-12-31" },
  "in Umsetzung",
  { date: "2024-07-15" },
];
const today = "2024-06-30";

const withRules = (rules: unknown): PlanConfig => {
  const parsed = parsePlanConfig({ ...DEFAULT_PLAN, rules });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.plan;
};
const found = (plan: PlanConfig) =>
  withoutReadings(validateGrid(grid([HEADER, ROW]), plan, { today }).issues).map((i) => [...flat([i])[0]!, i.severity]);

describe("a plan switches rules off or reweighs them", () => {
  it("runs every rule by default", () => {
    expect(found(DEFAULT_PLAN)).toEqual([
      ["E2", "cell/coverage-missing", "warning"],
      ["F2", "cell/overdue", "warning"],
      ["H2", "cell/date-after-stichtag", "warning"],
    ]);
  });

  it("leaves out a rule switched off, and gives another rule's findings the plan's severity", () => {
    const plan = withRules({ "coverage-proposal": { enabled: false }, overdue: { severity: "info" } });
    expect(found(plan)).toEqual([
      ["F2", "cell/overdue", "info"],
      ["H2", "cell/date-after-stichtag", "warning"],
    ]);
  });

  it("can make a warning an error, which makes the table invalid", () => {
    const plan = withRules({ "stand-date": { severity: "error" } });
    const r = validateGrid(grid([HEADER, ROW]), plan, { today });
    expect(r.valid).toBe(false);
    expect(r.records[0]?.worst).toBe("error");
  });

  it("rejects an unknown rule id or setting with its JSON path", () => {
    const parsed = parsePlanConfig({ ...DEFAULT_PLAN, rules: { overdu: { enabled: false }, overdue: { on: 1 } } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.errors).toEqual([
        { path: "$.rules.overdue", message: expect.stringContaining('"on"') },
        { path: "$.rules", message: expect.stringContaining('"overdu"') },
      ]);
  });
});
