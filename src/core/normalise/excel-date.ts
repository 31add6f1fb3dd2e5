/**
 * Excel date serials ⇄ ISO dates, without a clock or time zone: all arithmetic in UTC days.
 * 1900 system: serial 1 = 1900-01-01, and Excel counts a 29 Feb 1900 that never was (serial 60).
 * 1904 system (old Mac workbooks): serial 0 = 1904-01-01.
 */
const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** Largest serial Excel accepts: 9999-12-31. */
export const MAX_SERIAL = 2_958_465;

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

export const isoFromUtcMs = (ms: number, withTime: boolean): string => {
  const d = new Date(ms);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return withTime ? `${date}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` : date;
};

/** ISO date (time kept only when the serial has one) for a serial, or null when out of range. */
export const serialToIso = (serial: number, date1904 = false): string | null => {
  if (!Number.isFinite(serial) || serial < (date1904 ? 0 : 1) || serial > MAX_SERIAL) return null;
  const days = Math.floor(serial);
  const ms = Math.round((serial - days) * DAY_MS);
  const base = date1904 ? EPOCH_1904 : days < 60 ? EPOCH_1900 + DAY_MS : EPOCH_1900;
  return isoFromUtcMs(base + days * DAY_MS + ms, ms !== 0);
};

export const isoToSerial = (iso: string, date1904 = false): number | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const ms = Date.UTC(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
  );
  const days = (ms - (date1904 ? EPOCH_1904 : EPOCH_1900)) / DAY_MS;
  return !date1904 && days < 61 ? days - 1 : days;
};

/** A real calendar date? (rejects 31.02., 29.02. in non-leap years) */
export const isoDate = (year: number, month: number, day: number): string | null => {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return isoFromUtcMs(ms, false);
};

export const lastDayOfMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Does an Excel number format display a date? (d, m with y, or y; ignoring quoted text and colours) */
export const isDateFormat = (format: string | undefined): boolean => {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dy]/i.test(bare) || /m{3,}/i.test(bare);
};
