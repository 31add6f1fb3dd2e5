// @needs: build, chromium
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { DEFAULT_PLAN, validateWorkbook } from "../../src/core";
import { readWorkbookGrids } from "../../src/xlsx";
import { buergeramt, jugendamt, sozialamt } from "../helpers/offices";
import { runCli, tempDir } from "../helpers/run-cli";
import { addRows, loadWorkbook, workbookBytes } from "../helpers/workbook";
import { OUTPUT, axeViolations, guardNetwork, launch, serveDist, type Traffic } from "./browser";

jest.setTimeout(120_000);

/** An office's table with several problems, some fixable (synonyms, spaces, text dates). */
const problems = () =>
  workbookBytes((wb) => {
    const ws = wb.addWorksheet("Sachstand");
    addRows(ws, [
      ["Sachstand Sozialamt – Stand 30.06.2024"],
      [],
      [
        "Nr.",
        "HF",
        "Maßnahme",
        "Federführung",
        "Haushaltsrelevanz",
        "Status",
        "Fortschritt in %",
        "Ende",
        "Ansprechpartner/in",
      ],
      ["1.1.1", "1", "Sprachkurse für Beschäftigte", "SozA", "nein", "umgesetzt ", "100 %", "31.12.2025", "Frau Çelik"],
      ["1.1.2", "1", "Jobmesse <b>mehrsprachig</b>", "Sozialamt", "Ja", "fast fertig", 0.4, "2025", "Herr Иванов"],
    ]);
  });

