import ExcelJS from "exceljs";

describe("exceljs' streaming writer loaded on its own", () => {
  it("is the class the package exports (the merge loads it without the package's index)", () => {
    expect(require("exceljs/lib/stream/xlsx/workbook-writer")).toBe(ExcelJS.stream.xlsx.WorkbookWriter);
  });
});
