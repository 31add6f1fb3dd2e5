// Reads V8 .cpuprofile files (from `node --cpu-prof`) and prints the functions with the most self
// time, and the project functions with the most total time (self + callees), so a profile can be
// read in a terminal and pasted into a note. Usage: node bench-out/bench/profile-summary.js <file|dir> [top]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { REPO_ROOT } from "./paths";

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
  readonly startTime: number;
  readonly endTime: number;
}

export interface FunctionTime {
  readonly name: string;
  readonly selfMs: number;
  readonly totalMs: number;
}

const where = (n: ProfileNode): string => {
  const url = n.callFrame.url.replace(/^file:\/\//, "");
  const short = url === "" ? "(native)" : relative(REPO_ROOT, url).replace(/^node_modules\//, "");
  return `${n.callFrame.functionName || "(anonymous)"} ${short}:${n.callFrame.lineNumber + 1}`;
};

/** Self and total time per function (by name and location); total counts a recursive function once per sample. */
export const summarise = (profile: CpuProfile): { readonly totalMs: number; readonly functions: FunctionTime[] } => {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    self.set(where(node), (self.get(where(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = where(byId.get(at)!);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  });
  const functions = [...total.keys()].map((name) => ({
    name,
    selfMs: self.get(name) ?? 0,
    totalMs: total.get(name) ?? 0,
  }));
  return { totalMs: (profile.endTime - profile.startTime) / 1000, functions };
};

const pct = (ms: number, of: number): string => `${((100 * ms) / of).toFixed(1).padStart(5)} %`;

export const formatSummary = (label: string, profile: CpuProfile, top: number): string => {
  const s = summarise(profile);
  const lines = [`${label}: ${(s.totalMs / 1000).toFixed(2)} s profiled`, "  top self time:"];
  for (const f of [...s.functions].sort((a, b) => b.selfMs - a.selfMs).slice(0, top))
    lines.push(`    ${pct(f.selfMs, s.totalMs)}  ${f.selfMs.toFixed(0).padStart(7)} ms  ${f.name}`);
  lines.push("  top total time, project code (src/):");
  const own = s.functions.filter((f) => {
    const at = f.name.split(" ")[1] ?? "";
    return /(^|\/)(src|lib)\//.test(at) && !at.includes("node_modules");
  });
  for (const f of own.sort((a, b) => b.totalMs - a.totalMs).slice(0, top))
    lines.push(`    ${pct(f.totalMs, s.totalMs)}  ${f.totalMs.toFixed(0).padStart(7)} ms  ${f.name}`);
  return lines.join("\n");
};

const profilesIn = (path: string): string[] =>
  statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => f.endsWith(".cpuprofile"))
        .sort()
        .map((f) => join(path, f))
    : [path];

if (require.main === module) {
  const target = process.argv[2];
  if (!target) {
    process.stderr.write("usage: node bench-out/bench/profile-summary.js <file.cpuprofile|dir> [top]\n");
    process.exit(2);
  }
  const top = Number(process.argv[3] ?? 15);
  for (const file of profilesIn(target))
    process.stdout.write(
      `${formatSummary(relative(REPO_ROOT, file), JSON.parse(readFileSync(file, "utf8")) as CpuProfile, top)}\n\n`,
    );
}
