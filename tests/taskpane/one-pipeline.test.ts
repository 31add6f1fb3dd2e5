/** @jest-environment jsdom */
// @needs: build
import "../helpers/jsdom-text-codec";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_PLAN, MergeReport } from "../../src/core";
import { mountStandalone } from "../../src/taskpane/standalone/standalone-app";
import { buergeramt, jugendamt, sozialamt } from "../helpers/offices";
import { mergeReportAt } from "../helpers/report-json";
import { runCli, tempDir } from "../helpers/run-cli";
import { loadWorkbook } from "../helpers/workbook";
import { sozialamtTemplate } from "../xlsx/template/template-fixtures";

/** A report with file names where the command names paths, without what only a written workbook has. */
const comparable = (r: MergeReport, folder: string) => ({
  ...(JSON.parse(JSON.stringify(r).replaceAll(`${folder}/`, "")) as MergeReport),
  output: null,
});

/**
 * Issue 18: the command line and the browser page run one pure pipeline from checked workbooks to
 * the consolidation, so the same files and settings give the same JSON report, finding for finding.
 */
describe("one merge pipeline for the command line and the browser page", () => {
  const dir = tempDir("one-pipeline");
  const inbox = join(dir, "eingang");
  let files: { name: string; bytes: Uint8Array }[];
  let downloads: { name: string; bytes: Uint8Array }[];
  let root: HTMLElement;
  let app: { idle: () => Promise<void> };

  const settle = async () => {
    await new Promise((r) => setTimeout(r, 0));
    await app.idle();
  };
  const set = async (id: string, value: string) => {
    const field = root.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)!;
    field.value = value;
    field.dispatchEvent(new Event("change"));
    await settle();
  };
  const pageReport = async (): Promise<MergeReport> => {
    downloads = [];
    root.querySelector<HTMLButtonElement>("#btn-report")!.click();
    await settle();
    const json = downloads.find((d) => d.name.endsWith(".json"))!;
    return MergeReport.parse(JSON.parse(new TextDecoder().decode(json.bytes)));
  };
  const cliReport = (args: string[]): MergeReport => {
    const json = join(dir, `r-${args.join("_").replace(/[^\w]/g, "")}.json`);
    runCli(["merge", inbox, "--out", join(dir, "out.xlsx"), "--report-json", json, ...args]);
    return mergeReportAt(json);
  };

  beforeAll(async () => {
    // A template of the Zwischenbericht next to plain files, two of them from the Jugendamt.
    files = [
      { name: "Jugendamt.xlsx", bytes: await jugendamt() },
      { name: "Sozialamt.xlsx", bytes: await sozialamt() },
      { name: "Sozialamt Vorlage.xlsx", bytes: await sozialamtTemplate() },
      { name: "Buergeramt.xlsx", bytes: await buergeramt() },
      { name: "Jugendamt Korrektur.xlsx", bytes: await jugendamt() },
    ];
    mkdirSync(inbox);
    for (const f of files) writeFileSync(join(inbox, f.name), f.bytes);
    document.body.innerHTML = '<main id="app"></main>';
    root = document.getElementById("app")!;
    app = mountStandalone(root, {
      plan: DEFAULT_PLAN,
      today: () => "2024-06-30",
      download: (name, bytes) => downloads.push({ name, bytes }),
      sha256: async (b) => createHash("sha256").update(b).digest("hex"),
    });
    const input = root.querySelector<HTMLInputElement>("#files")!;
    Object.defineProperty(input, "files", {
      value: files.map((f) => ({ name: f.name, arrayBuffer: async () => f.bytes.slice().buffer })),
    });
    input.dispatchEvent(new Event("change"));
    await settle();
  }, 60_000);

  it("gives the report the command gives for the same files and date", async () => {
    const page = await pageReport();
    const cli = cliReport(["--today", "2024-06-30"]);
    expect(comparable(page, inbox)).toEqual(comparable(cli, inbox));
    // Not an empty agreement: the round's and the merge's own findings are in both.
    const codes = new Set(page.inputs.flatMap((i) => i.issues.map((x) => x.code)));
    expect([codes.has("file/same-office"), codes.has("file/from-template"), page.totals.files]).toEqual([
      true,
      true,
      5,
    ]);
  });

  it("gives the same report for another round and date, like --period and --today", async () => {
    await set("today", "05.08.2024");
    await set("round", "Abschlussbericht 2026");
    const page = await pageReport();
    expect(comparable(page, inbox)).toEqual(
      comparable(cliReport(["--today", "2024-08-05", "--period", "Abschlussbericht 2026"]), inbox),
    );
    expect(page.inputs.some((i) => i.issues.some((x) => x.code === "file/old-template"))).toBe(true);
  });

  it("takes a register as merge --previous does: the same decisions, findings and figures", async () => {
    // Last round's consolidated workbook, with a decision the coordinator typed into it.
    const registerDir = join(dir, "register");
    mkdirSync(registerDir);
    const first = join(registerDir, "erste Runde.xlsx");
    runCli(["merge", inbox, "--out", first, "--today", "2024-06-30"]);
    const wb = await loadWorkbook(new Uint8Array(readFileSync(first)));
    ["3.1.1", "Fortschritt", "Wert setzen", 0.6, "Telefonat mit dem Jugendamt", "A. Beispiel"].forEach(
      (v, j) => (wb.getWorksheet("Entscheidungen")!.getCell(2, 1 + j).value = v),
    );
    const register = join(registerDir, "Register.xlsx");
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    writeFileSync(register, bytes);
    const input = root.querySelector<HTMLInputElement>("#register")!;
    Object.defineProperty(input, "files", {
      value: [{ name: "Register.xlsx", arrayBuffer: async () => bytes.slice().buffer }],
    });
    input.dispatchEvent(new Event("change"));
    await settle();
    expect(root.querySelector("#register-chosen")!.textContent).toContain("1 Berichtsrunde im Verlauf, 1 Entscheidung");
    const page = await pageReport();
    const cli = cliReport(["--today", "2024-08-05", "--period", "Abschlussbericht 2026", "--previous", register]);
    const named = (r: MergeReport) =>
      comparable(JSON.parse(JSON.stringify(r).replaceAll(`${registerDir}/`, "")), inbox);
    expect(named(page)).toEqual(named(cli));
    expect(page.decisions.map((d) => [d.id, d.kind, d.status])).toEqual([["3.1.1", "Wert setzen", "applied"]]);
  });
});
