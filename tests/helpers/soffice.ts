import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { tempDir } from "./run-cli";

/**
 * Converts a file with Debian's LibreOffice (Calc or Writer, headless) into `outDir`, with a profile
 * of its own so parallel tests never share one, and returns the path of what it wrote. Used as
 * another writer (re-saving a workbook as Calc does) and as an independent reader (to text or PDF).
 */
export const soffice = (input: string, format: string, outDir: string): string => {
  const profile = tempDir("lo-profile");
  const args = [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--norestore",
    "--convert-to",
    format,
    "--outdir",
    outDir,
    input,
  ];
  const r = spawnSync("soffice", args, { encoding: "utf8", timeout: 180_000 });
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
  const ext = format.split(":")[0]!;
  const stem = basename(input, extname(input));
  const made =
    readdirSync(outDir).find((f) => f === `${stem}.${ext}`) ?? readdirSync(outDir).find((f) => f.endsWith(`.${ext}`));
  if (!made) throw new Error(`soffice wrote nothing: ${r.stdout} ${r.stderr}`);
  return join(outDir, made);
};
