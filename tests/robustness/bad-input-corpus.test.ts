// @needs: python3-openpyxl
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { jugendamt } from "../helpers/offices";
import { fileHash, cli, tempDir } from "../helpers/run-cli";
import { addRows, loadWorkbook, workbookBytes } from "../helpers/workbook";
import { mergeReportAt } from "../helpers/report-json";
import type { MergeReport } from "../../src/core";

jest.setTimeout(120_000);

/** A workbook written by openpyxl (Debian's python3-openpyxl), another writer than exceljs. */
const openpyxlWorkbook = (path: string): void => {
  const script = `
import openpyxl, sys
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Meldung"
ws.append(["Nr.", "HF", "Maßnahme", "Federführung", "Haushaltsrelevanz", "Status", "Fortschritt in %"])
ws.append(["5.1.1", "5", "Sportvereine öffnen – Kurse für Frauen", "Sportstätten", "nein", "in Umsetzung", 0.4])
ws["G2"].number_format = "0%"
wb.save(sys.argv[1])
`;
  const r = spawnSync("/usr/bin/python3", ["-c", script, path], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
};

const entityBomb = async (): Promise<Uint8Array> => {
  const parts = unzipSync(await jugendamt());
  const sheet = Object.keys(parts).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
  const lol = [
    '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">',
    ...Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`,
    ),
    "]>",
  ].join("");
  parts[sheet] = strToU8(
    new TextDecoder()
      .decode(parts[sheet])
      .replace("?>", `?>${lol}`)
      .replace("<sheetData>", '<sheetData><row r="99"><c r="A99" t="inlineStr"><is><t>&j;</t></is></c></row>'),
  );
  return zipSync(parts);
};

describe("a folder of broken and hostile files: each gets its outcome, the rest still merge", () => {
  const dir = tempDir("corpus");
  let report: MergeReport;
  let hashes: Map<string, string>;
  let out: string;

  beforeAll(async () => {
    const good = await jugendamt();
    const files: Record<string, Uint8Array> = {
      "01_leer.xlsx": new Uint8Array(),
      "02_abgeschnitten.xlsx": good.subarray(0, Math.floor(good.length / 2)),
      "03_csv.xlsx": strToU8("Nr.;Maßnahme\n1.1.1;Kurs\n"),
      "04_word.xlsx": zipSync({
        "[Content_Types].xml": strToU8("<Types/>"),
        "word/document.xml": strToU8("<w:document/>"),
      }),
      "05_verschluesselt.xlsx": new Uint8Array([
        0xd0,
        0xcf,
        0x11,
        0xe0,
        0xa1,
        0xb1,
        0x1a,
        0xe1,
        ...new Uint8Array(504),
      ]),
      "06_bombe.xlsx": zipSync(
        { "xl/workbook.xml": strToU8("<workbook/>"), "xl/worksheets/sheet1.xml": new Uint8Array(48 * 1024 * 1024) },
        { level: 9 },
      ),
      "07_entitaeten.xlsx": await entityBomb(),
      "08_makro.xlsm": zipSync({ ...unzipSync(good), "xl/vbaProject.bin": new Uint8Array(512).fill(7) }),
      "09_langer_text.xlsx": await workbookBytes((wb) =>
        addRows(wb.addWorksheet("S"), [
          [
            "Maßnahmen-Nr.",
            "Handlungsfeld",
            "Maßnahme",
            "federführend",
            "Haushaltsrelevanz",
            "Umsetzungsstand",
            "Sachstand",
          ],
          ["7.1.1", "7", "Formulare", "Bürgeramt", "nein", "in Umsetzung", "Ä".repeat(1024 * 1024)],
        ]),
      ),
      "10_gut.xlsx": good,
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    openpyxlWorkbook(join(dir, "11_openpyxl.xlsx"));
    hashes = new Map(Object.keys(files).map((f) => [f, fileHash(join(dir, f))]));
    out = join(tempDir("corpus-out"), "k.xlsx");
    const json = join(tempDir("corpus-json"), "r.json");
    const r = await cli(["merge", dir, "--out", out, "--report-json", json, "--today", "2024-06-30"]);
    expect(r.code).toBe(1);
    report = mergeReportAt(json);
  });

  it("names each file's outcome", () => {
    const outcome = Object.fromEntries(report.inputs.map((i) => [i.file.slice(dir.length + 1), [i.status, i.rows]]));
    expect(outcome).toEqual({
      "01_leer.xlsx": ["unreadable", 0],
      "02_abgeschnitten.xlsx": ["unreadable", 0],
      "03_csv.xlsx": ["unreadable", 0],
      "04_word.xlsx": ["unreadable", 0],
      "05_verschluesselt.xlsx": ["unreadable", 0],
      "06_bombe.xlsx": ["unreadable", 0],
      "07_entitaeten.xlsx": expect.arrayContaining([expect.stringMatching(/^(unreadable|ok|invalid)$/)]),
      "08_makro.xlsm": ["ok", 2],
      "09_langer_text.xlsx": ["ok", 1],
      "10_gut.xlsx": ["ok", 2],
      "11_openpyxl.xlsx": ["ok", 1],
    });
    const message = (f: string) => report.inputs.find((i) => i.file.endsWith(f))!.issues[0]!.message;
    expect(message("05_verschluesselt.xlsx")).toContain("Kennwort");
    expect(message("03_csv.xlsx")).toContain("CSV");
    expect(message("06_bombe.xlsx")).toMatch(/ZIP-Bombe|zu groß/);
  });

  it("never expands entities into the output, keeps the long text within Excel's cell limit, and changes no input", async () => {
    const wb = await loadWorkbook(new Uint8Array(readFileSync(out)));
    const texts: string[] = [];
    wb.getWorksheet("Maßnahmen")!.eachRow((row) =>
      row.eachCell((c) => void (typeof c.value === "string" && texts.push(c.value))),
    );
    expect(texts.some((t) => t.includes("aaaaaaaaaaaaaaaaaaaa"))).toBe(false);
    const long = texts.find((t) => t.startsWith("ÄÄÄ"))!;
    expect(long.length).toBeLessThanOrEqual(32_767);
    expect(long.endsWith("[gekürzt]")).toBe(true);
    expect(texts).toContain("Sportvereine öffnen – Kurse für Frauen");
    for (const [f, h] of hashes) expect(fileHash(join(dir, f))).toBe(h);
  });
});
