"use strict";
// The V8 flags every `aktionsplan` process runs with: set by bin/aktionsplan.js before the first
// bundle loads (worker threads share them), and by the build before it writes the bundles' code
// caches (webpack.cli.config.js), since V8 takes a code cache only under the flags it was made with.
const v8 = require("node:v8");

/**
 * --no-turbo-inlining: V8's optimising compiler then compiles each hot function alone instead of
 * with the functions it calls. A merge runs V8 three times over (the program and two parsing
 * threads), each optimising the same code for itself: on a machine of two CPUs that compiling took
 * about a third of the run's CPU time (perf, city set), the CPU the parsing and writing wanted.
 * Measured whole-process, runs in turn: city set wall 0.92–0.96, CPU 0.91–0.92 (bench/README.md,
 * issue 17). A long run (from 100 files) turns inlining on again before its workers read
 * (src/cli/long-run-inlining.ts): a million rows took 1.12 × the time without it.
 */
const V8_FLAGS = ["--no-turbo-inlining"];

/** Sets the flags in this process; a Node whose V8 refuses them runs on without (only slower). */
const applyV8Flags = () => {
  for (const flag of V8_FLAGS)
    try {
      v8.setFlagsFromString(flag);
    } catch {
      // A later V8 may freeze its flags once started: the defaults are correct, only slower here.
    }
};

module.exports = { V8_FLAGS, applyV8Flags };
