import {
  buildMergeReport,
  countOf,
  dayProblem,
  germanDate,
  mergeRound,
  parseDay,
  prepareRound,
  registerMerge,
  toReportFile,
  type PlanConfig,
  type PreviousMeasure,
  type Register,
} from "../../core";
import {
  checkWorkbookBytes,
  copyName,
  correctedCopy,
  readPreviousWorkbook,
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
  /** When the file was last saved (UTC day), as the command line reads an inbox's files: for Rücklauf. */
  readonly received: string | null;
  readonly checked: CheckedWorkbook;
}

/** A file as the page reads it: its bytes and, from the browser's File, when it was last saved. */
interface OpenedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly received: string | null;
}

/** The register (an earlier consolidated workbook) as `merge --previous` reads it. */
interface LoadedRegister {
  readonly name: string;
  readonly measures: readonly PreviousMeasure[];
  readonly register: Register | null;
}

const NO_REGISTER = "Kein Register: der Umsetzungsstand beginnt einen neuen Verlauf (wie ohne --previous).";

const utcDay = (ms: number | undefined): string | null =>
  ms === undefined || !Number.isFinite(ms) ? null : new Date(ms).toISOString().slice(0, 10);

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Outside Office: the same checks on workbooks opened from disk, a corrected copy per file, and the
 * merge of several files into the consolidated workbook — all in this browser, with no upload.
 */
