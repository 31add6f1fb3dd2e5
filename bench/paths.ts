import { resolve } from "node:path";

// Compiled to bench-out/bench/, so the repository is two levels up; the same from bench/ in ts.
export const REPO_ROOT = resolve(__dirname, "..", "..");
/** Generated workbook sets, reused across runs (git-ignored). */
export const CACHE_DIR = resolve(REPO_ROOT, "bench", "cache");
/** Merge outputs, profiles, JSON results of a run (git-ignored with bench-out/). */
export const RUN_DIR = resolve(REPO_ROOT, "bench-out", "runs");
/** The compiled bench tasks that run as child processes. */
export const TASKS_DIR = resolve(__dirname, "tasks");
/** The real command line, as a user runs it (uses lib/, built by build:cli). */
export const CLI = resolve(REPO_ROOT, "bin", "aktionsplan.js");
