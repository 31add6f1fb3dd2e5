import { columnIndex } from "../core";

/** "Tabelle1!B7:C9" or "'Meine Daten'!B7" → the cells it covers, as "row:column" keys (1-based). */
export const cellsOfAddress = (address: string): string[] => {
  const out: string[] = [];
  for (const part of address.split(",")) {
    const bare = part.includes("!") ? part.slice(part.lastIndexOf("!") + 1) : part;
    const [from, to = from] = bare.replace(/\$/g, "").split(":");
    const a = /^([A-Z]+)(\d+)$/.exec(from ?? "");
    const b = /^([A-Z]+)(\d+)$/.exec(to ?? "");
    if (!a || !b) continue;
    for (let r = Number(a[2]); r <= Number(b[2]); r++)
      for (let c = columnIndex(a[1]!); c <= columnIndex(b[1]!); c++) out.push(`${r}:${c}`);
  }
  return out;
};

/**
 * Joins cell addresses into comma-separated lists short enough for one getRanges() call
 * (Excel limits an address string; 2,000 characters is far below every host's limit).
 */
export const addressGroups = (cells: readonly string[], maxLength = 2000): string[] => {
  const groups: string[] = [];
  let current = "";
  for (const cell of cells) {
    if (current !== "" && current.length + cell.length + 1 > maxLength) {
      groups.push(current);
      current = "";
    }
    current = current === "" ? cell : `${current},${cell}`;
  }
  if (current !== "") groups.push(current);
  return groups;
};
