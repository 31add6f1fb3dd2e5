import { IssueCode, makeIssue, messageDe, DEFAULT_SEVERITY, UnreadableReason } from "../../src/core";

describe("messages", () => {
  it.each(IssueCode.options)("%s has a German message and a severity", (code) => {
    const issue = makeIssue(
      code,
      { sheet: "Tabelle1", row: 7, column: 2 },
      { value: "x", params: { allowed: "a | b", label: "Maßnahme", first: "3", proposal: "3.2.1", reason: "corrupt" } },
    );
    const text = messageDe(issue);
    expect(text.length).toBeGreaterThan(20);
    expect(text).not.toMatch(/undefined|null|\$\{/);
    expect(["error", "warning", "info"]).toContain(DEFAULT_SEVERITY[code]);
  });

  it("positions are what Excel shows", () => {
    const issue = makeIssue("cell/enum", { sheet: "S", row: 12, column: 28 });
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
