/** "2024-07-31" → "31.07.2024", as a German reader expects it in messages, workbooks and reports. */
export const germanDate = (iso: string): string => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/**
 * A day typed by a user (an option, a field of the page): ISO JJJJ-MM-TT or the German TT.MM.JJJJ,
 * as ISO; null when it is neither or the calendar lacks the day (2024-02-30 is not 1 March).
 */
export const parseDay = (text: string): string | null => {
  const v = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : german ? [german[3], german[2], german[1]] : [];
  if (y === undefined || m === undefined || d === undefined) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const exists =
    date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
  return exists ? date.toISOString().slice(0, 10) : null;
};

/** Why a typed day was refused, in German (null when it is fine). */
export const dayProblem = (text: string): "form" | "calendar" | null =>
  parseDay(text) !== null
    ? null
    : /^\s*(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})\s*$/.test(text)
      ? "calendar"
      : "form";
