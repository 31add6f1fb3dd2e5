import { normaliseDate, serialToIso, isoToSerial, isDateFormat } from "../../src/core";

describe("Excel serials", () => {
  it.each([
    [1, false, "1900-01-01"],
    [59, false, "1900-02-28"],
    [61, false, "1900-03-01"],
    [45657, false, "2024-12-31"],
    [45291.5, false, "2023-12-31T12:00:00"],
    [0, true, "1904-01-01"],
    [44195, true, "2024-12-31"],
    [0, false, null],
    [-5, false, null],
    [3_000_000, false, null],
    [Number.NaN, false, null],
  ])("serial %p (1904: %p) → %p", (serial, date1904, iso) => {
    expect(serialToIso(serial, date1904)).toBe(iso);
  });

  it.each([
    ["2024-12-31", false],
    ["2024-12-31", true],
    ["1900-03-01", false],
    ["1900-01-01", false],
  ])("round-trips %s (1904: %p)", (iso, d1904) => {
    expect(serialToIso(isoToSerial(iso, d1904)!, d1904)).toBe(iso);
  });

  it.each([
    ["dd.mm.yyyy", true],
    ["DD.MM.YYYY", true],
    ["mmm yy", true],
    ["0%", false],
    ["0.00", false],
    ['"Tag" 0', false],
    [undefined, false],
    ["[$-407]d. mmmm yyyy", true],
  ])("isDateFormat(%p) = %p", (fmt, expected) => {
    expect(isDateFormat(fmt)).toBe(expected);
  });
});

describe("normaliseDate", () => {
  it.each([
    // value, role, format, date1904, expected value, proposes a fix?
    [{ date: "2024-12-31" }, "point", undefined, false, "2024-12-31", false],
    [{ date: "2024-12-31T10:00:00" }, "point", undefined, false, "2024-12-31", false],
    [45657, "point", "dd.mm.yyyy", false, "2024-12-31", false],
    [44195, "point", "dd.mm.yyyy", true, "2024-12-31", false],
    [45657, "point", undefined, false, "2024-12-31", true],
    ["31.12.2024", "point", undefined, false, "2024-12-31", true],
    ["1.3.2023", "point", undefined, false, "2023-03-01", true],
    ["2024-12-31", "point", undefined, false, "2024-12-31", true],
    ["2024", "start", undefined, false, "2024-01-01", true],
    ["2024", "end", undefined, false, "2024-12-31", true],
    [2024, "start", undefined, false, "2024-01-01", true],
    [2024, "end", undefined, false, "2024-12-31", true],
    ["02/2024", "end", undefined, false, "2024-02-29", true],
    ["03.2024", "start", undefined, false, "2024-03-01", true],
    ["\u00a031.12.2024\u00a0", "point", undefined, false, "2024-12-31", true],
    [null, "point", undefined, false, null, false],
    ["   ", "point", undefined, false, null, false],
  ] as const)("%p as %s (format %p, 1904 %p) → %p", (value, role, format, date1904, expected, proposes) => {
    const r = normaliseDate(value, { role, date1904, ...(format ? { format } : {}) });
    expect(r.value).toBe(expected);
    expect(r.problem).toBeUndefined();
    expect(r.proposal !== undefined).toBe(proposes);
  });

  // Issue 14: the century is a guess, so the reading carries a warning (it used to be silent).
  it.each([["31.12.24"], [" 1.1.23 "]] as const)("%p is read with a two-digit-year warning", (value) => {
    const r = normaliseDate(value, { role: "point" });
    expect([r.value, r.problem?.code, r.problem && "read" in r.problem.params ? r.problem.params.read : null]).toEqual([
      value.trim() === "31.12.24" ? "2024-12-31" : "2023-01-01",
      "cell/two-digit-year",
      value.trim() === "31.12.24" ? "31.12.2024" : "01.01.2023",
    ]);
  });

  it.each([["31.02.2024"], ["morgen"], ["12/13/2024"], [true], [{ error: "#VALUE!" }]] as const)(
    "%p is a problem",
    (value) => {
      const r = normaliseDate(value, { role: "point" });
      expect(r.value).toBeNull();
      expect(r.problem?.code).toMatch(/^cell\/(date-invalid|error-value)$/);
    },
  );
});
