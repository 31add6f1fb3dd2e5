// @needs: build, chromium
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import webpack from "webpack";
import { OUTPUT, axeViolations, guardNetwork, launch, serveDist } from "./browser";

jest.setTimeout(120_000);

const FAKE_BUNDLE = join(OUTPUT, "fake-host.js");

/** Bundles the fake Excel for the browser with the project's own loader settings. */
const bundleFake = () =>
  new Promise<void>((resolve, reject) =>
    webpack(
      {
        mode: "development",
        devtool: false,
        entry: join(__dirname, "fake-host-entry.ts"),
        output: { path: OUTPUT, filename: "fake-host.js" },
        resolve: { extensions: [".ts", ".js"] },
        module: {
          rules: [
            {
              test: /\.ts$/,
              use: {
                loader: "ts-loader",
                options: { configFile: join(__dirname, "..", "..", "tsconfig.browser.json"), transpileOnly: true },
              },
            },
          ],
        },
      },
      (err, stats) => (err || stats?.hasErrors() ? reject(err ?? new Error(stats?.toString())) : resolve()),
    ),
  );

describe("the Office-hosted task pane in a real browser, against the fake Excel", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDist>>;

  beforeAll(async () => {
    mkdirSync(join(OUTPUT, "screenshots"), { recursive: true });
    await bundleFake();
    server = await serveDist();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("runs the bundled Prüfen, Markieren and Korrigieren by keyboard, accessibly, without leaving localhost", async () => {
    const page = await browser.newPage();
    const traffic = await guardNetwork(page, true);
    await page.addInitScript({ path: FAKE_BUNDLE });
    await page.goto(`${server.url}/taskpane.html`);
    await page.waitForSelector("#btn-check");
    expect(await page.textContent("#mode")).toContain("in Excel");
    expect(await axeViolations(page)).toEqual([]);

    await page.focus("#btn-check");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("#status")?.textContent?.startsWith("Blatt „Sachstand“"));
    expect(await page.textContent("#status")).toBe("Blatt „Sachstand“: 2 Maßnahmen, 1 Fehler, 0 Warnungen, 1 Hinweis.");
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(OUTPUT, "screenshots", "excel-befunde.png"), fullPage: true });

    await page.click('button.issue[data-cell="F3"]');
    await page.waitForFunction(
      () => (window as unknown as { aktionsplanFake: { selections: string[] } }).aktionsplanFake.selections.length > 0,
    );
    expect(
      await page.evaluate(
        () => (window as unknown as { aktionsplanFake: { selections: string[] } }).aktionsplanFake.selections,
      ),
    ).toEqual(["Sachstand!F3"]);

    await page.click("#btn-mark");
    await page.waitForFunction(() => document.querySelector("#status")?.textContent?.includes("Zellen markiert"));
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { aktionsplanFake: { state: { sheets: { conditionalFormats: unknown[] }[] } } })
            .aktionsplanFake.state.sheets[0]!.conditionalFormats.length,
      ),
    ).toBe(2);

    await page.click("#btn-fix");
    await page.waitForSelector("#fix-panel:not([hidden])");
    await page.click("#btn-apply");
    await page.waitForFunction(() =>
      document.querySelector("#status")?.textContent?.includes("Korrekturen angewendet"),
    );
    const cells = await page.evaluate(() => {
      const sheet = (
        window as unknown as { aktionsplanFake: { state: { sheets: { cells: Map<string, { value: unknown }> }[] } } }
      ).aktionsplanFake.state.sheets[0]!;
      return [sheet.cells.get("2:4")?.value, sheet.cells.get("2:6")?.value, sheet.cells.get("3:6")?.value];
    });
    expect(cells).toEqual(["Sozialamt", "umgesetzt", "fast fertig"]);
    await page.screenshot({ path: join(OUTPUT, "screenshots", "excel-korrigiert.png"), fullPage: true });
    expect(traffic.leaked).toEqual([]);
  });

  it("still works outside Office when Office.js cannot load at all (offline)", async () => {
    const page = await browser.newPage();
    const traffic = await guardNetwork(page, false);
    await page.goto(`${server.url}/taskpane.html`);
    // The hidden file input is opened by a German button (issue 16).
    await page.waitForSelector("#btn-files");
    expect(await page.textContent("#mode")).toContain("im Browser");
    expect(traffic.leaked).toEqual([]);
  });
});
