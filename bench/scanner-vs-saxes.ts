// Our forward-only XML scanner (src/xlsx/read/xml-scanner.ts) against saxes, the SAX parser exceljs
// uses, on the same parts: every XML part of every workbook in a folder (default: the city set),
// inflated and decoded once beforehand, then fed to each parser in the same 64 KiB string chunks.
// Both report the same events to the same counting handler (element names, the attributes the
// reader asks for, all text with entities decoded); the outputs are compared before anything is
// timed. CPU time per pass, both parsers in turn in one process, cold first pass apart.
//
//   npm run bench -- --scenarios city           (once, to generate bench/cache/city-2024)
//   node bench-out/bench/scanner-vs-saxes.js [folder] [passes]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { XmlScanner, type XmlAttributes, type XmlHandler } from "../src/xlsx/read/xml-scanner";
import { CACHE_DIR } from "./paths";
import { lowerMedian as median } from "./repeat";

const CHUNK = 64 * 1024;
/** What the reader's handlers ask of a tag (cells, rows, columns, shared strings, styles). */
const ASKED = ["r", "t", "s", "hidden", "numFmtId", "formatCode", "min", "max", "ref"];

/** Folds everything a handler sees into one number, so two parsers' outputs compare cheaply. */
class Digest {
  hash = 0x811c9dc5;
  elements = 0;
  add(s: string): void {
    let h = this.hash;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    this.hash = h >>> 0;
  }
}

class DigestHandler implements XmlHandler {
  readonly wantText = true;
  constructor(readonly digest: Digest) {}
  open(name: string, a: XmlAttributes): void {
    this.digest.elements++;
    this.digest.add(name);
    for (const k of ASKED) {
      const v = a.get(k);
      if (v !== undefined) this.digest.add(v);
    }
  }
  close(name: string): void {
    this.digest.add(name);
  }
  text(t: string): void {
    this.digest.add(t);
  }
}

const chunks = (xml: string): string[] => {
  const out: string[] = [];
  for (let at = 0; at < xml.length; at += CHUNK) out.push(xml.slice(at, at + CHUNK));
  return out;
};

const ours = (parts: readonly string[][]): Digest => {
  const digest = new Digest();
  for (const part of parts) {
    const scanner = new XmlScanner(new DigestHandler(digest));
    part.forEach((c, i) => scanner.push(c, i === part.length - 1));
  }
  return digest;
};

const local = (name: string): string => name.slice(name.indexOf(":") + 1);

/** saxes without namespaces or positions (its fastest mode), its events turned into the same calls. */
const saxes = (parts: readonly string[][]): Digest => {
  const digest = new Digest();
  for (const part of parts) {
    const parser = new SaxesParser({ position: false });
    parser.on("error", (e) => {
      throw e;
    });
    // Whitespace outside the root element and namespace declarations are nothing the reader sees.
    let depth = 0;
    parser.on("opentag", (tag) => {
      if (!tag.isSelfClosing) depth++;
      digest.elements++;
      digest.add(local(tag.name));
      const attributes = tag.attributes as Record<string, string>;
      for (const k of ASKED) {
        let v = attributes[k];
        // A prefixed attribute (x:r) answers to its local name, as in our scanner; xmlns:r does not.
        if (v === undefined)
          for (const q in attributes)
            if (q.endsWith(`:${k}`) && !q.startsWith("xmlns:")) {
              v = attributes[q];
              break;
            }
        if (v !== undefined) digest.add(v);
      }
    });
    parser.on("closetag", (tag) => {
      if (!tag.isSelfClosing) depth--;
      digest.add(local(tag.name));
    });
    parser.on("text", (t) => {
      if (depth > 0) digest.add(t);
    });
    for (const c of part) parser.write(c);
    parser.close();
  }
  return digest;
};

const cpuMs = (f: () => void): number => {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};

const main = (): void => {
  const dir = process.argv[2] ?? join(CACHE_DIR, "city-2024");
  const passes = Number(process.argv[3] ?? 7);
  const decoder = new TextDecoder();
  const parts: string[][] = [];
  let bytes = 0;
  for (const f of readdirSync(dir).filter((n) => /\.xls[xm]$/i.test(n))) {
    const zip = unzipSync(new Uint8Array(readFileSync(join(dir, f))));
    for (const [name, data] of Object.entries(zip))
      if (/\.(xml|rels)$/i.test(name)) {
        const xml = decoder.decode(data);
        bytes += xml.length;
        parts.push(chunks(xml));
      }
  }
  // The first pass of each, cold (nothing compiled yet), also gives the outputs to compare.
  let a = new Digest();
  let b = new Digest();
  const cold = { ours: cpuMs(() => (a = ours(parts))), saxes: cpuMs(() => (b = saxes(parts))) };
  if (a.hash !== b.hash || a.elements !== b.elements)
    throw new Error(`different output: ours ${a.elements}/${a.hash}, saxes ${b.elements}/${b.hash}`);
  process.stdout.write(
    `${parts.length} parts, ${(bytes / 1e6).toFixed(1)} M characters, ${a.elements} elements; same output (digest ${a.hash.toString(16)})\n`,
  );
  const times = { ours: [cold.ours], saxes: [cold.saxes] };
  for (let p = 1; p < passes; p++) {
    // In turn, the order swapped every pass, so neither always runs on the warmer machine.
    const order = p % 2 === 0 ? (["ours", "saxes"] as const) : (["saxes", "ours"] as const);
    for (const which of order) times[which].push(cpuMs(() => (which === "ours" ? ours(parts) : saxes(parts))));
  }
  const show = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(" ");
  process.stdout.write(`CPU ms per pass (first pass cold) — ours: ${show(times.ours)}; saxes: ${show(times.saxes)}\n`);
  const warm = (xs: number[]) => median(xs.slice(1));
  process.stdout.write(
    `warm median: ours ${warm(times.ours).toFixed(0)} ms, saxes ${warm(times.saxes).toFixed(0)} ms, saxes ÷ ours ${(warm(times.saxes) / warm(times.ours)).toFixed(2)}; cold: saxes ÷ ours ${(times.saxes[0]! / times.ours[0]!).toFixed(2)}\n`,
  );
};

main();
