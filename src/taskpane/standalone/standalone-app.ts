import { consolidate, flagRepeatedOffices, type PlanConfig } from "../../core";
import { checkWorkbookBytes, copyName, correctedCopy, writeConsolidatedWorkbook, type CheckedWorkbook } from "../../xlsx";
import { clear, el } from "../ui/dom";
import { renderFileResult } from "./file-results";

export interface StandaloneDeps {
  readonly plan: PlanConfig;
  readonly today: () => string;
  /** Offers bytes as a download (the shell uses a Blob link): nothing leaves the browser. */
  readonly download: (name: string, bytes: Uint8Array, type: string) => void;
  readonly sha256: (bytes: Uint8Array) => Promise<string>;
}

interface Loaded {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly checked: CheckedWorkbook;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Outside Office: the same checks on workbooks opened from disk, a corrected copy per file, and the
 * merge of several files into the consolidated workbook — all in this browser, with no upload.
 */
export const mountStandalone = (root: HTMLElement, deps: StandaloneDeps): { idle: () => Promise<void> } => {
  const doc = root.ownerDocument;
  const input = el(doc, "input", { type: "file", id: "files", multiple: "", accept: ".xlsx,.xlsm" });
  const status = el(doc, "p", { id: "status", role: "status", "aria-live": "polite" });
  const results = el(doc, "div", { id: "results" });
  const merge = el(doc, "button", { type: "button", id: "btn-merge", disabled: "" }, "Zusammenführen (konsolidierter Umsetzungsstand)");
  const report = el(doc, "button", { type: "button", id: "btn-report", disabled: "" }, "Prüfbericht (JSON) herunterladen");
  root.append(
    el(doc, "header", {}, el(doc, "h1", {}, "Aktionsplan prüfen"), el(doc, "p", { class: "plan" }, deps.plan.title), el(doc, "p", { id: "mode", class: "mode" }, "Modus: im Browser, ohne Excel. Die Dateien werden nur in diesem Browser verarbeitet und nirgendwohin hochgeladen.")),
    el(doc, "section", { "aria-labelledby": "open-heading" }, el(doc, "h2", { id: "open-heading" }, "Arbeitsmappen öffnen"), el(doc, "label", { for: "files" }, "Excel-Dateien der Ämter (.xlsx) auswählen"), input),
    el(doc, "nav", { "aria-label": "Aktionen", class: "actions" }, merge, report),
    status,
    el(doc, "section", { "aria-labelledby": "results-heading" }, el(doc, "h2", { id: "results-heading" }, "Befunde"), results),
  );
  let loaded: Loaded[] = [];
  let busy: Promise<void> = Promise.resolve();
  const run = (label: string, action: () => Promise<string>) =>
    (busy = busy.then(async () => {
      status.textContent = `${label} …`;
      try {
        status.textContent = await action();
      } catch (e) {
        status.textContent = `${label} fehlgeschlagen: ${e instanceof Error ? e.message : String(e)}`;
      }
    }));

  const reportJson = () => ({ version: 1, plan: deps.plan.id, today: deps.today(), inputs: flagRepeatedOffices(loaded.map((l) => ({ result: l.checked.result, records: l.checked.records }))).map((i) => i.result) });

  input.addEventListener("change", () =>
    void run("Prüfen", async () => {
      const files = [...(input.files ?? [])];
      loaded = [];
      clear(results);
      for (const [index, file] of files.entries()) {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const checked = await checkWorkbookBytes(file.name, await deps.sha256(bytes), bytes, deps.plan, deps.today());
        loaded.push({ name: file.name, bytes, checked });
        const section = el(doc, "section", { class: "file", "aria-labelledby": `file-${index}` });
        renderFileResult(section, checked.result, index);
        if (checked.report?.header) {
          const fixes = checked.report.fixes;
          const button = el(doc, "button", { type: "button", class: "copy", "data-file": file.name }, `Korrigierte Kopie herunterladen (${fixes.length} Korrekturen)`);
          button.addEventListener("click", () =>
            void run("Kopie erstellen", async () => {
              const copy = await correctedCopy(bytes, checked.report!, deps.plan, checked.lossyParts, fixes);
              const name = copyName(file.name, copy.kind);
              deps.download(name, copy.bytes, XLSX_TYPE);
              return copy.reason ? `${name} heruntergeladen. ${copy.reason}` : `${name} heruntergeladen (${copy.fixesApplied} Korrekturen, Original unverändert).`;
            }),
          );
          section.append(button);
        }
        results.append(section);
      }
      merge.disabled = loaded.length === 0;
      report.disabled = loaded.length === 0;
      const bad = loaded.filter((l) => l.checked.result.status !== "ok").length;
      return `${loaded.length} Dateien geprüft, ${bad} mit Fehlern oder nicht lesbar.`;
    }),
  );
  merge.addEventListener("click", () =>
    void run("Zusammenführen", async () => {
      const inputs = flagRepeatedOffices(loaded.map((l) => ({ result: l.checked.result, records: l.checked.records })));
      const c = consolidate(inputs, { plan: deps.plan, today: deps.today() });
      const name = `Umsetzungsstand ${deps.today()}.xlsx`;
      deps.download(name, await writeConsolidatedWorkbook(c, deps.plan), XLSX_TYPE);
      return `${name} heruntergeladen: ${c.measures.length} Maßnahmen aus ${inputs.length} Dateien.`;
    }),
  );
  report.addEventListener("click", () =>
    void run("Prüfbericht", async () => {
      deps.download(`Pruefbericht ${deps.today()}.json`, new TextEncoder().encode(JSON.stringify(reportJson(), null, 2)), "application/json");
      return "Prüfbericht heruntergeladen.";
    }),
  );
  return { idle: () => busy };
};
