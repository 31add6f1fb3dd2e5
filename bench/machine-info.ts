import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism, release, totalmem } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "./paths";

export interface MachineInfo {
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGb: number;
  readonly node: string;
  readonly kernel: string;
  readonly exceljs: string;
  readonly sheetjs: string;
  readonly fflate: string;
}

const cpuModel = (): string => {
  try {
    return /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? "unknown";
  } catch {
    return "unknown";
  }
};

/** nproc counts the CPUs this process may use (cgroups, affinity), which is what the bench gets. */
const cpus = (): number => {
  try {
    return Number(execFileSync("nproc", { encoding: "utf8" }).trim());
  } catch {
    return availableParallelism();
  }
};

const version = (pkg: string): string => {
  try {
    // Read from the file: a package whose "exports" leave out package.json (SheetJS) cannot be required for it.
    const path = join(REPO_ROOT, "node_modules", pkg, "package.json");
    return (JSON.parse(readFileSync(path, "utf8")) as { version: string }).version;
  } catch {
    return "?";
  }
};

export const machineInfo = (): MachineInfo => ({
  cpus: cpus(),
  cpuModel: cpuModel(),
  memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  node: process.version,
  kernel: release(),
  exceljs: version("exceljs"),
  // SheetJS 0.20.3 comes from npm as @e965/xlsx (bench/README.md); the registry's "xlsx" stopped at 0.18.5.
  sheetjs: version("@e965/xlsx"),
  fflate: version("fflate"),
});

export const describeMachine = (m: MachineInfo): string =>
  `${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGb} GB RAM, Node ${m.node}, Linux ${m.kernel}; exceljs ${m.exceljs}, SheetJS ${m.sheetjs}, fflate ${m.fflate}`;
