// @needs: build, chromium, poppler-utils
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { runCli, tempDir } from "../helpers/run-cli";
import { OUTPUT } from "./browser";

const ROOT = join(__dirname, "..", "..");
const SHOTS = join(OUTPUT, "screenshots");

/** poppler-utils (installed by .ci/run) reads the PDF independently of the browser that wrote it. */
const poppler = (tool: string, args: readonly string[]): string => {
  const r = spawnSync(`/usr/bin/${tool}`, args, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${tool} failed: ${r.stderr}`);
  return r.stdout;
};

describe("report --pdf (Debian chromium, headless)", () => {
  const dir = tempDir("report-pdf");
  const pdf = join(dir, "Bericht.pdf");

  beforeAll(() => {
    const demo = spawnSync(process.execPath, [join(ROOT, "lib", "examples", "write-demo.js"), dir], {
      encoding: "utf8",
    });
    expect(demo.status).toBe(0);
    const r = runCli([
      "report",
      join(dir, "out", "Umsetzungsstand.xlsx"),
      "--out",
      join(dir, "Bericht.html"),
      "--pdf",
      pdf,
    ]);
    expect(r.stderr).not.toContain("Fehler:");
    expect(r.code).toBe(0);
  });

  it("prints a tagged (accessible) A4 PDF without scripts", () => {
    const info = poppler("pdfinfo", [pdf]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^JavaScript:\s+no$/m);
    expect(info).toMatch(/^Page size:\s+59\d\.\d+ x 841\.\d+ pts \(A4\)$/m);
    expect(Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])).toBeGreaterThanOrEqual(2);
    expect(info).toMatch(/^Title:\s+Umsetzungsstand Aktionsplan Integration 2022 bis 2026$/m);
  });

  it("holds the report's text, with the same figures as the HTML", () => {
    const text = poppler("pdftotext", ["-layout", pdf, "-"]);
    const html = readFileSync(join(dir, "Bericht.html"), "utf8");
    const total = /<dt>Maßnahmen<\/dt><dd>(\d+)<\/dd>/.exec(html)?.[1];
    expect(total).toBeDefined();
    expect(text).toMatch(new RegExp(`Maßnahmen\\s+${total}\\b`));
    for (const heading of [
      "Auf einen Blick",
      "Umsetzungsstand nach Handlungsfeld",
      "Überfällige Maßnahmen",
      "Methodik und Datenlage",
    ])
      expect(text).toContain(heading);
    expect(text).toMatch(/Seite 1 von \d+/);
  });

  it("renders page 1 to PNG for a reviewer (test-output/screenshots/report-page-1.png)", () => {
    mkdirSync(SHOTS, { recursive: true });
    const base = join(SHOTS, "report-page");
    poppler("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, base]);
    const png = `${base}.png`;
    expect(existsSync(png)).toBe(true);
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    // A4 (595 × 842 pt) at 80 dpi is about 661 × 935 pixels (poppler rounds up): the IHDR's size.
    expect(Math.abs(bytes.readUInt32BE(16) - 661)).toBeLessThanOrEqual(2);
    expect(Math.abs(bytes.readUInt32BE(20) - 935)).toBeLessThanOrEqual(2);
    expect(statSync(png).size).toBeGreaterThan(20_000);
  });
});
