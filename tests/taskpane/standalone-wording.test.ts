/** @jest-environment jsdom */
import "../helpers/jsdom-text-codec";
import { createHash } from "node:crypto";
import { DEFAULT_PLAN } from "../../src/core";
import { mountStandalone } from "../../src/taskpane/standalone/standalone-app";
import { addRows, workbookBytes } from "../helpers/workbook";

// Issue 16: the browser page in plain German, whatever the browser's language, with no empty heading.

/** One measure with an unknown status: one error, on one file. */
const office = () =>
  workbookBytes((wb) =>
    addRows(wb.addWorksheet("Meldung"), [
      ["Maßnahmen-Nr.", "Handlungsfeld", "Maßnahme", "federführend", "Haushaltsrelevanz", "Umsetzungsstand"],
      ["1.1.1", "Arbeit und Wirtschaft", "Sprachkurse", "Sozialamt", "nein", "fast fertig"],
    ]),
  );

describe("the browser page's wording", () => {
  let root: HTMLElement;
  const downloads: string[] = [];
  let app: { idle: () => Promise<void> };
  const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;

  beforeEach(() => {
    document.body.innerHTML = '<main id="app"></main>';
    root = document.getElementById("app")!;
    downloads.length = 0;
    app = mountStandalone(root, {
      plan: DEFAULT_PLAN,
      today: () => "2024-06-30",
      download: (name) => void downloads.push(name),
      sha256: async (b) => createHash("sha256").update(b).digest("hex"),
    });
  });

  const choose = async (files: { name: string; bytes: Uint8Array }[]) => {
    Object.defineProperty($("#files"), "files", {
      value: files.map((f) => ({ name: f.name, arrayBuffer: async () => f.bytes.slice().buffer })),
    });
    $("#files").dispatchEvent(new Event("change"));
    await new Promise((r) => setTimeout(r, 0));
    await app.idle();
  };

  it("offers a German button for the hidden file input, which the button opens", () => {
    const input = $<HTMLInputElement>("#files");
    expect(input.hidden).toBe(true);
    expect(input.multiple).toBe(true);
    const button = $<HTMLButtonElement>("#btn-files");
    expect(button.textContent).toBe("Excel-Dateien der Ämter (.xlsx) auswählen …");
    expect(button.getAttribute("aria-describedby")).toBe("files-chosen");
    expect($("#files-chosen").textContent).toBe("Noch keine Datei ausgewählt.");
    const opened = jest.fn();
    input.click = opened;
    button.click();
    expect(opened).toHaveBeenCalledTimes(1);
  });

  it("shows no „Befunde“ heading before a file is chosen, and the findings after", async () => {
    expect($("#findings").hidden).toBe(true);
    await choose([{ name: "Sozialamt.xlsx", bytes: await office() }]);
    expect($("#findings").hidden).toBe(false);
    expect($("#files-chosen").textContent).toBe("1 Datei ausgewählt: Sozialamt.xlsx");
    expect($("#status").textContent).toBe("1 Datei geprüft (Datum 30.06.2024), 1 mit Fehlern oder nicht lesbar.");
    expect($("#results .file-status").textContent).toMatch(
      /^fehlerhaft – 1 Maßnahme, 1 Fehler, 0 Warnungen, \d+ Hinweis/,
    );
  });

  it("writes singular and plural out, and names what the saved result is for", async () => {
    const bytes = await office();
    await choose([
      { name: "Sozialamt.xlsx", bytes },
      { name: "Jugendamt.xlsx", bytes },
    ]);
    expect($("#files-chosen").textContent).toBe("2 Dateien ausgewählt: Sozialamt.xlsx, Jugendamt.xlsx");
    expect($("#status").textContent).toMatch(/^2 Dateien geprüft/);
    const save = $<HTMLButtonElement>("#btn-report");
    expect(save.textContent).toBe("Prüfergebnis als Datei speichern (für die Koordinierungsstelle)");
    save.click();
    await app.idle();
    expect(downloads).toEqual(["Pruefbericht 2024-06-30.json"]);
    expect($("#status").textContent).toBe(
      "Prüfergebnis gespeichert als „Pruefbericht 2024-06-30.json“. Bitte senden Sie die Datei an die Koordinierungsstelle.",
    );
    expect(root.textContent).not.toMatch(/\b1 (Dateien|Maßnahmen|Warnungen|Hinweise|Korrekturen)\b|\(n\)|\(en\)/);
  });
});
