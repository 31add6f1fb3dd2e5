import { excelDate } from "../../../src/xlsx/consolidated/sheet-kit";

describe("excelDate: ISO day → Date at UTC midnight, remembered by day", () => {
  it.each([
    ["2024-06-30", Date.UTC(2024, 5, 30)],
    ["2024-06-30T13:45:00", Date.UTC(2024, 5, 30)],
    ["1900-03-01", Date.UTC(1900, 2, 1)],
  ])("%s", (iso, time) => {
    expect(excelDate(iso)?.getTime()).toBe(time);
    // Asked again (now remembered): the same day.
    expect(excelDate(iso)?.getTime()).toBe(time);
  });

  it("gives each caller a Date of its own", () => {
    const a = excelDate("2025-01-02")!;
    a.setUTCFullYear(1999);
    expect(excelDate("2025-01-02")?.toISOString()).toBe("2025-01-02T00:00:00.000Z");
  });

  it("keeps an unparsable day unparsable, and null null", () => {
    expect(Number.isNaN(excelDate("kein Datum")!.getTime())).toBe(true);
    expect(excelDate(null)).toBeNull();
  });

  it("answers the same after more days than it keeps", () => {
    const day = (n: number) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const wrong: string[] = [];
    for (let n = 0; n < 12_000; n++) if (excelDate(day(n))?.toISOString().slice(0, 10) !== day(n)) wrong.push(day(n));
    expect(wrong).toEqual([]);
    expect(excelDate(day(0))?.toISOString().slice(0, 10)).toBe(day(0));
  });
});
