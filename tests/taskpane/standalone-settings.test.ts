/** @jest-environment jsdom */
// @needs: build
import "../helpers/jsdom-text-codec";
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_PLAN } from "../../src/core";
import { mountStandalone } from "../../src/taskpane/standalone/standalone-app";
import { runCli, tempDir } from "../helpers/run-cli";
import { addRows, workbookBytes } from "../helpers/workbook";
import { mergeReportAt } from "../helpers/report-json";
import { SHORT_HEADER } from "../helpers/short-header";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Two measures past their end on different days, and a Stand after the Zwischenbericht's Stichtag (30.06.2024). */
const office = () =>
  workbookBytes((wb) => {
    const ws = wb.addWorksheet("Meldung");
    addRows(ws, [
      [...SHORT_HEADER, "Ende", "Stand"],
      [
        "1.1.1",
        "Arbeit und Wirtschaft",
        "Sprachkurse",
        "Sozialamt",
        "nein",
        "in Umsetzung",
        0.5,
        d("2023-12-31"),
        d("2024-07-10"),
      ],
      [
        "1.1.2",
        "Arbeit und Wirtschaft",
        "Beratung",
        "Sozialamt",
        "nein",
        "in Umsetzung",
        0.5,
        d("2025-06-30"),
        d("2024-06-20"),
      ],
    ]);
    for (const c of ["G2", "G3"]) ws.getCell(c).numFmt = "0%";
    for (const c of ["H2", "H3", "I2", "I3"]) ws.getCell(c).numFmt = "dd.mm.yyyy";
  });

/** Issue 14: the page lets the user set the round and the date, and then finds what the command finds. */
describe("the browser page judges like the command line", () => {
  const dir = tempDir("standalone-settings");
  let bytes: Uint8Array;
  let root: HTMLElement;
  let app: { idle: () => Promise<void> };

  const settle = async () => {
    await new Promise((r) => setTimeout(r, 0));
    await app.idle();
  };
  const findings = () =>
    [...root.querySelectorAll("ul.issues.error li, ul.issues.warning li")].map((li) => [
      li.getAttribute("data-cell"),
      li.textContent!.replace(/^[^:]*:\s/, ""),
    ]);
  const cli = (args: string[]): [string | null, string][] => {
    const json = join(dir, `r-${args.join("_").replace(/[^\w]/g, "")}.json`);
    runCli(["merge", join(dir, "eingang"), "--out", join(dir, "out.xlsx"), "--report-json", json, ...args]);
    const r = mergeReportAt(json);
    return r.inputs[0]!.issues.filter((i) => i.severity !== "info").map((i) => [i.cell, i.message]);
  };
  const set = async (id: string, value: string) => {
    const field = root.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)!;
    field.value = value;
    field.dispatchEvent(new Event("change"));
    await settle();
  };

  beforeAll(async () => {
    bytes = await office();
    mkdirSync(join(dir, "eingang"));
    writeFileSync(join(dir, "eingang", "Sozialamt.xlsx"), bytes);
    document.body.innerHTML = '<main id="app"></main>';
    root = document.getElementById("app")!;
    app = mountStandalone(root, {
      plan: DEFAULT_PLAN,
      today: () => "2026-03-01",
      download: () => undefined,
      sha256: async (b) => createHash("sha256").update(b).digest("hex"),
    });
    const input = root.querySelector<HTMLInputElement>("#files")!;
    const copy = bytes.slice();
    Object.defineProperty(input, "files", {
      value: [{ name: "Sozialamt.xlsx", arrayBuffer: async () => copy.buffer }],
    });
    input.dispatchEvent(new Event("change"));
    await settle();
  }, 60_000);

  it("starts from the machine's date, shown as TT.MM.JJJJ, and finds what --today finds for it", () => {
    expect(root.querySelector<HTMLInputElement>("#today")!.value).toBe("01.03.2026");
    expect(findings()).toEqual(cli(["--today", "2026-03-01"]));
    expect(findings().filter(([, m]) => m?.includes("überschritten")).length).toBe(2);
  });

  it("re-checks the open files for another date, like --today", async () => {
    await set("today", "30.06.2024");
    expect(findings()).toEqual(cli(["--today", "30.06.2024"]));
    expect(findings().filter(([, m]) => m?.includes("überschritten")).length).toBe(1);
  });

  it("with a round chosen, flags a Stand after its Stichtag, like --period", async () => {
    await set("today", "05.08.2024");
    await set("round", "Zwischenbericht 2024");
    const page = findings();
    expect(page).toEqual(cli(["--today", "05.08.2024", "--period", "Zwischenbericht 2024"]));
    expect(page.filter(([cell]) => cell === "I2").map(([, m]) => m)).toEqual([
      expect.stringContaining("nach dem Stichtag 30.06.2024"),
    ]);
  });

  it("refuses a day the calendar lacks, in German, and keeps the last findings", async () => {
    const before = findings();
    await set("today", "30.02.2024");
    expect(root.querySelector("#status")!.textContent).toBe(
      "Den 30.02.2024 gibt es im Kalender nicht. Bitte ein gültiges Datum eingeben (z. B. 05.08.2024).",
    );
    expect(root.querySelector("#today")!.getAttribute("aria-invalid")).toBe("true");
    expect(findings()).toEqual(before);
  });
});
