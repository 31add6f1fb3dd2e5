// @needs: build
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** `npm test` runs `npm run build` before jest; this checks what it produced in dist/. */
describe("npm run build", () => {
  const dist = join(__dirname, "..", "..", "dist");

  it("produces taskpane.html/js/css, the manifest and the icons", () => {
    for (const f of [
      "taskpane.html",
      "taskpane.js",
      "taskpane.css",
      "manifest.xml",
      "assets/icon-16.png",
      "assets/icon-80.png",
    ])
      expect(existsSync(join(dist, f))).toBe(true);
    const html = readFileSync(join(dist, "taskpane.html"), "utf8");
    expect(html).toMatch(/<script defer src="?taskpane\.js"?>/);
    expect(html).toContain("Content-Security-Policy");
  });

  it("keeps exceljs out of the add-in's first script: the browser page loads it on demand", () => {
    const size = readFileSync(join(dist, "taskpane.js")).length;
    expect(size).toBeLessThan(400_000);
    expect(readdirSync(dist).some((f) => /standalone/.test(f))).toBe(true);
  });
});
