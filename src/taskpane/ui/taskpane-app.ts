import { canonicalLayout, countOf, type Fix, type PlanConfig, type TableReport } from "../../core";
import { checkActiveSheet, chosenFixes } from "../checker";
import type { ExcelPort } from "../excel-port";
import { FEATURE_SETS, type Feature } from "../host";
import { listsOf, planStructure, templateStructure } from "../structure-plan";
import { chosenCells, renderFixes } from "./fix-list";
import { renderIssues } from "./issue-list";
import { renderSkeleton, type Controls } from "./skeleton";

export interface AppDeps {
  readonly port: ExcelPort;
  readonly supports: (version: string) => boolean;
  readonly plan: PlanConfig;
  /** Today's date as ISO text (the shell reads the clock, not the app). */
  readonly today: () => string;
  /** Delay before re-validating after the clerk types. */
  readonly debounceMs?: number;
}

const OFFICE_FOR: Readonly<Record<string, string>> = {
  "1.7": "Excel 2019",
  "1.8": "Excel 2019",
  "1.9": "Excel 2021 oder Microsoft 365",
  "1.10": "Excel 2021 oder Microsoft 365",
  "1.16": "Microsoft 365",
};

/** Wires the controls to the port. Every action reports in the status line; errors never escape silently. */
export const mountTaskpane = (root: HTMLElement, deps: AppDeps): { controls: Controls; idle: () => Promise<void> } => {
  const c = renderSkeleton(root, deps.plan.title);
  c.mode.textContent = "Modus: in Excel – die Prüfung läuft auf dem aktiven Tabellenblatt.";
  const layout = canonicalLayout(deps.plan);
  let last: { report: TableReport; date1904: boolean } | null = null;
  let busy: Promise<void> = Promise.resolve();

  const can = (feature: Feature): boolean => deps.supports(FEATURE_SETS[feature]);
  const gate = (btn: HTMLButtonElement, feature: Feature, what: string) => {
    if (can(feature)) return;
    btn.disabled = true;
    const version = FEATURE_SETS[feature];
    c.notes.append(
      Object.assign(root.ownerDocument.createElement("li"), {
        textContent: `„${what}“ braucht eine neuere Excel-Version (ExcelApi ${version}, ab ${OFFICE_FOR[version] ?? "Microsoft 365"}).`,
      }),
    );
  };
  gate(c.mark, "highlight", "Markieren");
  gate(c.unmark, "highlight", "Markierungen entfernen");
  gate(c.fix, "fix", "Korrigieren");
  gate(c.structure, "structure", "Tabelle strukturieren");
  gate(c.template, "template", "Neue Vorlage");

  const run = (label: string, action: () => Promise<string>) => {
    busy = busy.then(async () => {
      c.status.textContent = `${label} …`;
      try {
        c.status.textContent = await action();
      } catch (e) {
        c.status.textContent = `${label} fehlgeschlagen: ${e instanceof Error ? e.message : String(e)}`;
      }
    });
    return busy;
  };

  // The check itself, callable from inside other actions (which already hold the queue).
  const validate = async (): Promise<string> => {
    const { snapshot, report } = await checkActiveSheet(deps.port, deps.plan, deps.today());
    last = { report, date1904: snapshot.grid.date1904 === true };
    renderIssues(c.issues, report.issues, (cell) => void deps.port.select(cell));
    c.issuesSection.hidden = false;
    if (!report.header) return `Auf dem Blatt „${snapshot.sheet}“ wurde keine Maßnahmentabelle gefunden.`;
    const s = report.stats;
    return `Blatt „${snapshot.sheet}“: ${countOf(s.rows, "Maßnahme", "Maßnahmen")}, ${s.error} Fehler, ${countOf(s.warning, "Warnung", "Warnungen")}, ${countOf(s.info, "Hinweis", "Hinweise")}.`;
  };
  const check = () => run("Prüfen", validate);

  c.check.addEventListener("click", () => void check());
  c.mark.addEventListener(
    "click",
    () =>
      void run("Markieren", async () => {
        if (!last) await validate();
        const cells = (last?.report.issues ?? [])
          .filter((i) => i.cell !== null)
          .map((i) => ({ cell: i.cell!, severity: i.severity }));
        await deps.port.clearHighlights();
        await deps.port.highlight(cells);
        return `${countOf(cells.length, "Zelle", "Zellen")} markiert (Fehler rot, Warnungen gelb, Hinweise blau).`;
      }),
  );
  c.unmark.addEventListener(
    "click",
    () => void run("Markierungen entfernen", async () => `${await deps.port.clearHighlights()} Markierungen entfernt.`),
  );
  c.fix.addEventListener(
    "click",
    () =>
      void run("Korrekturen vorbereiten", async () => {
        if (!last) await validate();
        const fixes: readonly Fix[] = last?.report.fixes ?? [];
        renderFixes(c.fixes, fixes);
        c.fixPanel.hidden = false;
        return `${fixes.length} Korrekturvorschläge. Bitte prüfen und auswählen; erst „Anwenden“ ändert das Blatt.`;
      }),
  );
  c.applyFixes.addEventListener(
    "click",
    () =>
      void run("Korrigieren", async () => {
        if (!last) return "Bitte zuerst prüfen.";
        const fixes = chosenFixes(last.report.fixes, chosenCells(c.fixes));
        await deps.port.applyFixes(fixes, last.date1904);
        c.fixPanel.hidden = true;
        return `${countOf(fixes.length, "Korrektur", "Korrekturen")} angewendet. ${await validate()}`;
      }),
  );
  c.structure.addEventListener(
    "click",
    () =>
      void run("Tabelle strukturieren", async () => {
        const { snapshot, report } = await checkActiveSheet(deps.port, deps.plan, deps.today());
        const plan = planStructure(report, snapshot.grid, layout);
        if (!plan)
          return "Keine Maßnahmentabelle gefunden: bitte zuerst eine Kopfzeile anlegen oder „Neue Vorlage“ wählen.";
        const outcome = await deps.port.structure(plan, listsOf(layout));
        if (!outcome.ok)
          return outcome.reason === "protected"
            ? `Das Blatt „${outcome.detail}“ ist geschützt. Bitte den Blattschutz aufheben (Überprüfen → Blattschutz aufheben) und erneut versuchen.`
            : outcome.reason === "merged"
              ? `Die Tabelle enthält verbundene Zellen (${outcome.detail}). Bitte die Verbindung aufheben und erneut versuchen.`
              : `Die Tabelle überschneidet sich mit einer anderen Tabelle (${outcome.detail}).`;
        return `Tabelle strukturiert: ${plan.renames.length} Überschriften vereinheitlicht, ${plan.append.length} Spalten ergänzt, Auswahllisten und Formate gesetzt.${outcome.backup ? ` Sicherungskopie: Blatt „${outcome.backup}“.` : ""}`;
      }),
  );
  c.template.addEventListener(
    "click",
    () =>
      void run("Neue Vorlage", async () => {
        const name = `Maßnahmen ${deps.today()}`;
        await deps.port.addHeaderSheet(
          layout.map((col) => col.label),
          name,
        );
        const outcome = await deps.port.structure(templateStructure(layout), listsOf(layout), { backup: false });
        return outcome.ok
          ? `Neues Blatt „${name}“ mit der Standardtabelle angelegt.`
          : `Neue Vorlage: ${outcome.detail}`;
      }),
  );

  // Re-validate while the clerk types, debounced so one paste does not trigger a hundred checks.
  let timer: ReturnType<typeof setTimeout> | undefined;
  void deps.port
    .onChanged(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void check(), deps.debounceMs ?? 800);
    })
    .catch(() => undefined);

  return { controls: c, idle: () => busy };
};
