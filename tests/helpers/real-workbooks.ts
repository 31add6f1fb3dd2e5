import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildExampleWorkbooks } from "../../src/examples";
import { buergeramt, jugendamt, masterplan, sozialamt } from "./offices";

/** Workbooks of real shape: the bundled examples, the test offices, and the public corpus of other writers' files. */
export const realWorkbooks = async (): Promise<{ name: string; bytes: Uint8Array }[]> => {
  const files: { name: string; bytes: Uint8Array }[] = [
    ...(await buildExampleWorkbooks()).map((f) => ({ name: f.fileName, bytes: f.bytes })),
    { name: "jugendamt.xlsx", bytes: await jugendamt() },
    { name: "sozialamt.xlsx", bytes: await sozialamt() },
    { name: "buergeramt.xlsx", bytes: await buergeramt() },
    { name: "masterplan.xlsx", bytes: await masterplan() },
  ];
  const corpus = join(__dirname, "../corpus/files");
  for (const name of readdirSync(corpus)) files.push({ name, bytes: new Uint8Array(readFileSync(join(corpus, name))) });
  return files;
};
