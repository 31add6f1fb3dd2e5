/**
 * Excel's built-in number formats, by id: a style may name one without writing its code. The
 * international ids are exceljs' own table (so both readers give the same `format`); the ids whose
 * code depends on the locale (CJK dates and times, Thai) get the format they stand for in Excel's
 * own mapping (as SheetJS' SSF maps them), so a date stays a date whatever the writer's locale.
 */
const BUILTIN: Readonly<Record<number, string>> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  5: '"$"#,##0_);\\("$"#,##0\\)',
  6: '"$"#,##0_);[Red]\\("$"#,##0\\)',
  7: '"$"#,##0.00_);\\("$"#,##0.00\\)',
  8: '"$"#,##0.00_);[Red]\\("$"#,##0.00\\)',
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** Locale-dependent ids → the international id whose meaning they share. */
const ALIAS: Readonly<Record<number, number>> = {
  27: 14, 28: 14, 29: 14, 30: 14, 31: 14, 34: 14, 35: 14, 36: 14,
  32: 21, 33: 21,
  50: 14, 51: 14, 52: 14, 53: 14, 54: 14, 55: 14, 56: 14, 57: 14, 58: 14,
  59: 1, 60: 2, 61: 3, 62: 4, 67: 9, 68: 10, 69: 12, 70: 13,
  71: 14, 72: 14, 73: 15, 74: 16, 75: 17, 76: 20, 77: 21, 78: 22, 79: 45, 80: 46, 81: 47,
};

/** The code of a built-in format id; undefined for General (0) and ids Excel does not define. */
export const builtinFormat = (id: number): string | undefined => BUILTIN[ALIAS[id] ?? id];
