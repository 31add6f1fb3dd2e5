/** Code-point order: the same in Node and every browser, whatever the machine's locale. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The order by parts split at dots: numbers by value, other parts by code point, a prefix first.
 * Exported for the test that holds the in-place order to it.
 */
export const compareSplit = (a: string, b: string): number => {
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

const DOT = 46;
const ZERO = 48;
const NINE = 57;
/** Digits of a part read here: up to 15 a double holds exactly, so the value is the one Number() gives. */
const MAX_DIGITS = 15;
/** Returned by readPart when the part is not plain digits: the split order decides. */
const NOT_DIGITS = -1;

/** The value of the digits from `from` to the next dot or the end, or NOT_DIGITS; `end` gets where it stopped. */
const readPart = (id: string, from: number, end: { at: number }): number => {
  let value = 0;
  let i = from;
  for (; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c === DOT) break;
    if (c < ZERO || c > NINE || i - from >= MAX_DIGITS) return NOT_DIGITS;
    value = value * 10 + (c - ZERO);
  }
  end.at = i;
  return value;
};

const endA = { at: 0 };
const endB = { at: 0 };

/**
 * Natural order for measure IDs: 3.2.9 before 3.2.10, and IDs before anything else. Sorting a
 * merge's lists compares IDs some hundred thousand times; splitting both into arrays each time was
 * a visible share of the write phase. IDs of digits and dots (nearly all) are compared in place,
 * part by part, with the same result as the split order, which decides everything else.
 */
export const compareMeasureIds = (a: string, b: string): number => {
  let i = 0;
  let j = 0;
  for (;;) {
    const x = readPart(a, i, endA);
    const y = readPart(b, j, endB);
    if (x === NOT_DIGITS || y === NOT_DIGITS) return compareSplit(a, b);
    if (x !== y) return x - y;
    i = endA.at;
    j = endB.at;
    const doneA = i >= a.length;
    const doneB = j >= b.length;
    if (doneA || doneB) return doneA && doneB ? 0 : doneA ? -1 : 1;
    i++;
    j++;
  }
};
