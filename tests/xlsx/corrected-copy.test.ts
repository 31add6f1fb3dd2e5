import { strToU8, unzipSync, zipSync } from "fflate";
import { DEFAULT_PLAN, validateWorkbook, type Grid } from "../../src/core";
import { copyName, correctedCopy, readWorkbookGrids } from "../../src/xlsx";
import { addRows, workbookBytes } from "../helpers/workbook";

const today = "2024-06-30";
const office = () =>
  workbookBytes((wb) => {
    const ws = wb.addWorksheet("Sachstand");
    addRows(ws, [
      ["Sachstand Sozialamt"],
      [],
      [
        "Nr.",
        "HF",
        "Maßnahme",
        "Federführung",
        "Haushaltsrelevanz",
        "Status",
        "Fortschritt in %",
        "Ende",
        "Ansprechpartner/in",
      ],
      ["1.1.1", "1", "Sprachkurse", "SozA", "nein", "umgesetzt ", "100 %", "31.12.2025", "Frau Çelik"],
      ["1.1.2", "1", "Jobmesse", "Sozialamt", "nein", "fast fertig", 0.4, "2025", "Herr Ivanov"],
    ]);
  });

const check = async (bytes: Uint8Array) => {
  const read = await readWorkbookGrids(bytes);
  if (!read.ok) throw new Error(read.reason);
  return { read, report: validateWorkbook(read.grids, DEFAULT_PLAN, { today }) };
};

const cellMap = (g: Grid): Map<string, unknown> => {
  const m = new Map<string, unknown>();
  g.rows.forEach((row, r) => row.forEach((c, i) => c && m.set(`${g.top + r}:${g.left + i}`, c.value)));
  return m;
};

describe("correctedCopy", () => {
  it("applies the fixes, renames headers, and leaves every other value as it was", async () => {
    const original = await office();
    const before = Buffer.from(original).toString("base64");
    const { read, report } = await check(original);
    const copy = await correctedCopy(original, report, DEFAULT_PLAN, read.flags.lossyParts, report.fixes);
    expect(Buffer.from(original).toString("base64")).toBe(before);
    expect(copy.kind).toBe("corrected-copy");
    expect(copy.fixesApplied).toBe(report.fixes.length);
    const after = await check(copy.bytes);
    expect(after.report.fixes).toEqual([]);
    expect(after.report.issues.filter((i) => i.severity === "error").map((i) => [i.cell, i.code])).toEqual([
      ["F5", "cell/enum"],
    ]);
    const a = cellMap(read.grids[0]!);
    const b = cellMap(after.read.grids.find((g) => g.sheet === "Sachstand")!);
    const touched = new Set([
      ...report.fixes.map((f) => f.cell),
      ...report.header!.columns.filter((c) => c.key).map((c) => `${String.fromCharCode(64 + c.column)}3`),
    ]);
    for (const [k, v] of a) {
      const [r, c] = k.split(":").map(Number) as [number, number];
      if (touched.has(`${String.fromCharCode(64 + c)}${r}`)) continue;
      expect([k, b.get(k)]).toEqual([k, v]);
    }
    expect(b.get("3:1")).toBe("Maßnahmen-Nr.");
    expect(b.get("4:7")).toBe(1);
    expect(b.get("4:8")).toEqual({ date: "2025-12-31" });
  });

  it("makes a new canonical workbook, saying why, when a rewrite would lose charts", async () => {
    const files = unzipSync(await office());
    files["xl/charts/chart1.xml"] = strToU8("<c:chartSpace/>");
    const withChart = zipSync(files);
    const { read, report } = await check(withChart);
    const copy = await correctedCopy(withChart, report, DEFAULT_PLAN, read.flags.lossyParts, report.fixes);
    expect(copy.kind).toBe("new-workbook");
    expect(copy.reason).toContain("Diagramme");
    const after = await check(copy.bytes);
    expect(after.report.records.map((r) => [r.row.measureId, r.row.leadOffice, r.row.status])).toEqual([
      ["1.1.1", "Sozialamt", "umgesetzt"],
      ["1.1.2", "Sozialamt", null],
    ]);
    expect(after.report.issues.find((i) => i.code === "cell/enum")?.value).toBe("fast fertig");
    expect(after.read.grids[0]?.rows[2]?.some((c) => c?.value === "Herr Ivanov")).toBe(true);
    expect(copyName("Sozialamt.xlsx", copy.kind)).toBe("Sozialamt (Standardtabelle).xlsx");
  });
});
