import {
  buildMergeReport,
  dayProblem,
  germanDate,
  mergeRound,
  parseDay,
  prepareRound,
  toReportFile,
  type PlanConfig,
} from "../../core";
import {
  checkWorkbookBytes,
  copyName,
  correctedCopy,
  writeConsolidatedWorkbook,
  type CheckedWorkbook,
} from "../../xlsx";
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
  const merge = el(
    doc,
    "button",
    { type: "button", id: "btn-merge", disabled: "" },
    "Zusammenführen (konsolidierter Umsetzungsstand)",
  );
  const report = el(
    doc,
    "button",
    { type: "button", id: "btn-report", disabled: "" },
    "Prüfbericht (JSON) herunterladen",
  );
  // The command line's --period and --today: the same files must get the same findings here and there.
  const round = el(
    doc,
    "select",
    { id: "round" },
    el(doc, "option", { value: "" }, "aus den Vorlagen der Dateien (wie ohne --period)"),
    ...deps.plan.rounds.map((r) =>
      el(doc, "option", { value: r.name }, `${r.name} (Stichtag ${germanDate(r.cutoff)})`),
    ),
  );
  const todayField = el(doc, "input", {
    id: "today",
    type: "text",
    inputmode: "numeric",
    autocomplete: "off",
    placeholder: "TT.MM.JJJJ",
    value: germanDate(deps.today()),
    "aria-describedby": "today-hint",
  });
  const settings = el(
    doc,
    "section",
    { "aria-labelledby": "settings-heading", class: "settings" },
    el(doc, "h2", { id: "settings-heading" }, "Berichtsrunde und Datum"),
    el(doc, "label", { for: "round" }, "Berichtsrunde"),
    round,
    el(doc, "label", { for: "today" }, "Datum, gegen das „überfällig“ geprüft wird"),
    todayField,
    el(
      doc,
      "p",
      { id: "today-hint", class: "hint" },
      "Wie „--today“ und „--period“ der Kommandozeile: gleiche Dateien, gleiche Einstellungen, gleiche Befunde.",
    ),
  );
  root.append(
    el(
      doc,
      "header",
      {},
      el(doc, "h1", {}, "Aktionsplan prüfen"),
      el(doc, "p", { class: "plan" }, deps.plan.title),
      el(
        doc,
        "p",
        { id: "mode", class: "mode" },
        "Modus: im Browser, ohne Excel. Die Dateien werden nur in diesem Browser verarbeitet und nirgendwohin hochgeladen.",
      ),
    ),
    settings,
    el(
      doc,
      "section",
      { "aria-labelledby": "open-heading" },
      el(doc, "h2", { id: "open-heading" }, "Arbeitsmappen öffnen"),
      el(doc, "label", { for: "files" }, "Excel-Dateien der Ämter (.xlsx) auswählen"),
      input,
    ),
    el(doc, "nav", { "aria-label": "Aktionen", class: "actions" }, merge, report),
    status,
    el(
      doc,
      "section",
      { "aria-labelledby": "results-heading" },
      el(doc, "h2", { id: "results-heading" }, "Befunde"),
      results,
    ),
  );
  let loaded: Loaded[] = [];
  let today = deps.today();
  const period = (): string | undefined => (round.value === "" ? undefined : round.value);
  /** The files as the merge sees them: the round's Stichtag, its templates, repeated offices. */
  const prepared = () =>
    prepareRound(
      loaded.map((l) => l.checked),
      { plan: deps.plan, period: period(), today },
    );
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

  /** The merge's JSON report, as `merge --report-json` writes it for the same files and settings. */
  const reportJson = () =>
    buildMergeReport(
      mergeRound(
        loaded.map((l) => l.checked),
        { plan: deps.plan, period: period(), today },
      ).consolidation,
      "",
      false,
      null,
    );

  /** Checks every file against the current date and round, and lists the findings as the merge would. */
  const checkAll = async (files: readonly { readonly name: string; readonly bytes: Uint8Array }[]): Promise<string> => {
    loaded = [];
    clear(results);
    for (const file of files)
      loaded.push({
        name: file.name,
        bytes: file.bytes,
        checked: await checkWorkbookBytes(file.name, await deps.sha256(file.bytes), file.bytes, deps.plan, today),
      });
    const judged = prepared().inputs;
    for (const [index, { name: fileName, bytes, checked }] of loaded.entries()) {
      const section = el(doc, "section", { class: "file", "aria-labelledby": `file-${index}` });
      renderFileResult(section, toReportFile(judged[index]!.result), index);
      if (checked.report?.header) {
        const fixes = checked.report.fixes;
        const button = el(
          doc,
          "button",
          { type: "button", class: "copy", "data-file": fileName },
          `Korrigierte Kopie herunterladen (${fixes.length} Korrekturen)`,
        );
        button.addEventListener(
          "click",
          () =>
            void run("Kopie erstellen", async () => {
              const copy = await correctedCopy(bytes, checked.report!, deps.plan, checked.lossyParts, fixes);
              const name = copyName(fileName, copy.kind);
              deps.download(name, copy.bytes, XLSX_TYPE);
              return copy.reason
                ? `${name} heruntergeladen. ${copy.reason}`
                : `${name} heruntergeladen (${copy.fixesApplied} Korrekturen, Original unverändert).`;
            }),
        );
        section.append(button);
      }
      results.append(section);
    }
    merge.disabled = loaded.length === 0;
    report.disabled = loaded.length === 0;
    const bad = judged.filter((i) => i.result.status !== "ok").length;
    return `${loaded.length} Dateien geprüft (Datum ${germanDate(today)}${period() ? `, Berichtsrunde ${period()}` : ""}), ${bad} mit Fehlern oder nicht lesbar.`;
  };

  input.addEventListener(
    "change",
    () =>
      void run("Prüfen", async () => {
        const files = await Promise.all(
          [...(input.files ?? [])].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
        );
        return checkAll(files);
      }),
  );
  // A new date or round judges the open files again: "overdue" and the Stichtag depend on them.
  const settingsChanged = () =>
    void run("Prüfen", async () => {
      const day = parseDay(todayField.value);
      if (day === null) {
        todayField.setAttribute("aria-invalid", "true");
        return dayProblem(todayField.value) === "calendar"
          ? `Den ${todayField.value} gibt es im Kalender nicht. Bitte ein gültiges Datum eingeben (z. B. 05.08.2024).`
          : `Bitte das Datum in der Form TT.MM.JJJJ eingeben (z. B. 05.08.2024), nicht „${todayField.value}“.`;
      }
      todayField.removeAttribute("aria-invalid");
      today = day;
      return loaded.length
        ? checkAll(loaded.map((l) => ({ name: l.name, bytes: l.bytes })))
        : `Datum ${germanDate(today)}${period() ? `, Berichtsrunde ${period()}` : ""} eingestellt.`;
    });
  todayField.addEventListener("change", settingsChanged);
  round.addEventListener("change", settingsChanged);
  merge.addEventListener(
    "click",
    () =>
      void run("Zusammenführen", async () => {
        const { inputs, consolidation: c } = mergeRound(
          loaded.map((l) => l.checked),
          { plan: deps.plan, period: period(), today },
        );
        const name = `Umsetzungsstand ${today}.xlsx`;
        deps.download(name, await writeConsolidatedWorkbook(c, deps.plan), XLSX_TYPE);
        return `${name} heruntergeladen: ${c.measures.length} Maßnahmen aus ${inputs.length} Dateien.`;
      }),
  );
  report.addEventListener(
    "click",
    () =>
      void run("Prüfbericht", async () => {
        deps.download(
          `Pruefbericht ${today}.json`,
          new TextEncoder().encode(JSON.stringify(reportJson(), null, 2)),
          "application/json",
        );
        return "Prüfbericht heruntergeladen.";
      }),
  );
  return { idle: () => busy };
};
