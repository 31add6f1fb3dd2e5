import { readFileSync } from "node:fs";
import { join } from "node:path";

// Plain CommonJS modules shared with jest.fast.config.js and npm test's tool check.
const { declaredNeeds } = require("./helpers/test-needs") as {
  declaredNeeds: () => { file: string; needs: string[] }[];
};
const { TOOLS } = require("../tools/test-deps") as { TOOLS: { pkg: string }[] };

/** What a test file's text shows it uses, and what that needs (any one of several, where they are alternatives). */
const SIGNS: readonly (readonly [RegExp, string | readonly string[]])[] = [
  [/\brunCli\(|"lib",|"dist"|lib\/examples/, "build"],
  [/"soffice"|helpers\/soffice"/, ["libreoffice-calc-nogui", "libreoffice-writer-nogui"]],
  [/\.docx"/, "libreoffice-writer-nogui"],
  [/openpyxl/, "python3-openpyxl"],
  [/xlsxwriter/i, "python3-xlsxwriter"],
  [/from "\.\/browser"|playwright-core/, "chromium"],
  [/pdftoppm|pdfinfo|pdftotext/, "poppler-utils"],
];

describe("test files declare what they need beyond Node", () => {
  // This file names every sign itself; it needs nothing.
  const files = declaredNeeds().filter((f) => !f.file.endsWith("test-needs.test.ts"));
  const known = new Set(["build", ...TOOLS.map((t) => t.pkg)]);

  it.each(files.map((f) => [f.file, f]))("%s", (_name, { file, needs }) => {
    const text = readFileSync(join(__dirname, "..", file), "utf8");
    const used = SIGNS.filter(([sign]) => sign.test(text)).map(([, need]) =>
      typeof need === "string" ? [need] : need,
    );
    expect(needs.filter((n) => !known.has(n))).toEqual([]);
    expect(used.filter((any) => !any.some((n) => needs.includes(n)))).toEqual([]);
  });

  it("leaves most of the suite to the fast loop", () => {
    const fast = files.filter((f) => f.needs.length === 0).length;
    expect(fast).toBeGreaterThan(files.length / 2);
  });
});
