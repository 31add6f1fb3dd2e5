import { CliError } from "./cli-error";

/** Debian's chromium; AKTIONSPLAN_CHROMIUM names another binary. Nothing is ever downloaded. */
export const chromiumPath = (env: NodeJS.ProcessEnv): string => env.AKTIONSPLAN_CHROMIUM ?? "/usr/bin/chromium";

/**
 * Prints the report's HTML to a tagged (accessible) A4 PDF with headless chromium. The page may
 * load nothing: every request is refused, so the PDF shows exactly the self-contained HTML.
 */
export const printPdf = async (html: string, executablePath: string): Promise<Uint8Array> => {
  // Loaded only when a PDF is asked for: playwright-core costs half a second at every start-up.
  const { chromium } = await import("playwright-core");
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
      ],
    });
  } catch (e) {
    throw new CliError(
      `Für --pdf wird Chromium gebraucht (${executablePath}), es ließ sich aber nicht starten: ${(e as Error).message.split("\n")[0]}. Unter Debian: apt-get install chromium; oder AKTIONSPLAN_CHROMIUM=<Pfad> setzen.`,
    );
  }
  try {
    const page = await browser.newPage();
    await page.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: "load" });
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate:
        '<div style="font-size:8pt;width:100%;text-align:center;font-family:Arial,sans-serif">Seite <span class="pageNumber"></span> von <span class="totalPages"></span></div>',
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
};
