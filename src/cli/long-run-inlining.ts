import { setFlagsFromString } from "node:v8";

/**
 * From how many office files a run is long enough to optimise with TurboFan's inlining again.
 * bin/v8-flags.js turns it off for the start-up that dominates a city merge (60 files: 0.92–0.96 of
 * the time). A long run's code is worth optimising with its callees inlined: the record handles'
 * getters (src/core/packed-records.ts) make a small object per field read unless inlined. Without
 * inlining, a million rows (1,000 files) took 1.12 × the time (3 runs in turn) and 200 large files
 * 1.04 × (3 runs; 0.945 × in 3 runs an hour earlier): between the two, 100 files.
 */
export const LONG_RUN_FILES = 100;

/**
 * Turns inlining on again for a run of `files` files or more, before the read workers get their
 * first file: compile jobs from here on use it, in every thread. A bundle loaded afterwards (the
 * writer's) then compiles without its code cache, made under the launcher's flags: some 50 ms of
 * a run of a minute.
 */
export const inlineForALongRun = (files: number): void => {
  if (files < LONG_RUN_FILES) return;
  try {
    setFlagsFromString("--turbo-inlining");
  } catch {
    // A V8 that froze its flags runs on as the launcher left it.
  }
};
