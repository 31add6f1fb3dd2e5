/** Column letters as Excel shows them: 1 → "A", 27 → "AA". */
export const columnLetter = (column: number): string => {
  let n = column;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};

/** "AA" → 27; returns NaN for anything that is not column letters. */
export const columnIndex = (letters: string): number => {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return Number.NaN;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
};

export const cellAddress = (row: number, column: number): string => `${columnLetter(column)}${row}`;
