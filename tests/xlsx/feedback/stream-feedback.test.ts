import { strFromU8, unzipSync } from "fflate";
import { DEFAULT_PLAN, letterContact } from "../../../src/core";
import { streamFeedbackWorkbook } from "../../../src/xlsx/node";
import { loadWorkbook } from "../../helpers/workbook";
import { checked, feedbackFor, officeWithMistakes } from "./feedback-fixtures";

// Issue 19, item 8: large Rückmeldungen are streamed; they must hold exactly what the in-memory one holds.
const cellsOf = async (bytes: Uint8Array) => {
  const wb = await loadWorkbook(bytes);
  const out: unknown[] = [];
  wb.eachSheet((ws) => {
    out.push(["sheet", ws.name, ws.autoFilter ?? null]);
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const note =
          cell.note === undefined
            ? null
            : typeof cell.note === "string"
              ? cell.note
              : cell.note.texts?.map((t) => t.text).join("");
        // An empty text cell reads back as "" from shared strings and as nothing from inline strings.
        if (cell.value === "" || cell.value === null) return;
        out.push([
          ws.name,
          r,
          c,
          cell.value,
          cell.numFmt ?? null,
          (cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb ?? null,
          note,
        ]);
      }),
    );
  });
  return out;
};

describe("streamFeedbackWorkbook", () => {
  it("writes the same sheets, cells, formats, fills, notes and internal links as the in-memory writer", async () => {
    const bytes = await officeWithMistakes();
    const inMemory = await feedbackFor(bytes);
    const { result, table } = await checked(bytes);
    const streamed = await streamFeedbackWorkbook({
      name: "Sozialamt.xlsx",
      result,
      table,
      plan: DEFAULT_PLAN,
      roundName: "Zwischenbericht 2024",
      deadline: "2024-07-31",
      contact: letterContact(DEFAULT_PLAN, "Büro der Integrations- und Ausländerbeauftragten"),
      checkedOn: "2024-06-30",
    });
    expect(streamed.kind).toBe(inMemory.kind);
    const expected = await cellsOf(inMemory.bytes);
    expect(expected.length).toBeGreaterThan(50);
    expect(await cellsOf(streamed.bytes)).toEqual(expected);
    const sheet = strFromU8(unzipSync(streamed.bytes)["xl/worksheets/sheet1.xml"]!);
    expect(sheet).toMatch(/<hyperlink ref="C\d+" location="&apos;Tabelle 1&apos;!F5"\/>/);
  });
});
