/** Code-point order: the same in Node and every browser, whatever the machine's locale. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Natural order for measure IDs: 3.2.9 before 3.2.10, and IDs before anything else. */
export const compareMeasureIds = (a: string, b: string): number => {
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = Number(x);
    const ny = Number(y);
    const d = Number.isNaN(nx) || Number.isNaN(ny) ? compareText(x, y) : nx - ny;
    if (d !== 0) return d;
  }
  return 0;
};
