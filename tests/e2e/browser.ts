import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
const OFFICE_JS = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
export const OUTPUT = join(ROOT, "test-output");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

/** Serves dist/ on 127.0.0.1 (a random free port), nothing else. */
export const serveDist = async (): Promise<{ url: string; close: () => Promise<void> }> => {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^([/\\])+/, "");
    const file = join(DIST, path || "taskpane.html");
    if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
};

/** Debian's chromium, headless, with the flags this closed network needs (playwright gives every launch a fresh temporary profile). */
export const launch = (): Promise<Browser> =>
  chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic",
    ],
  });

export interface Traffic {
  /** Requests to any host but 127.0.0.1 that were not answered from the local Office.js copy. */
  readonly leaked: string[];
  /** Requests with a body (uploads) to any host. */
  readonly uploads: string[];
}

/**
 * Answers Microsoft's Office.js CDN from the copy in node_modules (or 404 when `officeJs` is false,
 * as for a user offline), and records every other request that would leave this machine.
 */
export const guardNetwork = async (page: Page, officeJs: boolean): Promise<Traffic> => {
  const traffic: Traffic = { leaked: [], uploads: [] };
  await page.route("**/*", async (route) => {
    const req = route.request();
    const url = new URL(req.url());
    if (req.postData()) traffic.uploads.push(req.url());
    if (url.hostname === "127.0.0.1" || url.protocol === "blob:" || url.protocol === "data:") return route.continue();
    if (url.hostname === "appsforoffice.microsoft.com") {
      const file = join(OFFICE_JS, url.pathname.replace(/^\/lib\/1\/hosted\//, ""));
      if (officeJs && file.startsWith(OFFICE_JS) && existsSync(file))
        return route.fulfill({ path: file, contentType: "text/javascript" });
      return route.fulfill({ status: 404, body: "" });
    }
    traffic.leaked.push(req.url());
    return route.abort();
  });
  return traffic;
};

/** axe-core in the page: violations of WCAG 2.1 A/AA, as "id: target" lines. */
export const axeViolations = async (page: Page): Promise<string[]> => {
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy rightly blocks
  // injected script tags, and the check must not weaken the policy it runs under.
  await page.evaluate(readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8"));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
  });
};
