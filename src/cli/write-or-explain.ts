import { writeFileAtomic } from "../xlsx/node";
import { CliError } from "./cli-error";

/**
 * Writes an output atomically (bytes, or a writer that writes `path` atomically itself); a locked or
 * read-only target becomes a usage error that says why.
 */
export const writeOrExplain = async (
  path: string,
  bytes: Uint8Array | ((path: string) => Promise<void>),
): Promise<void> => {
  try {
    await (bytes instanceof Uint8Array ? writeFileAtomic(path, bytes) : bytes(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const hint =
      code === "EBUSY" || code === "EPERM" || code === "EACCES"
        ? " Ist die Datei noch in Excel geöffnet oder schreibgeschützt?"
        : "";
    throw new CliError(`Die Ausgabe ${path} kann nicht geschrieben werden (${code ?? (e as Error).message}).${hint}`);
  }
};
