import type { ExampleFile } from "./example-sheet";
import { buildMasterplan } from "./masterplan";
import { buildBuergeramt, BUERGERAMT_MISTAKES } from "./office-buergeramt";
import { buildJugendamt, JUGENDAMT_MISTAKES } from "./office-jugendamt";
import { buildKita, KITA_MISTAKES } from "./office-kita";
import { buildKultur } from "./office-kultur";
import { buildSozialamt, SOZIALAMT_MISTAKES } from "./office-sozialamt";
import type { PlantedMistake } from "./planted-mistake";

/** The office file with nothing to report: a merge must take it over unchanged. */
export const CLEAN_EXAMPLE_FILE = "Amt_fuer_Kultur_und_Denkmalschutz.xlsx";

/** Every mistake planted in the example files, file by file, with the cell Excel shows. */
export const PLANTED_MISTAKES: readonly PlantedMistake[] = [...SOZIALAMT_MISTAKES, ...JUGENDAMT_MISTAKES, ...KITA_MISTAKES, ...BUERGERAMT_MISTAKES];

/**
 * The bundled demo data: five office workbooks, each kept a little differently, and the master plan.
 * Built one after another in a fixed order; same input, same bytes.
 */
export const buildExampleWorkbooks = async (): Promise<ExampleFile[]> => {
  const builders = [buildSozialamt, buildJugendamt, buildKita, buildKultur, buildBuergeramt, buildMasterplan];
  const files: ExampleFile[] = [];
  for (const build of builders) files.push(await build());
  return files;
};
