import { hyphenateSync } from "hyphen/de";

/**
 * German text with soft hyphens (U+00AD) at the syllable breaks of long words. Chromium has no
 * hyphenation dictionary on Linux, so `hyphens: auto` does nothing when it prints the PDF; without
 * break points one long word ("Kindertageseinrichtungen", "Haushaltsrelevanz") is as wide as its
 * column must be, and a table of such columns runs off the page. Soft hyphens are invisible unless a
 * line breaks there, and readers and search ignore them.
 */
export const softHyphens = (text: string): string => hyphenateSync(text, { minWordLength: 10 });
