import { ISSUES, IssueCode, makeIssue, messageDe, problem, issueAt, UnreadableReason } from "../../src/core";

const at = { sheet: "Tabelle1", row: 7, column: 2 };

describe("the issue catalogue", () => {
  it.each(IssueCode.options)("%s renders its example parameters as a German sentence", (code) => {
    const entry = ISSUES[code];
    // The example is what the schema accepts: a message can only be given the parameters its code has.
    expect(entry.params.safeParse(entry.example).success).toBe(true);
    const text = messageDe(issueAt({ code, params: entry.example } as never, at, { value: "x", field: "status" }));
    expect(text.length).toBeGreaterThan(20);
    expect(text).not.toMatch(/undefined|null|\[object|\$\{| \| /);
    expect(text).toMatch(/[.!?]$/);
    expect(["error", "warning", "info"]).toContain(entry.severity);
    expect(["office", "coordinator"]).toContain(entry.audience);
  });

  it("rejects a parameter a code does not have, at run time as the compiler does", () => {
    expect(ISSUES["cell/enum"].params.safeParse({ allowd: ["a"] }).success).toBe(false);
    expect(ISSUES["row/duplicate-id"].params.safeParse({ first: "3" }).success).toBe(false);
  });

  it("a code's parameters are typed: the issue carries them as data", () => {
    const i = makeIssue("cell/status-progress", at, {
      field: "progress",
      value: "50 %",
      params: { status: "nicht begonnen", min: 0, max: 0 },
    });
    expect([i.severity, i.params.min, messageDe(i)]).toEqual([
      "warning",
      0,
      "Fortschritt „50 %“ passt nicht zum Umsetzungsstand „nicht begonnen“ (erwartet 0 %).",
    ]);
    expect(problem("cell/normalised", { read: "x" })).toEqual({ code: "cell/normalised", params: { read: "x" } });
  });

  it("only the template's origin and the coordinator's own decisions are for the coordinator alone", () => {
    expect(IssueCode.options.filter((c) => ISSUES[c].audience === "coordinator")).toEqual([
      "file/from-template",
      "decision/check",
      "decision/invalid",
    ]);
  });

  it("positions are what Excel shows", () => {
    const issue = makeIssue("cell/enum", { sheet: "S", row: 12, column: 28 }, { params: { allowed: [] } });
    expect([issue.column, issue.cell, issue.row]).toEqual(["AB", "AB12", 12]);
  });
});

describe("unreadable reasons", () => {
  it.each(UnreadableReason.options)("%s has a German explanation", (reason) => {
    const text = messageDe(
      makeIssue("file/unreadable", { sheet: null, row: null, column: null }, { params: { reason } }),
    );
    expect(text).toMatch(/^Die Datei kann nicht gelesen werden\. .{20,}/);
  });
});
