import { basename, dirname, extname, join } from "node:path";
import { TargetExistsError, writeFileNoReplace } from "../xlsx/node";
import { CliError } from "./cli-error";

/**
 * Writes `bytes` as a new file at `path`; if a file of that name is there already (an office's
 * returned file, an earlier run's output, anything this run did not write), under the next free
 * name "Name (2).xlsx", "Name (3).xlsx" … instead: an existing file is never replaced. `taken`
 * holds the case-folded names this run uses, so two outputs never share a name either.
 */
export const writeUnderFreeName = async (path: string, bytes: Uint8Array, taken: Set<string>): Promise<string> => {
  const ext = extname(path);
  const stem = basename(path, ext);
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? path : join(dirname(path), `${stem} (${n})${ext}`);
    const key = candidate.toLowerCase();
    if (n > 1 && taken.has(key)) continue;
    try {
      await writeFileNoReplace(candidate, bytes);
      taken.add(key);
      return candidate;
    } catch (e) {
      if (e instanceof TargetExistsError) continue;
      const code = (e as NodeJS.ErrnoException).code;
      const hint =
        code === "EBUSY" || code === "EPERM" || code === "EACCES" || code === "EROFS"
          ? " Ist der Ordner schreibgeschützt?"
          : "";
      throw new CliError(
        `Die Ausgabe ${candidate} kann nicht geschrieben werden (${code ?? (e as Error).message}).${hint}`,
      );
    }
  }
  throw new CliError(
    `In ${dirname(path)} gibt es schon 999 Dateien namens ${basename(path)}; bitte einen leeren Ordner wählen.`,
  );
};
