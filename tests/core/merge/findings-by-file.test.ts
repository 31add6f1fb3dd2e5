import fc from "fast-check";
import { compareIssues, findingsByFile, makeIssue, type Issue, type MergeInput } from "../../../src/core";
import { input } from "../../helpers/records";

const finding = (sheet: string, row: number, column: number, code: "cell/enum" | "cell/date-invalid"): Issue =>
  makeIssue(code, { sheet, row, column }, { value: `${sheet}!${row}:${column}` } as never);

const withIssues = (file: string, issues: Issue[]): MergeInput => {
  const i = input(file, null, []);
  return { ...i, result: { ...i.result, issues } };
};

/** The list as the consolidation held it before: a copy of each finding with its file, sorted by file then position. */
const copiedAndSorted = (inputs: readonly MergeInput[]) =>
  inputs
    .flatMap((i) => i.result.issues.map((issue) => ({ ...issue, file: i.result.file })))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : compareIssues(a, b)));

describe("findingsByFile", () => {
  it("lists files in name order and each file's findings by position, the findings themselves (no copies)", () => {
    const late = finding("Tabelle1", 9, 2, "cell/enum");
    const early = finding("Tabelle1", 3, 5, "cell/enum");
    const other = finding("Tabelle1", 1, 1, "cell/date-invalid");
    const inputs = [withIssues("b.xlsx", [late, early]), withIssues("a.xlsx", [other])];
    const findings = findingsByFile(inputs);
    expect(findings.count).toBe(3);
    expect([0, 1, 2].map((n) => findings.file(n))).toEqual(["a.xlsx", "b.xlsx", "b.xlsx"]);
    expect(findings.issue(0)).toBe(other);
    expect(findings.issue(1)).toBe(early);
    expect(findings.issue(2)).toBe(late);
    expect(() => findings.issue(3)).toThrow(RangeError);
  });

  it("gives the order of the copied and sorted list, also for names that sort differently by code unit and by text, and for two inputs of one name", () => {
    const names = fc.constantFrom("a.xlsx", "B.xlsx", "ä.xlsx", "a10.xlsx", "a9.xlsx");
    const issue = fc
      .tuple(
        fc.constantFrom("Tabelle1", "Blatt"),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom("cell/enum" as const, "cell/date-invalid" as const),
      )
      .map(([s, r, c, code]) => finding(s, r, c, code));
    fc.assert(
      fc.property(fc.array(fc.tuple(names, fc.array(issue, { maxLength: 6 })), { maxLength: 6 }), (files) => {
        const inputs = files.map(([name, issues]) => withIssues(name, issues));
        const findings = findingsByFile(inputs);
        const expected = copiedAndSorted(inputs);
        const listed = (order: number[]) => order.map((n) => ({ ...findings.issue(n), file: findings.file(n) }));
        const inTurn = expected.map((_, n) => n);
        expect(listed(inTurn)).toEqual(expected);
        // Asked out of turn (the sheet asks in turn, a reader may not), the same answers.
        expect(listed([...inTurn].reverse())).toEqual([...expected].reverse());
      }),
    );
  });
});