describe("the task pane page in a real browser (Debian chromium)", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDist>>;
  const shots = join(OUTPUT, "screenshots");

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    server = await serveDist();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (officeJs: boolean): Promise<{ page: Page; traffic: Traffic }> => {
    // An English browser: the page must still speak German, down to the file button.
    const page = await browser.newPage({ acceptDownloads: true, locale: "en-US" });
    // The page's "today" is the command's --today, so both judge "overdue" alike.
    await page.clock.setFixedTime(new Date("2024-06-30T10:00:00"));
    const traffic = await guardNetwork(page, officeJs);
    await page.goto(`${server.url}/taskpane.html`);
    await page.waitForSelector("#mode");
    return { page, traffic };
  };

  it("outside Office, checks a workbook from disk, lists issues with cells, and downloads a corrected copy", async () => {
    const { page, traffic } = await open(true);
    expect(await page.textContent("#mode")).toContain("im Browser");
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, "standalone-leer.png"), fullPage: true });
    // Before a file is chosen: a German button, no browser-made "Choose files", no empty "Befunde".
    expect(await page.isVisible("#files")).toBe(false);
    expect(await page.textContent("#btn-files")).toBe("Excel-Dateien der Ämter (.xlsx) auswählen …");
    expect(await page.textContent("#files-chosen")).toBe("Noch keine Datei ausgewählt.");
    expect(await page.isVisible("#results-heading")).toBe(false);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point (hidden parts stay out).
    expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/^Befunde$|Choose|No file|chosen/m);
    expect(await page.textContent("#btn-report")).toBe(
      "Prüfergebnis als Datei speichern (für die Koordinierungsstelle)",
    );
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 720 });

    const original = await problems();
    // The German button opens the browser's file dialog (the hidden input's).
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.click("#btn-files")]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles({
      name: "Sozialamt.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from(original),
    });
    await page.waitForFunction(() => document.querySelector("#status")?.textContent?.includes("1 Datei geprüft"));
    expect(await page.textContent("#files-chosen")).toBe("1 Datei ausgewählt: Sozialamt.xlsx");
    expect(await page.isVisible("#results-heading")).toBe(true);
    const counts = (await page.textContent("#results .file-status")) ?? "";
    expect(counts).toMatch(/ – 2 Maßnahmen, \d+ Fehler, \d+ Warnung(en)?, \d+ Hinweis(e)?$/);
    expect(counts).not.toMatch(/\b1 (Warnungen|Hinweise)\b/);
    const items = await page.$$eval("#results li", (lis) => lis.map((li) => li.textContent ?? ""));
    expect(items).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Blatt „Sachstand“, Zelle F5: .*„fast fertig“ ist kein zulässiger Umsetzungsstand/),
        expect.stringMatching(/^Blatt „Sachstand“, Zelle E5: „Ja“ ist mehrdeutig/),
      ]),
    );
    expect(await page.$("#results b")).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, "standalone-befunde.png"), fullPage: true });
    // WCAG 2.1 1.4.10 (reflow): at 320 CSS pixels nothing may need scrolling sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, "standalone-320px.png"), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 720 });

    // Keyboard only: Tab to the copy button, Enter.
    await page.focus("#btn-files");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      (async () => {
        for (let i = 0; i < 5 && !(await page.evaluate(() => document.activeElement?.classList.contains("copy"))); i++)
          await page.keyboard.press("Tab");
        await page.keyboard.press("Enter");
      })(),
    ]);
    expect(download.suggestedFilename()).toBe("Sozialamt (korrigiert).xlsx");
    const copyPath = join(tempDir("download"), "copy.xlsx");
    await download.saveAs(copyPath);
    const copy = await readWorkbookGrids(new Uint8Array(readFileSync(copyPath)));
    if (!copy.ok) throw new Error(copy.reason);
    const report = validateWorkbook(copy.grids, DEFAULT_PLAN, { today: "2024-06-30" });
    expect(report.fixes).toEqual([]);
    expect(report.issues.filter((i) => i.severity !== "info").map((i) => [i.cell, i.code])).toEqual([
      ["E5", "cell/ambiguous-budget"],
      ["F5", "cell/enum"],
    ]);
    const sheet = copy.grids.find((g) => g.sheet === "Sachstand")!;
    const texts = sheet.rows.flat().map((c) => c?.value);
    for (const kept of [
      "Frau Çelik",
      "Herr Иванов",
      "Jobmesse <b>mehrsprachig</b>",
      "fast fertig",
      "Ja",
      "Sachstand Sozialamt – Stand 30.06.2024",
    ])
      expect(texts).toContain(kept);
    expect(traffic.leaked).toEqual([]);
    expect(traffic.uploads).toEqual([]);
  });

  it("merges three workbooks in the browser into the same consolidated workbook as the command", async () => {
    const dir = tempDir("e2e-merge");
    const files = {
      "Jugendamt.xlsx": await jugendamt(),
      "Sozialamt.xlsx": await sozialamt(),
      "Buergeramt.xlsx": await buergeramt(),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    expect(runCli(["merge", ".", "--out", "cli.xlsx", "--today", "2024-06-30"], {}, dir).code).toBe(1);
    const { page, traffic } = await open(false);
    await page.setInputFiles(
      "#files",
      Object.entries(files).map(([name, bytes]) => ({
        name,
        mimeType: "application/octet-stream",
        buffer: Buffer.from(bytes),
      })),
    );
    await page.waitForFunction(() => document.querySelector("#status")?.textContent?.includes("3 Dateien geprüft"));
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#btn-merge")]);
    const browserPath = join(dir, "browser.xlsx");
    await download.saveAs(browserPath);
    const a = await loadWorkbook(new Uint8Array(readFileSync(join(dir, "cli.xlsx"))));
    const b = await loadWorkbook(new Uint8Array(readFileSync(browserPath)));
    const rows = (name: string, wb: typeof a) => {
      const out: unknown[][] = [];
      wb.getWorksheet(name)!.eachRow((r) =>
        out.push((r.values as unknown[]).slice(1).map((v) => (typeof v === "string" ? v.replace(/^\.\//, "") : v))),
      );
      return out;
    };
    for (const sheet of ["Maßnahmen", "Prüfbericht", "Konflikte", "Deckungsvorschläge", "Quellen"])
      expect([sheet, rows(sheet, b)]).toEqual([sheet, rows(sheet, a)]);
    expect(traffic.leaked).toEqual([]);
    await page.screenshot({ path: join(shots, "standalone-zusammengefuehrt.png"), fullPage: true });
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
