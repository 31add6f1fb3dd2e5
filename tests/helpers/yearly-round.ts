/**
 * The `template` arguments of a yearly round the plan configuration does not list: Stichtag 30 June,
 * deadline 31 July, templates made on 1 May, pre-filled from a register when one is given.
 */
export const yearlyTemplateArgs = (
  master: string,
  outDir: string,
  name: string,
  year: number,
  previous?: string | null,
): string[] => [
  "template",
  "--master",
  master,
  "--out-dir",
  outDir,
  "--period",
  name,
  "--stichtag",
  `${year}-06-30`,
  "--deadline",
  `${year}-07-31`,
  "--today",
  `${year}-05-01`,
  ...(previous ? ["--previous", previous] : []),
];

/** The `merge` arguments of a yearly round: merged on 15 August, carrying the register when one is given. */
export const yearlyMergeArgs = (
  inbox: string,
  master: string,
  out: string,
  year: number,
  previous?: string | null,
): string[] => [
  "merge",
  inbox,
  "--master",
  master,
  "--out",
  out,
  "--today",
  `${year}-08-15`,
  ...(previous ? ["--previous", previous] : []),
];
