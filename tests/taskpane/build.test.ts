import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../helpers/run-cli";

describe("npm run build", () => {
  it("produces taskpane.html/js/css, the manifest and the icons, with no certificate step", () => {
    const out = tempDir("dist");
    const root = join(__dirname, "..", "..");
    const r = spawnSync(process.execPath, [join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", out], { cwd: root, encoding: "utf8", timeout: 120_000 });
    expect(r.status).toBe(0);
    for (const f of ["taskpane.html", "taskpane.js", "taskpane.css", "manifest.xml", "assets/icon-16.png", "assets/icon-80.png"]) expect(existsSync(join(out, f))).toBe(true);
    const html = readFileSync(join(out, "taskpane.html"), "utf8");
    expect(html).toMatch(/<script defer src="?taskpane\.js"?>/);
    expect(html).toContain("Content-Security-Policy");
    expect(r.stdout + r.stderr).not.toMatch(/certificate|Zertifikat/i);
  });
});
