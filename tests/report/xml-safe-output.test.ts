import { buildProgressReport, DEFAULT_PLAN, emptyMeasureRow, type MeasureRow } from "../../src/core";
import { renderReportHtml } from "../../src/report";
import { safeText } from "../../src/xlsx/consolidated/sheet-kit";

// Issue 19, item 7: HTML/XML outputs never contain characters XML 1.0 forbids.
const FORBIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// What an office cell can hold once `_x0000_`, `_x001B_` … in the sheet XML are decoded.
const HOSTILE = "Sach\u0000stand\u001b[31m \u0008\u000b\u000c\ufffe\uffff \ud800 Ende\tTab\nZeile 😀";

describe("no character XML forbids in an output", () => {
  it("the HTML report shows them as U+FFFD and keeps tab, newline and emoji", () => {
    const row: MeasureRow = {
      ...emptyMeasureRow(),
      measureId: "1.1.1",
      field: "Arbeit und Wirtschaft",
      measure: HOSTILE,
      leadOffice: "Sozialamt",
      note: HOSTILE,
      status: "umgesetzt",
    };
    const html = renderReportHtml(
      buildProgressReport({
        plan: DEFAULT_PLAN,
        rows: [row],
        changes: null,
        facts: { runDate: "2024-06-30", source: HOSTILE, files: 1, unreadable: 0, rowsRead: 1, errors: 0, warnings: 0 },
      }),
      { byField: "<svg></svg>" },
    );
    expect(html).not.toMatch(FORBIDDEN);
    expect(html).toContain("Sach\ufffdstand\ufffd[31m");
    expect(html).toContain("Ende\tTab\nZeile 😀");
  });

  it("text cells written to workbooks likewise", () => {
    const out = safeText(HOSTILE) as string;
    expect(out).not.toMatch(FORBIDDEN);
    expect(out).toContain("😀");
  });
});
