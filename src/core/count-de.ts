/**
 * A whole number as a German reader writes it, 1.048.576: what `toLocaleString("de-DE")` gives, made
 * without Intl. Its first use loads the locale's number data (~25 ms), and a merge first asked for
 * it on the main thread right after reading, when nothing else can run. Anything that is not a safe
 * whole number (or is -0) still goes to Intl, so every value reads as before.
 */
export const countDe = (n: number): string => {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString("de-DE");
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `.${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
};
