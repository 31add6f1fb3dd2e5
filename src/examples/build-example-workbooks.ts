import type { ExampleFile } from "./example-sheet";
import { buildMasterplan } from "./masterplan";
import { BUERGERAMT } from "./office-buergeramt";
import { JUGENDAMT } from "./office-jugendamt";
import { KITA } from "./office-kita";
import { KULTUR } from "./office-kultur";
import { SOZIALAMT } from "./office-sozialamt";
import type { PlantedMistake } from "./planted-mistake";

/** The five office tables, each kept a little differently, in the order they are built. */
const OFFICES = [SOZIALAMT, JUGENDAMT, KITA, KULTUR, BUERGERAMT] as const;

/** The office file with nothing to report: a merge must take it over unchanged. */
export const CLEAN_EXAMPLE_FILE = KULTUR.file;

/** Every mistake planted in the example files, file by file, with the cell Excel shows. */
export const PLANTED_MISTAKES: readonly PlantedMistake[] = OFFICES.flatMap((o) => o.mistakes);

/**
 * The bundled demo data: five office workbooks, each kept a little differently, and the master plan.
 * Built one after another in a fixed order; same input, same bytes.
 */
export const buildExampleWorkbooks = async (): Promise<ExampleFile[]> => {
  const builders = [...OFFICES.map((o) => o.build), buildMasterplan];
  const files: ExampleFile[] = [];
  for (const build of builders) files.push(await build());
  return files;
};
