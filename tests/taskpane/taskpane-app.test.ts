/** @jest-environment jsdom */
import { DEFAULT_PLAN, isoToSerial } from "../../src/core";
import { HIGHLIGHT_FORMULA, createExcelPort } from "../../src/taskpane/excel-port";
import { mountTaskpane } from "../../src/taskpane/ui/taskpane-app";
import { createFakeExcel, type FakeCell } from "../fakes/fake-excel";

const HEADER = [
  "Nr.",
  "HF",
  "Maßnahme",
  "Federführung",
  "Haushaltsrelevanz",
  "Status",
  "Fortschritt in %",
  "Ende",
  "Notiz",
];
const pct = (n: number): FakeCell => ({ value: n, format: "0%" });
const end = (iso: string): FakeCell => ({ value: isoToSerial(iso)!, format: "dd.mm.yyyy" });

const setup = (apiVersion = "1.16", rows?: (FakeCell | string)[][]) => {
  const fake = createFakeExcel({
    apiVersion,
    sheets: [
      {
        name: "Sachstand",
        rows: rows ?? [
          HEADER,
          [
            "3.1.1",
            "3",
            "Elternarbeit",
            "SozA",
            "nein",
            "umgesetzt ",
            pct(1),
            end("2025-12-31"),
            "<img src=x onerror=alert(1)>",
          ],
          ["3.1.2", "3", "Kita-Info", "Jugendamt", "nein", "fast fertig", pct(0.2), end("2025-12-31"), "ok"],
        ],
      },
    ],
  });
  document.body.innerHTML = '<main id="app"></main>';
  const root = document.getElementById("app")!;
  const app = mountTaskpane(root, {
    port: createExcelPort(fake.host),
    supports: fake.host.supports,
    plan: DEFAULT_PLAN,
    today: () => "2024-06-30",
    debounceMs: 5,
  });
  return { fake, root, app };
};

const click = async (app: ReturnType<typeof setup>["app"], button: HTMLButtonElement) => {
  button.click();
  await new Promise((r) => setTimeout(r, 0));
  await app.idle();
};

describe("task pane (simulated Excel, jsdom)", () => {
  it("Prüfen lists issues by severity with counts; clicking one selects its cell", async () => {
    const { fake, root, app } = setup();
    // No empty "Befunde" heading before the first check.
    expect(app.controls.issuesSection.hidden).toBe(true);
    await click(app, app.controls.check);
    expect(app.controls.issuesSection.hidden).toBe(false);
    expect(root.querySelector("#issues-heading")!.textContent).toBe("Befunde");
    expect(app.controls.status.textContent).toBe("Blatt „Sachstand“: 2 Maßnahmen, 1 Fehler, 0 Warnungen, 1 Hinweis.");
    expect([...root.querySelectorAll("h3")].map((h) => h.textContent)).toEqual(["Fehler (1)", "Hinweise (1)"]);
    const issue = root.querySelector<HTMLButtonElement>('button.issue[data-cell="F3"]')!;
    expect(issue.textContent).toContain("„fast fertig“ ist kein zulässiger Umsetzungsstand");
    await click(app, issue);
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.selections).toEqual(["Sachstand!F3"]);
    // Cell text is shown as text, never as markup.
    expect(root.querySelector("img")).toBeNull();
  });

  it("a clean table says so plainly", async () => {
    const { app, root } = setup("1.16", [
      HEADER,
      ["3.1.1", "3", "Elternarbeit", "Jugendamt", "nein", "in Umsetzung", pct(0.5), end("2025-12-31"), "x"],
    ]);
    await click(app, app.controls.check);
    expect(root.querySelector("p.ok")?.textContent).toMatch(/^Keine Fehler und keine Warnungen\./);
  });

  it("Markieren / Markierungen entfernen add and remove only the add-in's highlights", async () => {
    const { fake, app } = setup();
    await click(app, app.controls.mark);
    expect(
      fake
        .sheet("Sachstand")
        .conditionalFormats.filter((c) => c.formula === HIGHLIGHT_FORMULA)
        .map((c) => c.address),
    ).toEqual(["Sachstand!I1", "Sachstand!F3"]);
    await click(app, app.controls.unmark);
    expect(fake.sheet("Sachstand").conditionalFormats).toEqual([]);
    expect(app.controls.status.textContent).toBe("2 Markierungen entfernt.");
  });

  it("Korrigieren previews every fix and applies only the chosen ones", async () => {
    const { fake, root, app } = setup();
    await click(app, app.controls.check);
    await click(app, app.controls.fix);
    const labels = [...root.querySelectorAll("#fixes label")].map((l) => l.textContent);
    expect(labels).toEqual(
      expect.arrayContaining([
        "D2: „SozA“ → „Sozialamt“ (Schreibweise)",
        "F2: „umgesetzt “ → „umgesetzt“ (Leerzeichen)",
      ]),
    );
    root.querySelector<HTMLInputElement>('input[data-cell="D2"]')!.checked = false;
    await click(app, app.controls.applyFixes);
    const cells = fake.sheet("Sachstand").cells;
    expect(cells.get("2:4")?.value).toBe("SozA");
    expect(cells.get("2:6")?.value).toBe("umgesetzt");
    expect(fake.state.changeEvents).toBe(0);
  });

  it("Tabelle strukturieren and Neue Vorlage build canonical tables", async () => {
    const { fake, app } = setup();
    await click(app, app.controls.structure);
    expect(app.controls.status.textContent).toMatch(
      /^Tabelle strukturiert: 5 Überschriften vereinheitlicht, 15 Spalten ergänzt.*Sicherungskopie: Blatt „Sachstand \(2\)“\.$/,
    );
    await click(app, app.controls.template);
    const template = fake.sheet("Maßnahmen 2024-06-30");
    expect(template.cells.get("1:1")?.value).toBe("Maßnahmen-Nr.");
    expect(template.tables).toHaveLength(1);
    expect(template.validations.length).toBeGreaterThanOrEqual(4);
    expect(fake.state.sheets.map((s) => s.name)).toEqual([
      "Sachstand",
      "Sachstand (2)",
      "AP_Listen",
      "Maßnahmen 2024-06-30",
    ]);
  });

  it("re-validates, debounced, when the clerk types", async () => {
    const { fake, app } = setup();
    await click(app, app.controls.check);
    await new Promise((r) => setTimeout(r, 0));
    await fake.edit("Sachstand", 3, 6, "in Umsetzung");
    await fake.edit("Sachstand", 3, 4, "Jugendamt");
    await new Promise((r) => setTimeout(r, 30));
    await app.idle();
    expect(app.controls.status.textContent).toBe("Blatt „Sachstand“: 2 Maßnahmen, 0 Fehler, 0 Warnungen, 1 Hinweis.");
  });

  it("on an older Excel, disables what it cannot do and says why", () => {
    const { app, root } = setup("1.7");
    expect(app.controls.check.disabled).toBe(false);
    expect(app.controls.mark.disabled).toBe(true);
    expect(app.controls.structure.disabled).toBe(true);
    expect(root.querySelector("#notes")?.textContent).toContain(
      "„Markieren“ braucht eine neuere Excel-Version (ExcelApi 1.9, ab Excel 2021 oder Microsoft 365)",
    );
  });
});
