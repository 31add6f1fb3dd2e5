import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * How far V8 lets the old generation grow past what the last mark-compact left alive, in percent.
 * By default it grows up to 4 × the live size before the next one; a million-row merge then holds
 * hundreds of MB of the consolidation's and the writer's garbage at its peak. Chosen by
 * measurement, see bench/README.md (issue 17): at a million rows 20 % peaked at 912 MB, 30 % at
 * 995, 50 % at 1,020; 200 large files cost 6 % more CPU than at 50 %, the city set 4 %.
 */
export const MERGE_HEAP_GROWING_PERCENT = 20;

/**
 * One full collection now. V8 offers it only to a process started with `--expose-gc`; set at run
 * time, the flag gives the `gc` function to contexts made afterwards, such as this new one. A Node
 * that gives none skips it: the bound then applies from V8's next mark-compact on, as before.
 */
const collectNow = (): void => {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("typeof gc === 'function' ? gc : null") as (() => void) | null;
  gc?.();
};

/**
 * Bounds the old generation's growth from here on. V8's flags are the process's, not one isolate's:
 * a worker thread started afterwards (the writer's render thread) grows by it too, as measured on
 * Node 20.20 (V8 11.3). Node documents `setFlagsFromString` after start-up as unsupported in general;
 * `tests/cli/merge-heap-growth.test.ts` checks on the built command that it takes effect on this Node.
 *
 * V8 applies the factor when a mark-compact sets the next limit, and the last one before this call
 * ran while the files were read, with V8's own factor: at a million rows the heap then grew from
 * 0.36 to 1.0 GB before the next, the bound never applied before the writer's peak. So this call
 * collects once: a pause of ~0.2–0.4 s at a million rows, for a limit of 1.2 × the live size from
 * the consolidation on.
 *
 * V8 takes no code cache made under other flags: a bundle loaded afterwards compiles without its
 * cache — the render thread's (25 KB), and with `--workers 0` the streaming writer's, which the
 * workers' idle time loads otherwise.
 */
export const boundHeapGrowth = (percent: number = MERGE_HEAP_GROWING_PERCENT): void => {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
  collectNow();
};

/**
 * The heap held when reading ends from which the merge bounds its growth. Below it, V8's own factor
 * (at most 4 × the live size) keeps the heap far below the 1 GB the merge is held to, and the bound
 * only costs time: at the city set (23 MB live after reading) a limit of 1.2 × the live size had V8
 * mark six times while writing instead of twice, 4 % of the merge's CPU (bench/README.md, issue 17).
 * A million rows hold ~360 MB when reading ends, 200 large files ~150 MB.
 */
export const HEAP_BOUND_FROM_BYTES = 64 * 2 ** 20;

/** Bounds the growth (see above) when the heap in use is at least HEAP_BOUND_FROM_BYTES. */
export const boundHeapGrowthIfLarge = (): void => {
  if (getHeapStatistics().used_heap_size >= HEAP_BOUND_FROM_BYTES) boundHeapGrowth();
};
