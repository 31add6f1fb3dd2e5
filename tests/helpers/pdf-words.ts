import { spawnSync } from "node:child_process";

/** One word as poppler places it on a page, in PDF points from the top left corner. */
export interface PdfWord {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly words: readonly PdfWord[];
}

const xmlText = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/**
 * Every page's words with their boxes, read by poppler's `pdftotext -bbox` (a reader independent of
 * the browser or office suite that wrote the PDF). Its output is a fixed, flat XHTML shape.
 */
export const pdfWords = (pdf: string): PdfPage[] => {
  const r = spawnSync("/usr/bin/pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout
    .split("<page ")
    .slice(1)
    .map((chunk) => {
      const size = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk);
      const words = [
        ...chunk.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g),
      ].map((m) => ({
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        // Soft hyphens are invisible unless a line breaks there; poppler keeps them in the text.
        text: xmlText(m[5]!).replace(/\u00ad/g, ""),
      }));
      return { width: Number(size?.[1]), height: Number(size?.[2]), words };
    });
};

/** A page's words as one line of text in poppler's reading order, for searching phrases. */
export const pageText = (page: PdfPage): string => page.words.map((w) => w.text).join(" ");
