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
    const { issues, files } = findingsByFile(inputs);
    expect(files).toEqual(["a.xlsx", "b.xlsx", "b.xlsx"]);
    expect(issues[0]).toBe(other);
    expect(issues[1]).toBe(early);
    expect(issues[2]).toBe(late);
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
        const { issues, files: fileOf } = findingsByFile(inputs);
        const expected = copiedAndSorted(inputs);
        expect(issues.map((i, n) => ({ ...i, file: fileOf[n] }))).toEqual(expected);
      }),
    );
  });
});
