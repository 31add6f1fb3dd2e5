import { DEFAULT_PLAN, type MergeRoundOptions, registerMerge } from "../../src/core";
import { checkListed, listOfficeInputs } from "../../src/cli/gather-inputs";
import type { CheckedInput } from "../../src/cli/read-job";
import { DEFAULT_POOL } from "../../src/cli/read-pool";
import { receivedDates } from "../../src/cli/received-dates";
import { inputList } from "./task-io";

const quiet = { out: () => undefined, err: () => undefined, progressStream: process.stderr, progress: false };

/** The CLI's own steps up to `mergeRound` (the read pool with its workers, the register's round), on `--list`. */
export const readForMerge = async (today: string): Promise<{ checked: CheckedInput[]; options: MergeRoundOptions }> => {
  const listing = await listOfficeInputs(inputList(), false, quiet);
  const checked = await checkListed(listing, { plan: DEFAULT_PLAN, today, pool: DEFAULT_POOL }, quiet);
  const { plan, register } = registerMerge(checked, {
    plan: DEFAULT_PLAN,
    today,
    register: null,
    file: null,
    received: await receivedDates(listing),
    feedback: [],
  });
  return { checked, options: { plan, today, register } };
};
