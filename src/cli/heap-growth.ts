import { setFlagsFromString } from "node:v8";

/**
 * How far V8 lets the old generation grow past what the last mark-compact left alive, in percent.
 * By default it grows up to 4 × the live size before the next one; a million-row merge then holds
 * hundreds of MB of the consolidation's and the writer's garbage at its peak (three mark-compacts
 * in a whole 400-file run). Chosen by measurement, see bench/README.md (issue 17).
 */
export const MERGE_HEAP_GROWING_PERCENT = 50;

/**
 * Bounds the old generation's growth from here on. V8's flags are the process's, not one isolate's:
 * a worker thread started afterwards (the writer's render thread) grows by it too, as measured on
 * Node 20.20 (V8 11.3). Node documents `setFlagsFromString` after start-up as unsupported in general;
 * this flag is read anew at every mark-compact, and `tests/cli/merge-heap-growth.test.ts` checks on
 * the built command that it takes effect on this Node. V8 takes no code cache made under other
 * flags: a bundle loaded afterwards compiles without its cache — the render thread's (25 KB), and
 * with `--workers 0` the streaming writer's, which the workers' idle time loads otherwise.
 */
export const boundHeapGrowth = (percent: number = MERGE_HEAP_GROWING_PERCENT): void =>
  setFlagsFromString(`--heap-growing-percent=${percent}`);
