import fc from "fast-check";
import {
  cleanText,
  DEFAULT_PLAN,
  foldKey,
  isBlankValue,
  looksLikeFormula,
  planIndex,
  type PlanConfig,
} from "../../src/core";
import { needsCleaning } from "../../src/core/fold";
import { headerKeyOf } from "../../src/core/header-detect";
import { isSpaceCode } from "../../src/core/space-code";

// The hot paths answer from a text's first character, or skip a pattern, where the patterns they
// stand in for could not match. These are the patterns as they were: old and new must agree.
const NEEDS_CLEANING = /[\u200b\u2060\ufeff\u00a0\u2007\u202f\u2000-\u200a\u3000]|^\s|\s$|[ \t][\n\r\u2028\u2029]/;
const BLANK_TEXT = /^[\s\u00a0\u2007\u202f]*$/;
const FORMULA_START = /^[=+\-@]/;

// Every character some pattern names, every other \s, controls, the formula starts, letters on
// both sides of ASCII, digits and ID punctuation, and a surrogate pair.
const tricky = fc.constantFrom(
  ..." \t\n\r\v\f\u0000\u001f\u0085\u00a0\u1680\u2000\u2007\u200a\u200b\u200c\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff",
  ..."=+-@#aZß ÄéΩ0123456789.,;/%",
  "😀",
);
const text = fc.string({ unit: fc.oneof(tricky, fc.string({ minLength: 1, maxLength: 1 })), maxLength: 12 });

describe("pre-tests that stand in for patterns", () => {
  it("isSpaceCode is \\s for every UTF-16 code unit", () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it("needsCleaning answers as the pattern it replaced, and cleanText leaves text it rules out alone", () => {
    fc.assert(
      fc.property(text, (s) => needsCleaning(s) === NEEDS_CLEANING.test(s) && (needsCleaning(s) || cleanText(s) === s)),
      { numRuns: 20_000 },
    );
  });

  it.each([
    ["empty", ""],
    ["clean", "Sprachkurse für Erwerbstätige"],
    ["space before a line separator", "a \u2028b"],
    ["tab before a paragraph separator", "a\t\u2029b"],
    ["line break without a blank before it", "a\nb"],
    ["ends in a vertical tab", "a\u000b"],
    ["starts with an Ogham space", "\u1680a"],
    ["medium mathematical space at the end", "a\u205f"],
    ["zero-width joiner only", "a\u200db"],
    ["word joiner inside", "a\u2060b"],
  ])("%s", (_what, s) => expect(needsCleaning(s)).toBe(NEEDS_CLEANING.test(s)));

  it("isBlankValue answers as the pattern for any text", () => {
    fc.assert(
      fc.property(text, (s) => isBlankValue(s) === BLANK_TEXT.test(s)),
      { numRuns: 20_000 },
    );
    expect(["", " ", "\u00a0\u2007\u202f", "\u3000\n", " x", "x "].map(isBlankValue)).toEqual(
      ["", " ", "\u00a0\u2007\u202f", "\u3000\n", " x", "x "].map((s) => BLANK_TEXT.test(s)),
    );
  });

  it("looksLikeFormula answers as the pattern for any text", () => {
    fc.assert(
      fc.property(text, (s) => looksLikeFormula(s) === FORMULA_START.test(s)),
      { numRuns: 5_000 },
    );
  });
});

describe("headerKeyOf: digits without letters name no header unless the plan has a header of digits", () => {
  const lookup = (plan: PlanConfig) => {
    const index = planIndex(plan);
    return (s: string) => [headerKeyOf(s, index), index.headers.get(foldKey(cleanText(s)))];
  };
  // A plan whose ID column may be headed "1.": it folds to a digit alone (the bundled plan's "%" has no digit).
  const numeric: PlanConfig = {
    ...DEFAULT_PLAN,
    columns: DEFAULT_PLAN.columns.map((c) => (c.key === "measureId" ? { ...c, synonyms: [...c.synonyms, "1."] } : c)),
  };
  const header = fc.constantFrom(...DEFAULT_PLAN.columns.flatMap((c) => [c.label, ...c.synonyms]));
  const anyText = fc.oneof(
    text,
    header,
    fc.constantFrom("3.2.1", "2024", "%", " % ", " 1. ", "1", "50 %", "#REF!", "2024-06-30"),
  );

  it.each([
    ["the bundled plan", DEFAULT_PLAN],
    ["a plan with a header name of digits", numeric],
  ])("answers as folding every text would, for %s", (_what, plan) => {
    const both = lookup(plan);
    fc.assert(
      fc.property(anyText, (s) => {
        const [fast, folded] = both(s);
        return fast === folded;
      }),
      { numRuns: 10_000 },
    );
  });

  it("still finds a header name without letters", () => {
    expect(lookup(DEFAULT_PLAN)(" % ")).toEqual(["progress", "progress"]);
    expect(lookup(numeric)(" 1 ")).toEqual(["measureId", "measureId"]);
    expect(lookup(DEFAULT_PLAN)("1")).toEqual([undefined, undefined]);
  });
});
