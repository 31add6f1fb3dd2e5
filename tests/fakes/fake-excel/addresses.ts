/** A1 addresses for the fake, independent of the code under test. */
export const colLetter = (n: number): string => {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

export const colNumber = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B7", "B7:C9", "Sheet!B7:C9", "$B$7" → a box; one area only. */
export const parseArea = (address: string): Box => {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = bare.replace(/\$/g, "").split(":");
  const m1 = /^([A-Z]+)(\d+)$/.exec(a!);
  const m2 = /^([A-Z]+)(\d+)$/.exec(b!);
  if (!m1 || !m2) throw new Error(`fake Excel: bad address ${address}`);
  return { top: Number(m1[2]), left: colNumber(m1[1]!), bottom: Number(m2[2]), right: colNumber(m2[1]!) };
};

export const boxAddress = (sheet: string, b: Box): string => {
  const quoted = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const from = `${colLetter(b.left)}${b.top}`;
  const to = `${colLetter(b.right)}${b.bottom}`;
  return `${quoted}!${from === to ? from : `${from}:${to}`}`;
};
