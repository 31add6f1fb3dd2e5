/** @jest-environment jsdom */
import { canonicalLayout, makeMeasureId } from "../../src/core";
import { createExcelPort } from "../../src/taskpane/excel-port";
import { mountTaskpane } from "../../src/taskpane/ui/taskpane-app";
import { createFakeExcel } from "../fakes/fake-excel";
import { bundledPlanFiles, loadBundledPlan } from "../helpers/bundled-plans";

const click = async (app: ReturnType<typeof mountTaskpane>, button: HTMLButtonElement) => {
  button.click();
  await new Promise((r) => setTimeout(r, 0));
  await app.idle();
};

// The task pane knows no plan of its own: given another plan, it checks and structures by that one.
describe.each(bundledPlanFiles())("the task pane with the bundled plan %s", (file) => {
  const plan = loadBundledPlan(file);
  // An office's sheet under the plan's own labels: a valid row, then a status the plan does not know.
  const keys = ["measureId", "field", "measure", "leadOffice", "status"] as const;
  const layout = canonicalLayout(plan);
  const header = keys.map((k) => layout.find((c) => c.key === k)!.label);
  const row = (goal: number, status: string) => [
    makeMeasureId(plan, plan.fields[0]!.code, goal, 1),
    plan.fields[0]!.name,
    `Maßnahme ${goal}`,
    plan.offices[0]!.name,
    status,
  ];
  const setup = () => {
    const fake = createFakeExcel({
      apiVersion: "1.16",
      sheets: [{ name: "Meldung", rows: [header, row(1, plan.statuses[0]!.value), row(2, "fast fertig")] }],
    });
    document.body.innerHTML = '<main id="app"></main>';
    const app = mountTaskpane(document.getElementById("app")!, {
      port: createExcelPort(fake.host),
      supports: fake.host.supports,
      plan,
      today: () => `${plan.period.first}-06-30`,
      debounceMs: 5,
    });
    return { fake, app };
  };

  it("finds the unknown status at its cell and offers the plan's statuses", async () => {
    const { app } = setup();
    await click(app, app.controls.check);
    const issue = document.querySelector<HTMLButtonElement>('button.issue[data-cell="E3"]');
    expect(issue?.textContent).toContain("„fast fertig“");
    for (const s of plan.statuses) expect(issue?.textContent).toContain(`„${s.value}“`);
    expect(document.querySelector('button.issue[data-cell="E2"]')).toBeNull();
  });

  it("writes a new template with the plan's labels and the plan's drop-down lists", async () => {
    const { fake, app } = setup();
    await click(app, app.controls.template);
    const template = fake.state.sheets.find((s) => s.name.startsWith("Maßnahmen "))!;
    const labels = layout.map((_, i) => template.cells.get(`1:${i + 1}`)?.value);
    expect(labels).toEqual(layout.map((c) => c.label));
    const lists = [...fake.sheet("AP_Listen").cells.values()].map((c) => c.value);
    for (const s of plan.statuses) expect(lists).toContain(s.value);
  });
});
