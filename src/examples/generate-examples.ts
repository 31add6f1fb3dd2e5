// Writes the example workbooks: the only file here (with run-demo) that touches the file system.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildExampleWorkbooks } from "./build-example-workbooks";

const kilobytes = (n: number): string => `${(n / 1024).toFixed(1).replace(".", ",")} kB`;

/** The master plan apart from the offices' returns, as a coordinator keeps them. */
export const exampleFolder = (dir: string, fileName: string): string => join(dir, fileName === "Masterplan.xlsx" ? "master" : "eingang");

/** Writes the example workbooks under `dir` (eingang/ and master/), printing one German line per file. */
export const writeExamples = async (dir: string): Promise<void> => {
  for (const f of await buildExampleWorkbooks()) {
    const folder = exampleFolder(dir, f.fileName);
    mkdirSync(folder, { recursive: true });
    const path = join(folder, f.fileName);
    writeFileSync(path, f.bytes);
    process.stdout.write(`Beispieldatei geschrieben: ${path} (${kilobytes(f.bytes.length)})\n`);
  }
};
