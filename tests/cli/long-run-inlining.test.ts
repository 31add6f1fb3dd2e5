import { inlineForALongRun, LONG_RUN_FILES } from "../../src/cli/long-run-inlining";

// The launcher runs V8 without TurboFan's inlining (bin/v8-flags.js); a long run turns it on again.
describe("inlining for a long run", () => {
  it("is turned on again from LONG_RUN_FILES files on, and left off below", () => {
    // The module object itself: what the source calls through (an ES namespace's exports cannot be replaced).
    const set = jest.spyOn(require("node:v8") as typeof import("node:v8"), "setFlagsFromString");
    try {
      inlineForALongRun(60);
      inlineForALongRun(LONG_RUN_FILES - 1);
      expect(set).not.toHaveBeenCalled();
      inlineForALongRun(LONG_RUN_FILES);
      expect(set).toHaveBeenCalledWith("--turbo-inlining");
    } finally {
      set.mockRestore();
    }
  });
});
