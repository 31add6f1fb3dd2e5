describe("bundledPlan", () => {
  it("is parsed on first use, not when the issue catalogue loads (a read worker gets its plan from the main thread)", () => {
    jest.isolateModules(() => {
      const { PlanConfig } = require("../../src/core/plan-config") as typeof import("../../src/core/plan-config");
      const parse = jest.spyOn(PlanConfig, "parse");
      require("../../src/core/issues/catalogue");
      require("../../src/core/messages-de");
      expect(parse).not.toHaveBeenCalled();
      const { bundledPlan } = require("../../src/core/bundled-plan") as typeof import("../../src/core/bundled-plan");
      const plan = bundledPlan();
      expect(plan.id).toBe("aktionsplan-integration-2022-2026");
      expect(bundledPlan()).toBe(plan);
      expect(parse).toHaveBeenCalledTimes(1);
    });
  });
});
