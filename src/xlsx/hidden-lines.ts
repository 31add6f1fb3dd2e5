/** Rows (or columns) `first`..`last`, 1-based and inclusive, as Excel numbers them. */
export interface LineSpan {
  readonly first: number;
  readonly last: number;
}

/**
 * Collects hidden rows or columns as a reader meets them (in any order, overlapping) and gives
 * them back as sorted, joined spans cut at the reader's cap. Spans, not numbers: LibreOffice hides
 * the unused rest of a sheet as one row repeated a million times, and `<col min="5" max="16384">`
 * hides every column to the right.
 */
export class HiddenLines {
  private readonly spans: LineSpan[] = [];

  add(first: number, last: number): void {
    if (Number.isInteger(first) && Number.isInteger(last) && first >= 1 && last >= first)
      this.spans.push({ first, last });
  }

  within(cap: number): LineSpan[] {
    const sorted = this.spans.filter((s) => s.first <= cap).sort((a, b) => a.first - b.first);
    const out: LineSpan[] = [];
    for (const s of sorted) {
      const last = Math.min(s.last, cap);
      const prev = out[out.length - 1];
      if (prev !== undefined && s.first <= prev.last + 1) {
        if (last > prev.last) out[out.length - 1] = { first: prev.first, last };
      } else out.push({ first: s.first, last });
    }
    return out;
  }
}
