import { DEFAULT_PLAN, messageDe } from "../../src/core";
import { checkWorkbookBytes } from "../../src/xlsx";
import { addRows, workbookBytes } from "../helpers/workbook";

const HEADER = ["Maßnahmen-Nr.", "Handlungsfeld", "Maßnahme", "federführend", "Haushaltsrelevanz", "Umsetzungsstand"];
const row = (n: number) => [`3.1.${n}`, "Bildung", `Maßnahme ${n}`, "Jugendamt", "nein", "in Planung"];

describe("a measure table longer than the reader reads", () => {
  it("is an error naming the sheet and how far it went, never a silently shorter merge", async () => {
    const bytes = await workbookBytes((wb) =>
      addRows(wb.addWorksheet("Lang"), [HEADER, ...Array.from({ length: 8 }, (_, i) => row(i + 1))]),
    );
    const cut = await checkWorkbookBytes("lang.xlsx", "x", bytes, DEFAULT_PLAN, "2024-06-30", { maxRows: 5 });
    expect(cut.result.status).toBe("invalid");
    expect(cut.result.rows).toBe(4);
    expect(cut.result.issues[0]).toMatchObject({ code: "file/truncated", severity: "error", cell: null });
    expect(messageDe(cut.result.issues[0]!)).toBe(
      "Das Blatt „Lang“ hat Werte bis Zeile 9, Spalte 6; gelesen werden höchstens 5 Zeilen und 500 Spalten. Was darüber hinaus steht, fehlt in der Zusammenführung: bitte die Tabelle auf mehrere Dateien aufteilen.",
    );
    const whole = await checkWorkbookBytes("lang.xlsx", "x", bytes, DEFAULT_PLAN, "2024-06-30");
    expect([
      whole.result.status,
      whole.result.rows,
      whole.result.issues.some((i) => i.code === "file/truncated"),
    ]).toEqual(["ok", 8, false]);
  });
});
