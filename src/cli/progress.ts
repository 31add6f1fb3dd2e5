import { SingleBar, Presets } from "cli-progress";
import type { ProgressStream } from "./output";

export interface Progress {
  start(total: number): void;
  tick(label: string): void;
  stop(): void;
}

/**
 * A progress bar on a terminal; plain lines ("[3/60] Sozialamt.xlsx") when output goes to a file
 * or CI log, where a redrawn bar would be noise. Always on stderr, so stdout stays parseable.
 */
export const createProgress = (stream: ProgressStream, enabled: boolean): Progress => {
  if (!enabled) return { start: () => undefined, tick: () => undefined, stop: () => undefined };
  if (stream.isTTY) {
    const bar = new SingleBar(
      { format: "Dateien {bar} {value}/{total} | {file}", stream, hideCursor: true, clearOnComplete: true },
      Presets.shades_classic,
    );
    return {
      start: (total) => bar.start(total, 0, { file: "" }),
      tick: (file) => bar.increment(1, { file }),
      stop: () => bar.stop(),
    };
  }
  let done = 0;
  let total = 0;
  return {
    start: (t) => {
      total = t;
      done = 0;
    },
    tick: (file) => stream.write(`[${++done}/${total}] ${file}\n`),
    stop: () => undefined,
  };
};

/**
 * One line per step of long work that has no files to count (the merge's consolidation and each
 * sheet it writes): at a million rows these take a minute, which without a line looks like a hang.
 */
export const stepLines =
  (stream: ProgressStream, enabled: boolean): ((text: string) => void) =>
  (text) => {
    if (enabled) stream.write(`${text}\n`);
  };
