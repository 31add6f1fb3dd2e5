import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** Every .ts file under a folder. */
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });

const imports = (file: string): string[] =>
  [...readFileSync(file, "utf8").matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)["']([^"']+)["']/g)].map(
    (m) => m[1]!,
  );

const src = join(__dirname, "..", "src");

describe("architecture (STYLE.md)", () => {
  it("src/core imports nothing but zod and itself", () => {
    const bad = files(join(src, "core")).flatMap((f) =>
      imports(f)
        .filter((i) => i !== "zod" && !i.startsWith("./") && !i.startsWith("../"))
        .map((i) => `${relative(src, f)}: ${i}`),
    );
    expect(bad).toEqual([]);
    const escapes = files(join(src, "core")).flatMap((f) =>
      imports(f)
        .filter((i) => i.startsWith("../") && !join(f, "..", i).startsWith(join(src, "core")))
        .map((i) => `${relative(src, f)}: ${i}`),
    );
    expect(escapes).toEqual([]);
  });

  it("outside core, core is imported through its index only", () => {
    const outside = ["xlsx", "cli", "taskpane", "examples", "report"].flatMap((d) => {
      try {
        return files(join(src, d));
      } catch {
        return [];
      }
    });
    const deep = outside.flatMap((f) =>
      imports(f)
        .filter((i) => /\/core\/.+/.test(i))
        .map((i) => `${relative(src, f)}: ${i}`),
    );
    expect(deep).toEqual([]);
  });

  it("nothing imports cli or taskpane, and core/xlsx never import the shells", () => {
    const lower = ["core", "xlsx", "report"].flatMap((d) => {
      try {
        return files(join(src, d));
      } catch {
        return [];
      }
    });
    const bad = lower.flatMap((f) =>
      imports(f)
        .filter((i) => /\/(cli|taskpane)(\/|$)/.test(i))
        .map((i) => `${relative(src, f)}: ${i}`),
    );
    expect(bad).toEqual([]);
  });

  it("only one file under src/xlsx touches node:fs", () => {
    let xlsxFiles: string[] = [];
    try {
      xlsxFiles = files(join(src, "xlsx"));
    } catch {
      /* not there yet */
    }
    const fsUsers = xlsxFiles.filter((f) =>
      imports(f).some((i) => i === "fs" || i.startsWith("node:fs") || i === "fs/promises"),
    );
    expect(fsUsers.length).toBeLessThanOrEqual(1);
  });
});
