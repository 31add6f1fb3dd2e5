import fc from "fast-check";
import {
  fitsPageWidth,
  headerWidths,
  printOptions,
  rowHeightFor,
  trimmedLength,
  wordEnds,
  wrappedLines,
} from "../../src/xlsx/print-layout";

describe("print layout", () => {
  it.each([
    ["short text, one line", "in Umsetzung", 16, 1],
    [
      "wraps at spaces, a line holding one character less than the width",
      "Mehrsprachige Beratung zu Ausbildung und Beruf",
      20,
      4,
    ],
    ["a long word breaks inside itself", "Donaudampfschifffahrtsgesellschaftskapitän", 11, 5],
    ["line breaks count", "eins\nzwei\ndrei", 30, 3],
  ])("%s", (_name, text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
    // Counted once, then remembered: the second answer is the same.
    expect(wrappedLines(text, width)).toBe(lines);
  });

  it("counts a remembered text again for another width, and after more texts than it keeps", () => {
    const text = "Die Maßnahme läuft planmäßig, die Abstimmung mit dem Jugendamt folgt im Herbst.";
    expect([wrappedLines(text, 20), wrappedLines(text, 40), wrappedLines(text, 20, true)]).toEqual([5, 3, 6]);
    for (let i = 0; i < 25_000; i++) expect(wrappedLines(`${text} ${i}`, 40)).toBe(3);
    expect(wrappedLines(text, 20)).toBe(5);
  });

  it("gives a row the height of its tallest wrapped cell, and none when one line is enough", () => {
    expect(rowHeightFor([{ text: "kurz", width: 20, wrap: true }])).toBeNull();
    expect(
      rowHeightFor([
        { text: "eins\nzwei\ndrei", width: 20, wrap: true },
        { text: "x", width: 5, wrap: false },
      ]),
    ).toBe(48);
    // A cell that does not wrap never makes its row taller.
    expect(rowHeightFor([{ text: "a b c d e f g h i j k l m n o p", width: 3, wrap: false }])).toBeNull();
  });

  it("widens a column to its header's longest word, never narrows one", () => {
    expect(headerWidths(["Umsetzungszeitraum", "Ende", "Maßnahmen-Nr."], [16, 12, 12])).toEqual([23, 12, 14]);
  });

  it("fits one page wide only when that stays legible, else repeats the header row and title columns", () => {
    expect(fitsPageWidth([12, 26, 45, 24, 16])).toBe(true);
    const narrow = printOptions({
      headerRow: 1,
      widths: [12, 26, 45, 24, 16],
      titleColumns: 3,
      plan: "Plan",
      round: "Runde",
    });
    expect(narrow.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:1",
    });
    expect(narrow.pageSetup.printTitlesColumn).toBeUndefined();
    const wide = Array.from({ length: 20 }, () => 20);
    expect(fitsPageWidth(wide)).toBe(false);
    const many = printOptions({ headerRow: 4, widths: [12, 26, ...wide], titleColumns: 2, plan: "A & B", round: null });
    expect(many.pageSetup).toMatchObject({
      fitToPage: false,
      scale: 85,
      printTitlesRow: "4:4",
      printTitlesColumn: "A:B",
    });
    // Title columns wider than half a page: only the ID column repeats.
    expect(
      printOptions({ headerRow: 1, widths: [12, 60, 60, ...wide], titleColumns: 3, plan: "P" }).pageSetup
        .printTitlesColumn,
    ).toBe("A:A");
    // "&" is a code in Excel's header language: written twice to print once.
    expect(many.headerFooter).toEqual({ oddHeader: "&LA && B", oddFooter: "&L&A&RSeite &P von &N" });
  });
});

describe("words as Excel wraps them, found by index", () => {
  it("trims every character trimEnd trims, and no other", () => {
    const differing: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const word = `a${String.fromCharCode(code)}`;
      if (trimmedLength(word, 0, 2) !== word.trimEnd().length) differing.push(code);
    }
    expect(differing).toEqual([]);
  });

  it("end where splitting after spaces and hyphens ends them, with the same trimmed lengths", () => {
    const pieces = fc.constantFrom(
      "Wort",
      "Maßnahme",
      "a",
      " ",
      "  ",
      "-",
      " - ",
      "\t",
      "\u00a0",
      "\u3000",
      "x-y",
      "--",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const paragraph = parts.join("");
        // The first version's way: split with a lookbehind, trimEnd each word.
        const words = paragraph === "" ? [] : paragraph.split(/(?<=[ -])/);
        const ends = words.map((_, k) => words.slice(0, k + 1).join("").length);
        expect(wordEnds(paragraph)).toEqual(ends);
        expect(ends.map((end, k) => trimmedLength(paragraph, end - words[k]!.length, end))).toEqual(
          words.map((w) => w.trimEnd().length),
        );
      }),
    );
  });
});
