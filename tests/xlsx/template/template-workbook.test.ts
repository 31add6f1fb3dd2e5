// @needs: python3-openpyxl
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { DEFAULT_PLAN, canonicalLayout } from "../../../src/core";
import { readWorkbookGrids } from "../../../src/xlsx";
import {
  buildTemplateWorkbook,
  HEADER_ROW,
  IDENTITY_SHEET,
  INSTRUCTIONS_SHEET,
  readIdentity,
  TABLE_SHEET,
  TEMPLATE_VERSION,
} from "../../../src/xlsx/template";
import { tempDir } from "../../helpers/run-cli";
import { loadWorkbook } from "../../helpers/workbook";
import { columnOf, masterRecords, ROUND, sozialamtTemplate } from "./template-fixtures";

const layout = canonicalLayout(DEFAULT_PLAN);
const part = (bytes: Uint8Array, name: string): string =>
  strFromU8(unzipSync(bytes, { filter: (f) => f.name === name })[name]!);

describe("buildTemplateWorkbook", () => {
  it("has the Anleitung, the measure sheet, a hidden list sheet and a veryHidden identity sheet", async () => {
    const wb = await loadWorkbook(await sozialamtTemplate());
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      [INSTRUCTIONS_SHEET, "visible"],
      [TABLE_SHEET, "visible"],
      ["AP_Listen", "hidden"],
      [IDENTITY_SHEET, "veryHidden"],
    ]);
  });

  it("holds exactly the office's measures in the canonical layout, with the period above the header", async () => {
    const ws = (await loadWorkbook(await sozialamtTemplate())).getWorksheet(TABLE_SHEET)!;
    expect(ws.getCell(1, 1).value).toBe("Aktionsplan Integration 2022 bis 2026 – Zwischenbericht 2024");
    expect(ws.getCell(2, 1).value).toBe("Meldung: Sozialamt · Stichtag 30.06.2024 · Abgabe bis 31.07.2024");
    expect(layout.map((_, i) => ws.getCell(HEADER_ROW, i + 1).value)).toEqual(layout.map((c) => c.label));
    expect([
      ws.getCell(HEADER_ROW + 1, 1).value,
      ws.getCell(HEADER_ROW + 2, 1).value,
      ws.getCell(HEADER_ROW + 3, 1).value,
    ]).toEqual(["1.1.1", "2.1.1", null]);
    expect(ws.getCell(HEADER_ROW + 1, columnOf("Umsetzungszeitraum")).value).toBe("2022–2023");
    expect(ws.getCell(HEADER_ROW + 2, columnOf("Haushaltsrelevanz")).value).toBe("ja");
  });

  it("locks the master columns and leaves the reporting columns open, with formats", async () => {
    const ws = (await loadWorkbook(await sozialamtTemplate())).getWorksheet(TABLE_SHEET)!;
    const row = HEADER_ROW + 1;
    const locked = layout.map((_, i) => ws.getCell(row, i + 1).protection?.locked !== false);
    expect(locked).toEqual(layout.map((c) => c.master));
    expect(ws.getCell(row, columnOf("Maßnahmen-Nr.")).numFmt).toBe("@");
    expect(ws.getCell(row, columnOf("Fortschritt")).numFmt).toBe("0%");
    expect(ws.getCell(row, columnOf("Stand")).numFmt).toBe("dd.mm.yyyy");
  });

  it("folds the grey master columns other than ID and measure into a collapsed group, so they print only when shown", async () => {
    const ws = (await loadWorkbook(await sozialamtTemplate())).getWorksheet(TABLE_SHEET)!;
    const folded = layout.map((c, i) => [c.label, ws.getColumn(i + 1).hidden, ws.getColumn(i + 1).outlineLevel]);
    expect(folded).toEqual(
      layout.map((c) => {
        const fold = c.master && c.key !== "measureId" && c.key !== "measure";
        return [c.label, fold, fold ? 1 : 0];
      }),
    );
    expect(ws.properties.outlineLevelCol).toBe(1);
  });

  it("protects without a password, freezes the header and gives one drop-down per reporting list column from AP_Listen", async () => {
    const bytes = await sozialamtTemplate();
    const sheet = part(bytes, "xl/worksheets/sheet2.xml");
    expect(sheet).toMatch(/<sheetProtection sheet="1" formatColumns="0" formatRows="0" autoFilter="0"\/>/);
    expect(sheet).not.toMatch(/hashValue|password/);
    expect(sheet).toContain(
      `<pane xSplit="1" ySplit="${HEADER_ROW}" topLeftCell="B5" activePane="bottomRight" state="frozen"/>`,
    );
    const rules = [
      ...sheet.matchAll(/<dataValidation type="(\w+)"[^>]*sqref="([^"]+)"><formula1>([^<]*)<\/formula1>/g),
    ].map((m) => [m[1], m[2], m[3]]);
    const letter = (label: string) => String.fromCharCode(64 + columnOf(label));
    // Issue 14: "neue freiwillige Leistung" is a master column now (locked, from the master plan), so no drop-down.
    expect(rules).toEqual([
      [
        "list",
        `${letter("Stand Deckungsvorschlag")}5:${letter("Stand Deckungsvorschlag")}6`,
        "&apos;AP_Listen&apos;!$A$2:$A$5",
      ],
      ["list", `${letter("Umsetzungsstand")}5:${letter("Umsetzungsstand")}6`, "&apos;AP_Listen&apos;!$B$2:$B$8"],
      ["decimal", `${letter("Fortschritt")}5:${letter("Fortschritt")}6`, "0"],
      ["date", `${letter("Stand")}5:${letter("Stand")}6`, "44197"],
    ]);
    const lists = (await loadWorkbook(bytes)).getWorksheet("AP_Listen")!;
    expect(Array.from({ length: 7 }, (_, i) => lists.getCell(i + 2, 2).value)).toEqual(
      DEFAULT_PLAN.statuses.map((s) => s.value),
    );
  });

  it("keeps a validation range per column however many rows (exceljs repeats the last cell from row 10 on)", async () => {
    const one = (await masterRecords())[0]!;
    const measures = Array.from({ length: 12 }, (_, i) => ({ ...one, row: { ...one.row, measureId: `1.1.${i + 1}` } }));
    const bytes = await buildTemplateWorkbook({
      plan: DEFAULT_PLAN,
      office: "Sozialamt",
      round: ROUND,
      measures,
      today: "2024-05-01",
    });
    const sqrefs = [...part(bytes, "xl/worksheets/sheet2.xml").matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(sqrefs).toHaveLength(4);
    expect(sqrefs.every((s) => /^[A-Z]5:[A-Z]16$/.test(s!))).toBe(true);
  });

  it("names its office, round, version and plan, readable back through the ordinary reader", async () => {
    const read = await readWorkbookGrids(await sozialamtTemplate());
    if (!read.ok) throw new Error(read.reason);
    expect(read.sheets.find((s) => s.name === IDENTITY_SHEET)?.state).toBe("veryHidden");
    const identity = readIdentity(read.grids.find((g) => g.sheet === IDENTITY_SHEET)!);
    expect(identity).toEqual({
      version: TEMPLATE_VERSION,
      planId: DEFAULT_PLAN.id,
      round: ROUND.name,
      office: "Sozialamt",
      created: "2024-05-01",
      prefilled: [],
    });
  });

  it("pre-fills status, progress and Sachstand from the last round and records what it wrote", async () => {
    const previous = new Map([
      ["2.1.1", { measureId: "2.1.1", status: "in Umsetzung", progress: 35, note: "=Erst Räume, dann Personal" }],
    ]);
    const bytes = await sozialamtTemplate(previous);
    const ws = (await loadWorkbook(bytes)).getWorksheet(TABLE_SHEET)!;
    const row = HEADER_ROW + 2;
    expect([
      ws.getCell(row, columnOf("Umsetzungsstand")).value,
      ws.getCell(row, columnOf("Fortschritt")).value,
      ws.getCell(row, columnOf("Sachstand")).value,
    ]).toEqual(["in Umsetzung", 0.35, "=Erst Räume, dann Personal"]);
    expect(ws.getCell(row, columnOf("Sachstand")).formula).toBeUndefined();
    expect(ws.getCell(HEADER_ROW + 1, columnOf("Umsetzungsstand")).value).toBeNull();
    const read = await readWorkbookGrids(bytes);
    if (!read.ok) throw new Error(read.reason);
    const identity = readIdentity(read.grids.find((g) => g.sheet === IDENTITY_SHEET)!)!;
    expect(identity.prefilled.map((p) => [p.measureId, Object.fromEntries(p.values)])).toEqual([
      ["2.1.1", { status: "in Umsetzung", progress: 35, note: "=Erst Räume, dann Personal" }],
    ]);
    const instructions = (await loadWorkbook(bytes)).getWorksheet(INSTRUCTIONS_SHEET)!;
    const text = instructions
      .getColumn(1)
      .values.filter((v) => typeof v === "string")
      .join("\n");
    expect(text).toContain("„Umsetzungsstand“, „Fortschritt“, „Sachstand“ sind aus der letzten Meldung vorausgefüllt");
  });

  /** Debian's python3-openpyxl: a reader that is not exceljs sees protection, validations and sheet states. */
  it("is read the same way by openpyxl", async () => {
    const path = join(tempDir("template-openpyxl"), "Sozialamt.xlsx");
    writeFileSync(path, await sozialamtTemplate());
    const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    out[ws.title] = {"state": ws.sheet_state, "protected": bool(ws.protection.sheet), "password": ws.protection.password,
                     "validations": [[dv.type, str(dv.sqref), dv.formula1] for dv in ws.data_validations.dataValidation],
                     "freeze": ws.freeze_panes}
m = wb["Maßnahmen"]
out["locked"] = [m.cell(row=5, column=c).protection.locked for c in range(1, m.max_column + 1)]
print(json.dumps(out, ensure_ascii=False))
`;
    const r = spawnSync("/usr/bin/python3", ["-c", script, path], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    const info = JSON.parse(r.stdout) as Record<
      string,
      { state: string; protected: boolean; password: string | null; validations: string[][]; freeze: string | null }
    > & { locked: boolean[] };
    expect(info.Maßnahmen).toMatchObject({ state: "visible", protected: true, password: null, freeze: "B5" });
    expect(info.Maßnahmen!.validations.map((v) => v[0])).toEqual(["list", "list", "decimal", "date"]);
    expect(info.Maßnahmen!.validations[1]![2]).toBe("'AP_Listen'!$B$2:$B$8");
    expect(info.AP_Vorlage).toMatchObject({ state: "veryHidden", protected: true });
    expect(info.locked).toEqual(layout.map((c) => c.master));
  });
});
