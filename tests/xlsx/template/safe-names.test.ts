import { safeFileBase, uniqueFileNames } from "../../../src/xlsx/template";

// Issue 19, item 6: safe names wherever a name is made (templates, Rückmeldungen).
describe("safe file names", () => {
  it.each([
    ["a reserved name with an extension", "con.txt", "con_.txt"],
    ["a reserved name with trailing spaces before the dot", "NUL .alt", "NUL_.alt"],
    ["COM with a superscript digit", "COM¹", "COM¹_"],
    ["an Excel lock-file prefix", "~$Sozialamt", "Sozialamt"],
    ["a repeated lock-file prefix", "~$~$Amt", "Amt"],
    ["bidi overrides that make a name read backwards", "Amt\u202Excod.exe", "Amtxcod.exe"],
    ["bidi isolates and marks", "\u2067Amt\u2069\u200F", "Amt"],
    ["C1 control characters and a byte-order mark", "\ufeffAmt\u0085 Nord", "Amt Nord"],
    ["a lone surrogate half", "Amt \ud83d", "Amt"],
  ])("%s: %j → %j", (_name, text, base) => {
    expect(safeFileBase(text)).toBe(base);
  });

  it("cuts on grapheme boundaries: never inside an emoji with joiners or a letter with a combining accent", () => {
    const family = "👩‍👩‍👧‍👦"; // 11 UTF-16 units, one character
    const name = safeFileBase(`${"x".repeat(95) + family}Ende`);
    expect(name).toBe("x".repeat(95));
    expect(name).not.toContain("\ufffd");
    const accented = safeFileBase(`${"y".repeat(99)}q\u0301z`);
    expect(accented).toBe("y".repeat(99));
    for (const s of [name, accented]) expect(Buffer.from(s, "utf8").toString("utf8")).toBe(s);
  });

  it("keeps the suffix whole when the name is cut", () => {
    const base = safeFileBase("Amt ".repeat(40), " (Rückmeldung)");
    expect(base.endsWith(" (Rückmeldung)")).toBe(true);
    expect(base.length).toBeLessThanOrEqual(100);
  });

  it("is unique after case folding, also for ß and for decomposed umlauts", () => {
    expect(uniqueFileNames(["Straße", "STRASSE", "Bu\u0308ro", "Büro"], ".xlsx")).toEqual([
      "Straße.xlsx",
      "STRASSE (2).xlsx",
      "Bu\u0308ro.xlsx",
      "Büro (2).xlsx",
    ]);
  });
});
