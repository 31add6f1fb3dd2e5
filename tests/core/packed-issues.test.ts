import fc from "fast-check";
import { DEFAULT_PLAN, type Issue, packIssues, plainIssueOf, unpackIssues } from "../../src/core";
import { checkWorkbookBytes } from "../../src/xlsx";
import { realWorkbooks } from "../helpers/real-workbooks";
import { expectSameItems } from "../helpers/same-values";

/** The findings as a worker's reply brings them: packed, copied across threads, handles on the copy. */
const throughReply = (issues: readonly Issue[]): Issue[] => unpackIssues(structuredClone(packIssues(issues)));

/** Every key a finding has, in its order, with its value: what a spread or JSON would see. */
const entriesOf = (i: Issue) => {
  const plain = plainIssueOf(i) as unknown as Record<string, unknown>;
  return Object.keys(plain).map((k) => [k, plain[k]] as const);
};

const expectSame = (held: readonly Issue[], read: readonly Issue[]) => expectSameItems(held, read, entriesOf);

describe("packed findings (what the merge holds of a worker's reply)", () => {
  it("give every finding of real workbooks as found, key for key: the examples, the test offices, the public corpus", async () => {
    const files = await realWorkbooks();
    const codes = new Set<string>();
    for (const f of files) {
      const issues = (await checkWorkbookBytes(f.name, "0", f.bytes, DEFAULT_PLAN, "2024-06-30")).result.issues;
      expectSame(throughReply(issues), issues);
      for (const i of issues) codes.add(i.code);
    }
    // Findings of many kinds went through, not a few of one.
    expect(codes.size).toBeGreaterThan(10);
  });

  const text = fc.oneof(fc.constantFrom("in Umsetzung", "K12", "", "a\u0000b"), fc.string());
  const issue = fc.record({
    code: fc.constantFrom("cell/normalised", "row/missing-required", "file/no-header"),
    severity: fc.constantFrom("error", "warning", "info"),
    sheet: fc.option(fc.constantFrom("Tabelle1", "Aktionsplan"), { nil: null }),
    row: fc.option(fc.integer({ min: 1, max: 1_048_576 }), { nil: null }),
    column: fc.option(fc.constantFrom("A", "K"), { nil: null }),
    cell: fc.option(text, { nil: null }),
    field: fc.option(fc.constantFrom("status", "measureId"), { nil: null }),
    value: fc.option(text, { nil: null }),
    params: fc.oneof(
      fc.record({ read: fc.constantFrom("in Planung", "in Umsetzung") }),
      fc.record({ read: text, count: fc.double() }),
      fc.record({ nested: fc.record({ a: text }) }),
      fc.constant({}),
    ),
  });
  // A decision's acceptance adds a key; a finding of another shape (an extra key) travels whole.
  const finding = fc.oneof(
    issue,
    issue.map((i) => ({ ...i, accepted: true })),
    issue.map((i) => ({ ...i, file: "a.xlsx" })),
    issue.map(({ code, severity, params }) => ({ severity, code, params })),
  );

  it("give back any finding key for key (random findings, some of other shapes)", () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 40 }), (found) => {
        const issues = found as unknown as Issue[];
        expectSame(throughReply(issues), issues);
      }),
      { numRuns: 200 },
    );
  });

  it("share one parameter object among the findings of a file that say the same, and switch to 32-bit indexes past 65,535 values", () => {
    const issues = Array.from(
      { length: 70_000 },
      (_, n) =>
        ({
          code: "cell/normalised",
          severity: "info",
          sheet: "Tabelle1",
          row: n + 2,
          column: "F",
          cell: `F${n + 2}`,
          field: "status",
          value: `in planung ${n % 3}`,
          params: { read: "in Planung" },
        }) as Issue,
    );
    const packed = packIssues(issues);
    expect(packed.slots).toBeInstanceOf(Uint32Array);
    expect(packed.params).toHaveLength(1);
    expect(packIssues(issues.slice(0, 100)).slots).toBeInstanceOf(Uint16Array);
    const held = unpackIssues(structuredClone(packed));
    expect(held[0]!.params).toBe(held[69_999]!.params);
    expect(JSON.stringify(held) === JSON.stringify(issues)).toBe(true);
    expectSame(held.slice(-1000), issues.slice(-1000));
  });
});
