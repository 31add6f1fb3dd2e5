// The cost of `mergeRound` alone, on files read once: the CLI's own steps up to it (the read pool,
// the register's round), then mergeRound `--runs` times. Each run reports the process's CPU time
// (user + sys, so V8's helper threads collecting its garbage count too) and the heap it left grown;
// compare two builds by running this task of each in turn, not by the absolute numbers.
import { mergeRound } from "../../src/core";
import { readForMerge } from "./read-for-merge";
import { argOf, msSince, numberArg, reportResult } from "./task-io";

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

const main = async (): Promise<void> => {
  const runs = numberArg("runs", 5);
  const { checked, options } = await readForMerge(argOf("today", "2024-06-30"));
  const cpuMs: number[] = [];
  const wallMs: number[] = [];
  const heapGrowthMb: number[] = [];
  let measures = 0;
  for (let run = 0; run < runs; run++) {
    const heapBefore = process.memoryUsage().heapUsed;
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    const merged = mergeRound(checked, options);
    wallMs.push(msSince(start));
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000);
    heapGrowthMb.push((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20);
    measures = merged.consolidation.measures.length;
  }
  reportResult({
    rows: checked.reduce((n, i) => n + i.records.length, 0),
    measures,
    cpuMs,
    wallMs,
    heapGrowthMb,
    medianCpuMs: median(cpuMs),
    medianWallMs: median(wallMs),
  });
  // The read pool's workers may still be parked: the task's answer is given.
  process.exit(0);
};

void main();