export const mountStandalone = (root: HTMLElement, deps: StandaloneDeps): { idle: () => Promise<void> } => {
  const doc = root.ownerDocument;
  // A file input's own button and "no file chosen" text speak the browser's language, not the page's:
  // the input stays hidden, and a German button opens it.
  const input = el(doc, "input", { type: "file", id: "files", multiple: "", accept: ".xlsx,.xlsm", hidden: "" });
  const choose = el(
    doc,
    "button",
    { type: "button", id: "btn-files", "aria-describedby": "files-chosen" },
    "Excel-Dateien der Ämter (.xlsx) auswählen …",
  );
  const chosen = el(doc, "p", { id: "files-chosen", class: "hint" }, "Noch keine Datei ausgewählt.");
  choose.addEventListener("click", () => input.click());
  // The register of the last merge, like `merge --previous`: history, decisions and Rücklauf carry on.
  const registerInput = el(doc, "input", { type: "file", id: "register", accept: ".xlsx", hidden: "" });
  const chooseRegister = el(
    doc,
    "button",
    { type: "button", id: "btn-register", "aria-describedby": "register-chosen" },
    "Register (letzter konsolidierter Umsetzungsstand) auswählen …",
  );
  const registerChosen = el(doc, "p", { id: "register-chosen", class: "hint" }, NO_REGISTER);
  chooseRegister.addEventListener("click", () => registerInput.click());
  const status = el(doc, "p", { id: "status", role: "status", "aria-live": "polite" });
  const results = el(doc, "div", { id: "results" });
  // Shown once there are files: an empty "Befunde" heading before that says nothing.
  const findings = el(
    doc,
    "section",
    { id: "findings", "aria-labelledby": "results-heading", hidden: "" },
    el(doc, "h2", { id: "results-heading" }, "Befunde"),
    results,
  );
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
    "Prüfergebnis als Datei speichern (für die Koordinierungsstelle)",
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
      choose,
      input,
      chosen,
      chooseRegister,
      registerInput,
      registerChosen,
    ),
    el(doc, "nav", { "aria-label": "Aktionen", class: "actions" }, merge, report),
    status,
    findings,
  );
  let loaded: Loaded[] = [];
  let previous: LoadedRegister | null = null;
  let today = deps.today();
  const period = (): string | undefined => (round.value === "" ? undefined : round.value);
  /**
   * The plan and the register's part of the merge, as `merge --previous` has them: the register's
   * rounds and those of the files' templates count as the plan's.
   */
  const withRegister = () =>
    registerMerge(
      loaded.map((l) => l.checked),
      {
        plan: deps.plan,
        today,
        register: previous?.register ?? null,
        file: previous?.name ?? null,
        received: new Map(loaded.flatMap((l) => (l.received === null ? [] : [[l.name, l.received] as const]))),
      },
    );
  /** The files as the merge sees them: the round's Stichtag, its templates, repeated offices. */
  const prepared = () =>
    prepareRound(
      loaded.map((l) => l.checked),
      { plan: previous ? withRegister().plan : deps.plan, period: period(), today },
    );
  /** The one merge pipeline, with the register when one is chosen. */
  const merged = () => {
    const checked = loaded.map((l) => l.checked);
    if (previous === null) return mergeRound(checked, { plan: deps.plan, period: period(), today });
    const { plan, register } = withRegister();
    return mergeRound(checked, { plan, period: period(), today, previous: previous.measures, register });
  };
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
  const reportJson = () => buildMergeReport(merged().consolidation, "", false, null);

  /** Checks every file against the current date and round, and lists the findings as the merge would. */
  const checkAll = async (files: readonly OpenedFile[]): Promise<string> => {
    loaded = [];
    clear(results);
    for (const file of files)
      loaded.push({
        name: file.name,
        bytes: file.bytes,
        received: file.received,
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
          `Korrigierte Kopie herunterladen (${countOf(fixes.length, "Korrektur", "Korrekturen")})`,
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
                : `${name} heruntergeladen (${countOf(copy.fixesApplied, "Korrektur", "Korrekturen")}, Original unverändert).`;
            }),
        );
        section.append(button);
      }
      results.append(section);
    }
    findings.hidden = loaded.length === 0;
    merge.disabled = loaded.length === 0;
    report.disabled = loaded.length === 0;
    const bad = judged.filter((i) => i.result.status !== "ok").length;
    return `${countOf(loaded.length, "Datei", "Dateien")} geprüft (Datum ${germanDate(today)}${period() ? `, Berichtsrunde ${period()}` : ""}), ${bad} mit Fehlern oder nicht lesbar.`;
  };

  input.addEventListener(
    "change",
    () =>
      void run("Prüfen", async () => {
        const names = [...(input.files ?? [])].map((f) => f.name);
        chosen.textContent = names.length
          ? `${countOf(names.length, "Datei", "Dateien")} ausgewählt: ${names.join(", ")}`
          : "Noch keine Datei ausgewählt.";
        const files = await Promise.all(
          [...(input.files ?? [])].map(
            async (f): Promise<OpenedFile> => ({
              name: f.name,
              bytes: new Uint8Array(await f.arrayBuffer()),
              received: utcDay(f.lastModified),
            }),
          ),
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
        ? checkAll(loaded.map((l) => ({ name: l.name, bytes: l.bytes, received: l.received })))
        : `Datum ${germanDate(today)}${period() ? `, Berichtsrunde ${period()}` : ""} eingestellt.`;
    });
  todayField.addEventListener("change", settingsChanged);
  registerInput.addEventListener(
    "change",
    () =>
      void run("Register lesen", async () => {
        const file = registerInput.files?.[0];
        previous = null;
        if (file === undefined) {
          registerChosen.textContent = NO_REGISTER;
          return "Kein Register gewählt.";
        }
        const read = await readPreviousWorkbook(new Uint8Array(await file.arrayBuffer()), file.name, deps.plan, today);
        if (!read.ok) {
          registerChosen.textContent = `Register nicht übernommen: ${read.message}`;
          return read.message;
        }
        previous = { name: file.name, measures: read.measures, register: read.register };
        const rounds = read.register?.history.rounds.length ?? 0;
        const decisions = read.register?.decisions.length ?? 0;
        registerChosen.textContent = `Register: ${file.name} (${countOf(rounds, "Berichtsrunde", "Berichtsrunden")} im Verlauf, ${countOf(decisions, "Entscheidung", "Entscheidungen")}).`;
        return `Register ${file.name} gelesen: Verlauf, Entscheidungen und Rücklauf werden beim Zusammenführen fortgeführt.`;
      }),
  );
  round.addEventListener("change", settingsChanged);
  merge.addEventListener(
    "click",
    () =>
      void run("Zusammenführen", async () => {
        const { inputs, consolidation: c } = merged();
        const name = `Umsetzungsstand ${today}.xlsx`;
        const plan = previous ? withRegister().plan : deps.plan;
        deps.download(name, await writeConsolidatedWorkbook(c, plan), XLSX_TYPE);
        return `${name} heruntergeladen: ${countOf(c.measures.length, "Maßnahme", "Maßnahmen")} aus ${countOf(inputs.length, "Datei", "Dateien")}.`;
      }),
  );
  report.addEventListener(
    "click",
    () =>
      void run("Prüfergebnis speichern", async () => {
        const name = `Pruefbericht ${today}.json`;
        deps.download(name, new TextEncoder().encode(JSON.stringify(reportJson(), null, 2)), "application/json");
        return `Prüfergebnis gespeichert als „${name}“. Bitte senden Sie die Datei an die Koordinierungsstelle.`;
      }),
  );
  return { idle: () => busy };
};
