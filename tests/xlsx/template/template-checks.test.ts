import { DEFAULT_PLAN, messageDe, type PlanConfig } from "../../../src/core";
import { checkWorkbookBytes } from "../../../src/xlsx";
import { addRows, workbookBytes } from "../../helpers/workbook";
import { columnOf, fillTemplate, sozialamtTemplate } from "./template-fixtures";

const previous = new Map([
  ["1.1.1", { measureId: "1.1.1", status: "in Umsetzung", progress: 35, note: "Kurse laufen" }],
  ["2.1.1", { measureId: "2.1.1", status: "in Planung", progress: null, note: null }],
]);

const check = (bytes: Uint8Array, plan: PlanConfig = DEFAULT_PLAN) =>
  checkWorkbookBytes("Sozialamt.xlsx", "", bytes, plan, "2024-06-30");
const codes = (c: Awaited<ReturnType<typeof check>>) =>
  c.result.issues
    .filter((i) => i.code.startsWith("file/") || i.code === "row/not-updated")
    .map((i) => [i.cell ?? "file", i.code, i.severity]);

describe("template checks on a returned template", () => {
  it("names the template it came from, as a hint whose value is the round", async () => {
    const c = await check(await sozialamtTemplate());
    const hint = c.result.issues.find((i) => i.code === "file/from-template");
    expect(hint).toMatchObject({ severity: "info", value: "Zwischenbericht 2024", cell: null });
    expect(hint && messageDe(hint)).toBe(
      "Die Datei stammt aus der Vorlage für Sozialamt zur Berichtsrunde „Zwischenbericht 2024“ (Vorlagenversion 1).",
    );
    expect(c.result.sheet).toBe("Maßnahmen");
  });

  it("flags rows returned exactly as pre-filled as „nicht aktualisiert“ (a warning on the status cell)", async () => {
    const c = await check(await sozialamtTemplate(previous));
    const status = String.fromCharCode(64 + columnOf("Umsetzungsstand"));
    expect(codes(c)).toEqual([
      ["file", "file/from-template", "info"],
      [`${status}5`, "row/not-updated", "warning"],
      [`${status}6`, "row/not-updated", "warning"],
    ]);
    expect(messageDe(c.result.issues.find((i) => i.code === "row/not-updated")!)).toBe(
      "Die Angaben dieser Zeile („Umsetzungsstand“, „Fortschritt“, „Sachstand“) sind unverändert aus der letzten Meldung übernommen (nicht aktualisiert). Bitte prüfen und auf den neuen Stand bringen; ist alles gleich geblieben, bitte bei „Stand“ das Datum der Prüfung eintragen.",
    );
    expect(c.records.map((r) => r.worst)).toEqual(["warning", "warning"]);
    expect(c.result.status).toBe("ok");
  });

  it.each([
    ["a new status", (r: number) => ({ [columnOf("Umsetzungsstand")]: ["umgesetzt", "in Umsetzung"][r - 5]! })],
    ["a new progress", (r: number) => ({ [columnOf("Fortschritt")]: r === 5 ? 0.4 : 0.1 })],
    ["a changed Sachstand", (r: number) => ({ [columnOf("Sachstand")]: `neu in Zeile ${r}` })],
    ["only the date in Stand (confirmed unchanged)", () => ({ [columnOf("Stand")]: new Date("2024-06-28T00:00:00Z") })],
    ["a value in another reporting column", () => ({ [columnOf("Probleme")]: "Raummangel" })],
  ])("does not flag rows with %s", async (_, values) => {
    const filled = await fillTemplate(await sozialamtTemplate(previous), (ws, rowOf) => {
      for (const id of ["1.1.1", "2.1.1"]) {
        const r = rowOf(id);
        for (const [c, v] of Object.entries(values(r))) ws.getCell(r, Number(c)).value = v;
      }
    });
    expect(codes(await check(filled)).map((x) => x[1])).toEqual(["file/from-template"]);
  });

  it("treats an unreadable entry as a change (its own finding says what is wrong)", async () => {
    const filled = await fillTemplate(
      await sozialamtTemplate(previous),
      (ws, rowOf) => (ws.getCell(rowOf("1.1.1"), columnOf("Umsetzungsstand")).value = "fast fertig"),
    );
    const c = await check(filled);
    expect(c.result.issues.filter((i) => i.code === "row/not-updated").map((i) => i.row)).toEqual([6]);
    expect(c.result.issues.some((i) => i.code === "cell/enum" && i.row === 5)).toBe(true);
  });

  it("warns about a template made for another plan", async () => {
    const other: PlanConfig = { ...DEFAULT_PLAN, id: "aktionsplan-gleichstellung" };
    const c = await check(await sozialamtTemplate(), other);
    const issue = c.result.issues.find((i) => i.code === "file/old-template");
    expect(issue?.severity).toBe("warning");
    expect(issue && messageDe(issue)).toBe(
      "Die Datei stammt aus der Vorlage eines anderen Aktionsplans (aktionsplan-integration-2022-2026). Bitte prüfen, ob die richtige Datei zurückgeschickt wurde.",
    );
  });

  it("never reads the identity sheet as a measure table, and ignores a look-alike that is not ours", async () => {
    const bytes = await workbookBytes((wb) => {
      addRows(wb.addWorksheet("Tabelle1"), [
        ["Maßnahmen-Nr.", "Handlungsfeld", "Maßnahme", "federführend", "Haushaltsrelevanz", "Umsetzungsstand"],
        ["1.1.1", "Arbeit und Wirtschaft", "Sprachkurse", "Sozialamt", "nein", "umgesetzt"],
      ]);
      addRows(wb.addWorksheet("AP_Vorlage"), [["etwas anderes"], ["Berichtsrunde", "Zwischenbericht 2024"]]);
    });
    const c = await check(bytes);
    expect(c.result.sheet).toBe("Tabelle1");
    expect(c.result.issues.some((i) => i.code.includes("template"))).toBe(false);
  });
});
